package de.magdeburg.integration.netzwerk.samples;

import de.magdeburg.integration.netzwerk.core.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example input files of the command line in {@code samples/data/}, made from {@link DemoData}.
 * Run {@code main} to rewrite them after a model change; a test keeps them in step.
 */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** @return file name → JSON content, one example of each input format of the CLI */
    public static Map<String, String> all() {
        var m = new LinkedHashMap<String, String>();
        var reg = new ByteArrayOutputStream();
        JsonCodec.REGISTER.write(DemoData.register(), reg);
        m.put("register.json", reg.toString(StandardCharsets.UTF_8));
        m.put("declaration-entry.json", JsonCodec.DECLARATION.toJson(DemoData.entryDeclarations().get(1)));
        m.put("declaration-change.json", JsonCodec.DECLARATION.toJson(DemoData.changeDeclaration()));
        m.put("meeting.json", JsonCodec.MEETING.toJson(DemoData.languageMeeting()));
        m.put("minutes.json", JsonCodec.MINUTES.toJson(DemoData.minutesDraft()));
        m.put("workplan-language-2027.json", JsonCodec.WORK_PLAN.toJson(DemoData.languagePlan2027()));
        m.put("workplan-network-2027.json", JsonCodec.WORK_PLAN.toJson(DemoData.networkPlan2027()));
        m.put("attendance.json", JsonCodec.ATTENDANCE.toJson(DemoData.attendance()));
        return m;
    }

    /**
     * Rewrites the files.
     *
     * @param args the target folder, default {@code samples/data}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/data");
        Files.createDirectories(dir);
        for (var e : all().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
