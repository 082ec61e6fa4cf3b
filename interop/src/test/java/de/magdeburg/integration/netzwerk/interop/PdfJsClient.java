package de.magdeburg.integration.netzwerk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * pdf.js, as in Firefox's viewer: {@code pdfjs-dist} (legacy build) in Node, values set through
 * {@code annotationStorage} and saved with {@code saveDocument}; one Node process for all records.
 */
final class PdfJsClient implements Client {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    static Path scriptDir() {
        return Path.of(System.getProperty("interop.js.dir", "src/test/js")).toAbsolutePath();
    }

    @Override
    public String name() {
        return "pdfjs";
    }

    @Override
    public void requireInstalled() {
        Tool.NODE.require();
        if (!Files.isDirectory(scriptDir().resolve("node_modules/pdfjs-dist"))) {
            Tool.missing("pdfjs-dist is not installed: run `npm ci` in " + scriptDir());
        }
    }

    @Override
    public String version() {
        try {
            JsonNode pkg = BatchJob.JSON.readTree(scriptDir().resolve("node_modules/pdfjs-dist/package.json").toFile());
            String node = Tool.NODE.runOk(List.of("--version"), scriptDir(), TIMEOUT).stdout().strip();
            return "pdfjs-dist " + pkg.get("version").asText() + " (legacy build) on Node " + node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Filled> fill(byte[] blank, List<Corpus.Entry> entries, Path dir) {
        Path blankFile = dir.resolve("blank.pdf");
        Clients.write(blankFile, blank);
        Path job = BatchJob.write(blankFile, entries, dir, "");
        Tool.Result r = Tool.NODE.run(List.of("fill.mjs", job.toString()), scriptDir(), TIMEOUT);
        return BatchJob.results(entries, dir, r);
    }

    /**
     * What pdf.js's {@code getFieldObjects} reports for each file.
     *
     * @return file name to field name to the widgets' {type, value, exportValues}
     */
    static JsonNode dump(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("dump.mjs"));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        Tool.Result r = Tool.NODE.runOk(args, scriptDir(), TIMEOUT);
        try {
            return BatchJob.JSON.readTree(r.stdout());
        } catch (IOException e) {
            throw new AssertionError("pdf.js dump is not JSON: " + r.stdout() + r.stderr(), e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
