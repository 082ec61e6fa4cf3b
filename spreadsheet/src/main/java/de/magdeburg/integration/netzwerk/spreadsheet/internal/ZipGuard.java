package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException;
import de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a workbook once, counting, before POI or the ODS reader see it: a zip bomb (a few
 * kilobytes that unpack to gigabytes) is refused by what it really unpacks to, not by the sizes its
 * headers claim. POI has its own guard ({@code ZipSecureFile}), but its limits are JVM-wide static
 * settings; this one belongs to the import and changes nothing for the rest of the application.
 */
public final class ZipGuard {
    private ZipGuard() {
    }

    /**
     * @param zip the file; not null
     * @param format "xlsx" or "ods", for messages
     * @throws de.magdeburg.integration.netzwerk.spreadsheet.SpreadsheetException ZIP_BOMB or UNREADABLE
     */
    public static void check(byte[] zip, String format) {
        // the whole file bounds every part: a part may not unpack to more than 100 times it
        long partLimit = Math.min(Limits.MAX_UNPACKED, (long) Limits.MAX_RATIO * Math.max(zip.length, 4096));
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > Limits.MAX_ENTRIES) {
                    throw new SpreadsheetException(Reason.ZIP_BOMB, "Die Datei hat mehr als " + Limits.MAX_ENTRIES
                            + " Teile / the file has more than " + Limits.MAX_ENTRIES + " parts", null);
                }
                long size = 0;
                int n;
                while ((n = read(in, buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > partLimit) {
                        throw Limits.zipBomb(entry.getName(), partLimit);
                    }
                    if (total > Limits.MAX_UNPACKED) {
                        throw Limits.zipBomb(entry.getName(), Limits.MAX_UNPACKED);
                    }
                }
            }
        } catch (IOException e) {
            throw Limits.unreadable(format, e);
        }
        if (entries == 0) {
            throw Limits.unreadable(format, null);
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }
}
