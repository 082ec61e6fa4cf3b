package de.magdeburg.integration.netzwerk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files that are no partner list, or try to be too much of one: each refused with its reason. */
class HostileSpreadsheetTest {
    private static final PartnerListImport IMPORT = PartnerListImport.create();

    @Test
    void zipBombDisguisedAsWorkbookIsRefusedBeforePoiUnpacksIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        // 64 MiB of zeros packed into about 64 KiB: a part may unpack to 100 times the file
        assertRefused(bomb, Reason.ZIP_BOMB, "Der Teil „xl/worksheets/sheet1.xml“ entpackt sich auf mehr als "
                + 100L * bomb.length + " Bytes; die Datei wird nicht gelesen (Zip-Bombe) / the part");
    }

    @Test
    void fileOverTenMebibytesIsRefusedUnread() {
        byte[] big = new byte[PartnerListImport.MAX_BYTES + 1];
        assertRefused(big, Reason.TOO_LARGE, "Die Datei ist 10485761 Bytes groß, höchstens 10485760 werden gelesen");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        StringBuilder csv = new StringBuilder("Organisation;PLZ;E-Mail\n");
        for (int i = 0; i <= PartnerListImport.MAX_ROWS + 10; i++) {
            csv.append("Verein ").append(i).append(";39104;a@b.de\n");
        }
        assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), Reason.TOO_MANY_ROWS,
                "Die Liste hat mehr als 5000 Zeilen; bitte in Teilen einlesen / the list has more than 5000 rows;"
                        + " import it in parts");
    }

    @Test
    void pdfIsNoSpreadsheet() {
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_A_SPREADSHEET,
                "Die Datei ist keine Tabelle (.xlsx, .ods oder .csv) / the file is no spreadsheet (.xlsx, .ods or .csv)");
    }

    @Test
    void oldBinaryExcelFileAsksForXlsx() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused(ole2, Reason.UNSUPPORTED, "Die Datei ist eine alte Excel-Datei (.xls) oder mit Kennwort"
                + " verschlüsselt; bitte ohne Kennwort als .xlsx speichern");
    }

    @Test
    void listWithoutRecognisableHeaderSaysWhatItLooksFor() {
        assertRefused("a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8), Reason.NO_HEADER,
                "Keine der ersten zehn Zeilen nennt Spalten wie „Organisation“, „PLZ“ oder „E-Mail“");
    }

    @Test
    void damagedWorkbookIsUnreadable() {
        byte[] truncated = java.util.Arrays.copyOf(workbookStart(), workbookStart().length / 2);
        assertRefused(truncated, Reason.UNREADABLE, "Die xlsx-Datei ist beschädigt");
    }

    private static byte[] workbookStart() {
        try {
            return MessyPartnerList.xlsx();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(byte[] file, Reason reason, String messageStart) {
        assertThatThrownBy(() -> IMPORT.preview(file, Register.empty(), LocalDate.of(2025, 11, 3)))
                .isInstanceOfSatisfying(SpreadsheetException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith(messageStart);
    }
}
