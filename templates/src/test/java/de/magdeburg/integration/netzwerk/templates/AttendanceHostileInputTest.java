package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of issue 6 for the attendance-sheet reader: every file gives a correct reading
 * or a {@link NetzwerkException}, never another exception, an Error or a hang. Runs in its own
 * surefire execution with {@code -Xmx256m} (templates/pom.xml). Times are printed, not asserted.
 */
class AttendanceHostileInputTest {
    private static final StringBuilder TIMES = new StringBuilder();

    static Stream<Arguments> corpus() throws Exception {
        byte[] sheet = Samples.DOCS.attendanceSheet(Samples.meeting(), Samples.partners(6)).bytes();
        List<AttendanceRecord> original = AttendanceSheetReader.create().read(Samples.meeting(), Input.of(sheet));
        Stream<Arguments> fixed = Stream.of(
                read("raw sheet of another producer", AttendanceHostileInputs.valid(4),
                        r -> assertThat(r).extracting(AttendanceRecord::present).containsExactly(true, false, true, false)),
                // the field count, or on a loaded machine the time limit while parsing 100 000 objects
                rejected("10 000 rows, 100 000 fields", AttendanceHostileInputs.manyRowsAndFields(),
                        Reason.TOO_COMPLEX),
                read("10 000 rows and fields", AttendanceHostileInputs.valid(10_000),
                        r -> assertThat(r).hasSize(10_000)),
                read("cycles in the field tree (/Kids and /Parent)", AttendanceHostileInputs.fieldTreeCycles(),
                        r -> assertThat(r).hasSize(3)),
                rejected("10 MB organisation name", AttendanceHostileInputs.hugeOrganisation(), "Die PDF-Datei ist"
                        + " beschädigt oder unvollständig (Feld 'present_0' enthält unzulässige Angaben). / The PDF file"
                        + " is damaged or incomplete (field 'present_0' holds impossible values). [DAMAGED]"),
                read("control characters and markup in the person", AttendanceHostileInputs.controlCharacters(),
                        r -> assertThat(r).hasSize(3)),
                rejected("description nested 100 000 deep", AttendanceHostileInputs.nestedDescription()),
                // PDFBox drops the field object it cannot parse
                rejected("field value nested 100 000 deep", AttendanceHostileInputs.nestedValue(),
                        "Die PDF-Datei ist beschädigt oder unvollständig (Feld 'present_0' fehlt). / The PDF file is"
                        + " damaged or incomplete (field 'present_0' is missing). [DAMAGED]"),
                read("decompression bombs (1 GiB) as appearances and XMP", AttendanceHostileInputs.bomb(),
                        r -> assertThat(r).hasSize(3)),
                rejected("1 000 pages", AttendanceHostileInputs.pages(1_000)),
                rejected("PNG renamed .pdf", hex("89504E470D0A1A0A0000000D49484452")),
                rejected("ZIP renamed .pdf", zip(sheet)),
                rejected("empty file", new byte[0]));
        Stream<Arguments> truncated = IntStream.rangeClosed(1, 9).mapToObj(tenth -> Arguments.of(
                "sheet truncated to " + tenth * 10 + " %", Arrays.copyOf(sheet, sheet.length * tenth / 10),
                (Consumer<Object>) outcome -> {
                    // PDFBox repairs what it can: a reading must then be the original one
                    if (outcome instanceof List<?> records) {
                        assertThat(records).isEqualTo(original);
                    } else {
                        assertThat(outcome).isInstanceOf(NetzwerkException.class);
                    }
                }));
        return Stream.concat(fixed, truncated);
    }

    private static Arguments read(String name, byte[] pdf, Consumer<List<AttendanceRecord>> check) {
        return Arguments.of(name, pdf, (Consumer<Object>) outcome -> {
            assertThat(outcome).as(name).isInstanceOf(List.class);
            @SuppressWarnings("unchecked")
            List<AttendanceRecord> records = (List<AttendanceRecord>) outcome;
            check.accept(records);
        });
    }

    private static Arguments rejected(String name, byte[] pdf) {
        return Arguments.of(name, pdf, (Consumer<Object>) outcome -> assertThat(outcome).as(name)
                .isInstanceOfSatisfying(NetzwerkException.class, e -> assertThat(e.getMessage()).contains(" / ")));
    }

    private static Arguments rejected(String name, byte[] pdf, Reason reason) {
        return Arguments.of(name, pdf, (Consumer<Object>) outcome -> assertThat(outcome).as(name)
                .isInstanceOfSatisfying(FormReadException.class, e -> assertThat(e.reason()).isEqualTo(reason)));
    }

    private static Arguments rejected(String name, byte[] pdf, String message) {
        return Arguments.of(name, pdf, (Consumer<Object>) outcome -> assertThat(outcome).as(name)
                .isInstanceOfSatisfying(NetzwerkException.class, e -> assertThat(e.getMessage()).isEqualTo(message)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesACorrectReadingOrANetzwerkException(String name, byte[] pdf, Consumer<Object> check) {
        long start = System.nanoTime();
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return AttendanceSheetReader.create().read(Samples.meeting(), Input.of(pdf));
            } catch (NetzwerkException e) {
                return e;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        TIMES.append(String.format("%-50s %-30s %6d ms%n", name, outcome instanceof NetzwerkException
                ? "NetzwerkException" : "read, " + ((List<?>) outcome).size() + " records", millis));
        check.accept(outcome);
    }

    @AfterAll
    static void printTimes() {
        System.out.print("Attendance hostile corpus (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap):\n"
                + TIMES);
    }

    private static byte[] zip(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("anwesenheit.pdf"));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
