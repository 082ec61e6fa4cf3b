package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException.Reason;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells the format from the bytes and reads the first sheet with the matching reader. */
public final class Formats {
    private static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private Formats() {
    }

    /**
     * @param file the file; not null
     * @return its format
     * @throws SpreadsheetException NOT_A_SPREADSHEET, UNSUPPORTED
     */
    public static SpreadsheetFormat detect(byte[] file) {
        if (starts(file, 0x50, 0x4B, 0x03, 0x04)) {
            return zipFormat(file);
        }
        if (starts(file, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SpreadsheetException(Reason.UNSUPPORTED, "Die Datei ist eine alte Excel-Datei (.xls) oder"
                    + " mit Kennwort verschlüsselt; bitte ohne Kennwort als .xlsx speichern / the file is an old Excel"
                    + " file (.xls) or encrypted with a password; please save it as .xlsx without a password", null);
        }
        for (byte b : file) {
            if (b == 0) {
                throw notASpreadsheet();
            }
        }
        if (file.length >= 4 && new String(file, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
            throw notASpreadsheet();
        }
        return SpreadsheetFormat.CSV;
    }

    /**
     * @param file the file; not null
     * @param format its format
     * @return its first sheet
     */
    public static Sheet read(byte[] file, SpreadsheetFormat format) {
        return switch (format) {
            case XLSX -> {
                ZipGuard.check(file, "xlsx");
                yield XlsxReader.read(file);
            }
            case ODS -> {
                ZipGuard.check(file, "ods");
                yield OdsReader.read(file);
            }
            case CSV -> CsvReader.read(file);
        };
    }

    private static SpreadsheetFormat zipFormat(byte[] file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < Limits.MAX_ENTRIES) {
                if ("mimetype".equals(entry.getName())) {
                    String type = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    if (ODS_TYPE.equals(type)) {
                        return SpreadsheetFormat.ODS;
                    }
                    throw notASpreadsheet();
                }
                if (entry.getName().startsWith("xl/")) {
                    return SpreadsheetFormat.XLSX;
                }
            }
        } catch (IOException e) {
            throw Limits.unreadable("zip", e);
        }
        throw notASpreadsheet();
    }

    private static SpreadsheetException notASpreadsheet() {
        return new SpreadsheetException(Reason.NOT_A_SPREADSHEET, "Die Datei ist keine Tabelle (.xlsx, .ods oder"
                + " .csv) / the file is no spreadsheet (.xlsx, .ods or .csv)", null);
    }

    private static boolean starts(byte[] file, int... magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((file[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
