package de.magdeburg.integration.netzwerk.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the seed corpus of {@link AttendanceReaderFuzzTest} (committed; rerun only to change it):
 * {@code java -cp <test classpath> de.magdeburg.integration.netzwerk.templates.AttendanceFuzzSeeds templates/src/test/resources}.
 */
final class AttendanceFuzzSeeds {
    private AttendanceFuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0], "de/magdeburg/integration/netzwerk/templates/AttendanceReaderFuzzTestInputs");
        byte[] sheet = Samples.DOCS.attendanceSheet(Samples.meeting(), Samples.partners(3)).bytes();
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("ours-3-rows.pdf", sheet);
        seeds.put("raw-4-rows.pdf", AttendanceHostileInputs.valid(4));
        seeds.put("field-tree-cycles.pdf", AttendanceHostileInputs.fieldTreeCycles());
        seeds.put("control-characters.pdf", AttendanceHostileInputs.controlCharacters());
        seeds.put("bomb.pdf", AttendanceHostileInputs.bomb());
        seeds.put("pages-600.pdf", AttendanceHostileInputs.pages(600));
        seeds.put("truncated-50.pdf", Arrays.copyOf(AttendanceHostileInputs.valid(4), 700));
        seeds.put("empty.pdf", new byte[0]);
        seeds.putAll(de.magdeburg.integration.netzwerk.forms.HostileStructures.seeds(
                de.magdeburg.integration.netzwerk.forms.HostileStructures.attendanceSheet()));
        for (String method : new String[] {"readAttendanceGivesRecordsOrANetzwerkException",
            "readAttendanceOfTheSheetsOwnMeetingGivesRecordsOrANetzwerkException"}) {
            Path dir = Files.createDirectories(base.resolve(method));
            for (var seed : seeds.entrySet()) {
                Files.write(dir.resolve(seed.getKey()), seed.getValue());
            }
        }
    }
}
