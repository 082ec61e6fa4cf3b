package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incremental update appended to a PDF, as a viewer saves one: new or changed objects and a
 * cross-reference stream (so that objects can live in object streams) with {@code /Prev} to the
 * previous section. Tests build hostile revisions with it that no PDF library would write.
 */
final class Increment {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long prev;
    private final String root;
    private int size;
    /** Object number to {type, second field, third field} of its cross-reference entry. */
    private final Map<Integer, long[]> entries = new TreeMap<>();

    private Increment(byte[] base) {
        String tail = new String(base, Math.max(0, base.length - 4096), Math.min(base.length, 4096),
                StandardCharsets.ISO_8859_1);
        Matcher m = STARTXREF.matcher(tail);
        if (!m.find()) {
            throw new IllegalArgumentException("no startxref at the end of the base file");
        }
        prev = Long.parseLong(m.group(1));
        Matcher s = SIZE.matcher(tail);
        while (s.find()) {
            size = Integer.parseInt(s.group(1));
        }
        root = tail.contains("/Root 1 0 R") ? "1 0 R" : null;
        out.writeBytes(base);
        if (base[base.length - 1] != '\n') {
            out.write('\n');
        }
    }

    /** @return an update of {@code base}, a PDF whose catalog is object 1 */
    static Increment on(byte[] base) {
        return new Increment(base);
    }

    /** @return the number the next new object gets */
    int next() {
        return size;
    }

    /** Writes object {@code number} (new or a replacement) uncompressed. */
    Increment object(int number, String body) {
        return object(number, RawPdf.latin1(body));
    }

    private Increment object(int number, byte[] body) {
        entries.put(number, new long[] {1, out.size(), 0});
        out.writeBytes(RawPdf.latin1(number + " 0 obj\n"));
        out.writeBytes(body);
        out.writeBytes(RawPdf.latin1("\nendobj\n"));
        size = Math.max(size, number + 1);
        return this;
    }

    /** Writes stream object {@code number} with the given (already encoded) data. */
    Increment stream(int number, String dictEntries, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RawPdf.latin1("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n"));
        body.writeBytes(data);
        body.writeBytes(RawPdf.latin1("\nendstream"));
        return object(number, body.toByteArray());
    }

    /** Declares object {@code number} to be the {@code index}-th object of object stream {@code objectStream}. */
    Increment compressed(int number, int objectStream, int index) {
        entries.put(number, new long[] {2, objectStream, index});
        size = Math.max(size, number + 1);
        return this;
    }

    /**
     * Ends the update with an uncompressed cross-reference stream.
     *
     * @param prevOverride the /Prev offset to write instead of the true one; negative for the true one
     * @return the whole file
     */
    byte[] bytes(long prevOverride) {
        return bytes(prevOverride, 0);
    }

    /**
     * Ends the update with a flate cross-reference stream whose decoded data is followed by
     * {@code padding} zero bytes.
     *
     * @return the whole file
     */
    byte[] bytesWithBombedXref(long padding) {
        return bytes(-1, padding);
    }

    /**
     * Ends this update (as {@link #bytes()} does) and starts the next one on top of it, without
     * copying the file: for files with thousands of updates.
     *
     * @return this, now collecting the next update
     */
    Increment thenUpdate() {
        long start = out.size();
        finish(-1, 0);
        prev = start;
        entries.clear();
        return this;
    }

    private byte[] bytes(long prevOverride, long padding) {
        finish(prevOverride, padding);
        return out.toByteArray();
    }

    private void finish(long prevOverride, long padding) {
        int xref = size;
        entries.put(xref, new long[] {1, out.size(), 0});
        size = xref + 1;
        Table t = table(false);
        byte[] table = padding == 0 ? t.data() : HostileStructures.deflate(t.data(), padding, (byte) 0, 1);
        out.writeBytes(RawPdf.latin1(xref + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Index ["
                + t.index() + "]" + (root == null ? "" : " /Root " + root)
                + (padding == 0 ? "" : " /Filter /FlateDecode") + " /Prev "
                + (prevOverride < 0 ? prev : prevOverride) + " /Length " + table.length + " >>\nstream\n"));
        long start = entries.get(xref)[1];
        out.writeBytes(table);
        out.writeBytes(RawPdf.latin1("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n"));
    }

    /** The entries as {@code /W [1 4 2]} or, as PDFium writes them, {@code /W [0 4 1]} (type 1 only). */
    private Table table(boolean pdfium) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<Integer, long[]> e : entries.entrySet()) {
            index.append(e.getKey()).append(" 1 ");
            long[] v = e.getValue();
            if (pdfium && v[0] != 1) {
                throw new IllegalStateException("PDFium's update has no compressed objects");
            }
            if (!pdfium) {
                data.write((int) v[0]);
            }
            for (int shift = 24; shift >= 0; shift -= 8) {
                data.write((int) (v[1] >>> shift));
            }
            if (!pdfium) {
                data.write((int) (v[2] >>> 8));
            }
            data.write((int) v[2]);
        }
        return new Table(index.toString().strip(), data.toByteArray());
    }

    private record Table(String index, byte[] data) {
    }

    /**
     * Ends the update as PDFium's incremental save ({@code FPDF_INCREMENTAL}) does: a
     * cross-reference stream without {@code /Type /XRef}, {@code /W [0 4 1]} (type 1 implied) and
     * no {@code endobj} after it. Only uncompressed objects ({@link #object}) may be in the update.
     *
     * @return the whole file
     */
    byte[] bytesAsPdfium() {
        int xref = size;
        entries.put(xref, new long[] {1, out.size(), 0});
        size = xref + 1;
        Table t = table(true);
        long start = out.size();
        out.writeBytes(RawPdf.latin1(xref + " 0 obj <<" + (root == null ? "" : "/Root " + root) + " /Size " + size
                + "/Prev " + prev + "/W[0 4 1]/Index[" + t.index() + "]/Length " + t.data().length
                + ">>stream\r\n"));
        out.writeBytes(t.data());
        out.writeBytes(RawPdf.latin1("\r\nendstream\r\nstartxref\r\n" + start + "\r\n%%EOF\r\n"));
        return out.toByteArray();
    }

    /** @return the whole file, its update ending with a cross-reference stream */
    byte[] bytes() {
        return bytes(-1);
    }

    /** @return the offset the cross-reference stream of {@link #bytes()} will have */
    long xrefOffset() {
        return out.size();
    }
}
