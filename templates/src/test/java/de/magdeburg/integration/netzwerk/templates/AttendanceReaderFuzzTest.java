package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.Input;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz targets for both {@code AttendanceSheetReader.read} methods. Property: records or a
 * {@link NetzwerkException} with a bilingual message — no other exception, no Error, no hang.
 *
 * <p>In {@code ./mvnw verify} the target runs once per file of its committed seed corpus
 * ({@code src/test/resources/.../AttendanceReaderFuzzTestInputs/<method>/}); FUZZING.md gives the
 * command for a fuzzing session.
 */
class AttendanceReaderFuzzTest {
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void readAttendanceGivesRecordsOrANetzwerkException(byte[] pdf) {
        try {
            assertThat(AttendanceSheetReader.create().read(Samples.meeting(), Input.of(pdf))).isNotNull();
        } catch (NetzwerkException expected) {
            assertThat(expected.getMessage()).contains(" / ");
        }
    }

    /** The same without a meeting: the sheet's own description (JSON inside the PDF) names it. */
    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void readAttendanceOfTheSheetsOwnMeetingGivesRecordsOrANetzwerkException(byte[] pdf) {
        try {
            assertThat(AttendanceSheetReader.create().read(Input.of(pdf))).isNotNull();
        } catch (NetzwerkException expected) {
            assertThat(expected.getMessage()).contains(" / ");
        }
    }
}
