package de.magdeburg.integration.netzwerk.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What can be read of a file the library could not read (issue 23: unreadable uploads carry the
 * same person's data and must be found by an erasure): the bytes as Latin-1 text (plain strings,
 * incremental updates a viewer wrote uncompressed), the UTF-16 strings in it (PDF text strings with
 * a byte order mark, where names with umlauts live), and the same of every deflated stream (object
 * streams, where PDFBox and most viewers keep field values). Bounded: a stream inflates to at most
 * {@link #MAX_STREAM} bytes and all of them to {@link #MAX_TOTAL}, so a compression bomb that was
 * refused as UNREADABLE costs the coordinator's search no more than that.
 */
final class ReadableText {
    /** At most this many bytes are inflated from one stream. */
    static final int MAX_STREAM = 4 << 20;
    /** At most this many bytes are inflated from one file. */
    static final int MAX_TOTAL = 32 << 20;
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);

    private ReadableText() {
    }

    /**
     * @param bytes the stored file; not null
     * @return its readable text, {@linkplain PersonQuery#fold folded}
     */
    static String of(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length + 1024);
        append(out, bytes, bytes.length);
        int budget = MAX_TOTAL;
        byte[] buffer = new byte[MAX_STREAM];
        for (int at = indexOf(bytes, STREAM, 0); at >= 0 && budget > 0; at = indexOf(bytes, STREAM, at + 1)) {
            int start = at + STREAM.length;
            if (start < bytes.length && bytes[start] == '\r') {
                start++;
            }
            if (start < bytes.length && bytes[start] == '\n') {
                start++;
            }
            int n = inflate(bytes, start, buffer, Math.min(budget, MAX_STREAM));
            if (n > 0) {
                budget -= n;
                out.append('\n');
                append(out, buffer, n);
            }
        }
        return PersonQuery.fold(out.toString());
    }

    private static void append(StringBuilder out, byte[] bytes, int length) {
        out.append(new String(bytes, 0, length, StandardCharsets.ISO_8859_1)).append('\n');
        // UTF-16BE text strings: FE FF, then pairs until the closing parenthesis of the string
        for (int i = 0; i + 1 < length; i++) {
            if ((bytes[i] & 0xFF) == 0xFE && (bytes[i + 1] & 0xFF) == 0xFF) {
                int end = i + 2;
                // the string ends at its closing parenthesis, a single byte at a character boundary
                while (end + 1 < length && bytes[end] != ')' && end - i < 4096) {
                    end += 2;
                }
                out.append(new String(bytes, i + 2, end - i - 2, StandardCharsets.UTF_16BE)).append('\n');
                i = end;
            }
        }
    }

    private static int inflate(byte[] bytes, int start, byte[] buffer, int limit) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, start, bytes.length - start);
            int n = 0;
            while (n < limit && !inflater.finished()) {
                int got = inflater.inflate(buffer, n, limit - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            return n;
        } catch (DataFormatException notDeflated) {
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
