package de.magdeburg.integration.netzwerk.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job file shared by the scripted clients (mutool, pdf.js): one process fills every record and
 * prints one JSON line per record, so one broken record does not hide the others.
 */
final class BatchJob {

    static final ObjectMapper JSON = new ObjectMapper();

    private BatchJob() {
    }

    /** Writes {@code job.json} for the entries (saveOptions: mutool's save options) and returns its path. */
    static Path write(Path blankFile, List<Corpus.Entry> entries, Path dir, String saveOptions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("blank", blankFile.toString());
        root.put("saveOptions", saveOptions);
        ArrayNode jobs = root.putArray("jobs");
        for (Corpus.Entry e : entries) {
            FieldValues v = FieldValues.of(e.declaration());
            ObjectNode job = jobs.addObject();
            job.put("out", dir.resolve(e.id() + ".pdf").toString());
            ObjectNode texts = job.putObject("texts");
            v.texts().forEach(texts::put);
            ObjectNode boxes = job.putObject("checkboxes");
            v.checkboxes().forEach(boxes::put);
            job.putObject("radios").put("request", v.request());
        }
        Path file = dir.resolve("job.json");
        try {
            Clients.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return file;
    }

    /** Reads the per-record result lines the script printed. */
    static Map<String, Client.Filled> results(List<Corpus.Entry> entries, Path dir, Tool.Result run) {
        Map<String, Client.Filled> byOut = new HashMap<>();
        for (String line : run.stdout().lines().filter(l -> l.startsWith("{")).toList()) {
            try {
                JsonNode n = JSON.readTree(line);
                Path out = Path.of(n.get("out").asText());
                String id = out.getFileName().toString().replaceFirst("\\.pdf$", "");
                byOut.put(id, n.get("ok").asBoolean() ? Client.Filled.ok(id, out)
                        : Client.Filled.failed(id, n.path("error").asText()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("unreadable result line: " + line, e);
            }
        }
        Map<String, Client.Filled> result = new HashMap<>();
        for (Corpus.Entry e : entries) {
            result.put(e.id(), byOut.getOrDefault(e.id(), Client.Filled.failed(e.id(),
                    "no result line (exit " + run.exitCode() + "): " + run.stderr())));
        }
        return result;
    }
}
