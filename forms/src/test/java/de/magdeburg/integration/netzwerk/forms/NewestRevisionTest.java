package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One repair policy for both documents (README, "Untrusted input"): the newest revision is read
 * even when PDFium's incremental save leaves its cross-reference stream without {@code /Type /XRef}
 * and {@code endobj}; a newest revision that cannot be read is DAMAGED, never answered from an
 * older one. Real PDFium output is read in the interop client matrix.
 */
class NewestRevisionTest {
    private static final DeclarationForm FORM = Samples.FORM;
    private static final AttendanceSheetReader SHEETS = AttendanceSheetReader.create();

    @Test
    void sheetTickedAndSavedIncrementallyAsPdfiumDoesReadsTheNewTicks() {
        var base = HostileStructures.attendanceSheet();
        byte[] updated = Increment.on(base.pdf()).object(base.target(), base.changed().replace("/V /Off /AS /Off",
                "/V /Yes /AS /Yes")).bytesAsPdfium();
        assertThat(SHEETS.read(Input.of(updated))).extracting(AttendanceRecord::present).containsExactly(true, true);
    }

    @Test
    void declarationSavedIncrementallyAsPdfiumDoesReadsTheNewValue() {
        var base = HostileStructures.declaration();
        byte[] updated = Increment.on(base.pdf()).object(base.target(), base.changed().replace("Bombenverein",
                "Neuer Verein")).bytesAsPdfium();
        assertThat(FORM.read(Input.of(updated)).declaration().organisation().name()).isEqualTo("Neuer Verein e. V.");
    }

    @Test
    void sheetWhoseNewestRevisionCannotBeReadIsDamagedNotReadFromTheOlderOne() {
        var base = HostileStructures.attendanceSheet();
        byte[] updated = Increment.on(base.pdf()).object(base.target(), base.changed().replace("/V /Off /AS /Off",
                "/V /Yes /AS /Yes")).bytesAsPdfium();
        // the newest cross-reference stream loses its /W: no reader can use it
        String text = new String(updated, StandardCharsets.ISO_8859_1);
        int w = text.lastIndexOf("/W[0 4 1]");
        byte[] broken = (text.substring(0, w) + "/X[0 4 1]" + text.substring(w + 9)).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SHEETS.read(Input.of(broken))).isInstanceOfSatisfying(FormReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(FormReadException.Reason.DAMAGED);
            assertThat(e.getMessage()).contains("die neueste Fassung (Querverweise ab Byte "
                    + text.substring(text.lastIndexOf("startxref") + 11).strip().split("\\s")[0]
                    + ") ist nicht lesbar, eine ältere wird nicht gelesen");
        });
    }

    @Test
    void declarationWhoseNewestRevisionCannotBeReadIsDamagedNotReadFromTheOlderOne() {
        var base = HostileStructures.declaration();
        byte[] updated = Increment.on(base.pdf()).object(base.target(), base.changed()).bytesAsPdfium();
        String text = new String(updated, StandardCharsets.ISO_8859_1);
        int w = text.lastIndexOf("/W[0 4 1]");
        byte[] broken = (text.substring(0, w) + "/X[0 4 1]" + text.substring(w + 9)).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FORM.read(Input.of(broken))).isInstanceOfSatisfying(FormReadException.class,
                e -> assertThat(e.reason()).isEqualTo(FormReadException.Reason.DAMAGED));
    }
}
