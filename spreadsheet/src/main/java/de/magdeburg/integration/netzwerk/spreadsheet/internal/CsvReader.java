package de.magdeburg.integration.netzwerk.spreadsheet.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as German Excel writes it: fields separated by {@code ;} (a comma is the decimal
 * separator), quoted with {@code "} where needed, UTF-8 with a byte order mark ("CSV UTF-8") or
 * windows-1252 ("CSV (Trennzeichen-getrennt)"). Every cell is text: CSV has no types.
 */
public final class CsvReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvReader() {
    }

    /**
     * @param file the file's bytes; not null
     * @return its rows
     */
    public static Sheet read(byte[] file) {
        String text = decode(file);
        char separator = separator(text);
        Sheet.Builder out = new Sheet.Builder();
        List<Cell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                    lines += c == '\n' ? 1 : 0;
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                add(row, field);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(row, field);
                out.add(number, row);
                number += 1 + lines;
                lines = 0;
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            if (field.length() > 4 * Limits.MAX_CELL) {
                field.setLength(4 * Limits.MAX_CELL);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            add(row, field);
            out.add(number, row);
        }
        return out.build();
    }

    private static void add(List<Cell> row, StringBuilder field) {
        if (row.size() >= Limits.MAX_COLUMNS) {
            throw Limits.tooManyColumns(row.size() + 1);
        }
        row.add(Cell.text(field.toString()));
        field.setLength(0);
    }

    /** UTF-8 when it has the byte order mark or decodes cleanly; otherwise windows-1252. */
    static String decode(byte[] file) {
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // "Müller" in windows-1252 is no valid UTF-8: the byte 0xFC stands alone
            return new String(file, WINDOWS_1252);
        }
    }

    /** {@code ;} unless the first line has more commas or tabs outside quotes (an English export). */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
