package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * The hostile corpus by class (issue 11): each class is a transformation of a valid base file —
 * a filled declaration or a ticked attendance sheet — as an attacker would write it, mostly as an
 * incremental update so that the base stays intact and {@code qpdf --check} calls the file clean.
 * The same classes are applied to both kinds of file and read by the form reader, the attendance
 * reader, the facade and the command line.
 *
 * <p>A base is described by {@link Base}: the file, the number of one field's dictionary (the
 * target that bombs are hidden behind), that dictionary with a changed value, and the page and
 * catalog object numbers (RawPdf files: 3 and 1).
 */
public final class HostileStructures {
    /** Decoded size of every bomb: 1 GiB. */
    static final long BOMB = 1L << 30;
    private static final Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private HostileStructures() {
    }

    /**
     * A valid file to attack.
     *
     * @param pdf the file, written by {@link RawPdf}
     * @param target the object number of a field dictionary the reader must read
     * @param changed that field dictionary with another value, as an update would write it
     */
    public record Base(String name, byte[] pdf, int target, String changed) {
    }

    /** Our declaration filled by "another producer"; the target is organisation_name. */
    public static Base declaration() {
        return new Base("declaration", HostileInputs.otherProducer(), 6,
                "<< /Type /Annot /Subtype /Widget /Rect [10 10 100 30] /P 3 0 R /T (organisation_name) /FT /Tx"
                        + " /V (Bombenverein e. V.) >>");
    }

    /** A ticked two-row attendance sheet of meeting {@code ag-sprache-2026-11}; the target is present_0. */
    public static Base attendanceSheet() {
        return new Base("attendance sheet", RawPdf.attendanceSheet(), 5,
                "<< /Type /Annot /Subtype /Widget /Rect [10 10 30 30] /P 3 0 R /T (present_0) /FT /Btn /V /Off"
                        + " /AS /Off /NetzwerkOrganisation (Beispielverein e. V.) /NetzwerkPerson (Anna Schmidt) >>");
    }

    /**
     * Every class small enough for a fuzzing seed corpus (bombs of 64 MiB, 100 updates), by file
     * name, applied to {@code base}.
     */
    public static Map<String, byte[]> seeds(Base base) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("object-stream-bomb.pdf", objectStreamBomb(base, 64L << 20));
        m.put("xref-stream-bomb.pdf", xrefStreamBomb(base, 64L << 20));
        m.put("font-program-bomb.pdf", fontProgramBomb(base));
        m.put("inline-image-bomb.pdf", inlineImageBomb(base));
        m.put("tounicode-bomb.pdf", toUnicodeBomb(base));
        m.put("icc-bomb.pdf", iccBomb(base));
        m.put("embedded-file-bomb.pdf", embeddedFileBomb(base));
        m.put("two-filter-bomb.pdf", twoFilterBomb(base));
        m.put("object-stream-cycle.pdf", objectStreamCycle(base));
        m.put("prev-loop.pdf", prevLoop(base));
        m.put("updates-100.pdf", incrementalUpdates(base, 100));
        return m;
    }

    /** Every class, by name, applied to {@code base}. */
    public static Map<String, byte[]> all(Base base) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("object-stream bomb", objectStreamBomb(base));
        m.put("cross-reference-stream bomb", xrefStreamBomb(base));
        m.put("bomb in a font program", fontProgramBomb(base));
        m.put("bomb in an inline image", inlineImageBomb(base));
        m.put("bomb in a ToUnicode CMap", toUnicodeBomb(base));
        m.put("bomb in an ICC profile", iccBomb(base));
        m.put("bomb in an embedded file", embeddedFileBomb(base));
        m.put("bomb behind two filters", twoFilterBomb(base));
        m.put("object streams in a cycle", objectStreamCycle(base));
        m.put("/Prev chain loop", prevLoop(base));
        m.put("10 000 incremental updates", incrementalUpdates(base, 10_000));
        return m;
    }

    /** Our declaration with a field value nested in 100 000 arrays: PDFBox logs a long stack trace. */
    public static byte[] deeplyNested() {
        return HostileInputs.nestedArrays(100_000);
    }

    /** The target field moved into a flate object stream padded with 1 GiB of spaces (about 1 MB in the file). */
    public static byte[] objectStreamBomb(Base base) {
        return objectStreamBomb(base, BOMB);
    }

    /** The object-stream bomb with {@code padding} bytes of spaces (64 MiB: a 64 kB seed for fuzzing). */
    static byte[] objectStreamBomb(Base base, long padding) {
        Increment u = Increment.on(base.pdf());
        int objStm = u.next();
        byte[] data = cached("objstm-" + padding + base.name(),
                () -> deflate(objectStreamData(base), padding, (byte) ' ', 1));
        u.compressed(base.target(), objStm, 0);
        u.stream(objStm, "/Type /ObjStm /N 1 /First " + header(base).length() + " /Filter /FlateDecode", data);
        return u.bytes();
    }

    /**
     * The same behind /FlateDecode /RunLengthDecode: each stage alone stays below the bound (16 MB
     * after inflating), only together they reach 1 GiB. (Two equal filters would not do: PDFBox
     * drops a repeated filter and decodes once.)
     */
    public static byte[] twoFilterBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int objStm = u.next();
        byte[] data = cached("objstm2-" + base.name(), () -> runLengthDeflated(objectStreamData(base), BOMB));
        u.compressed(base.target(), objStm, 0);
        u.stream(objStm, "/Type /ObjStm /N 1 /First " + header(base).length()
                + " /Filter [/FlateDecode /RunLengthDecode]", data);
        return u.bytes();
    }

    /** An update whose cross-reference stream decodes to its entries followed by 1 GiB of zeros. */
    public static byte[] xrefStreamBomb(Base base) {
        return xrefStreamBomb(base, BOMB);
    }

    /** The cross-reference-stream bomb with {@code padding} zero bytes. */
    static byte[] xrefStreamBomb(Base base, long padding) {
        return cached("xref-" + padding + base.name(), () -> {
            Increment u = Increment.on(base.pdf());
            u.object(base.target(), base.changed());
            return u.bytesWithBombedXref(padding);
        });
    }

    /** A TrueType font on the page and in the form's resources whose /FontFile2 is a bomb. */
    public static byte[] fontProgramBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int font = u.next();
        u.object(font, "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 32 /Widths [500]"
                + " /Encoding /WinAnsiEncoding /FontDescriptor " + (font + 1) + " 0 R >>");
        u.object(font + 1, "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000]"
                + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 " + (font + 2)
                + " 0 R >>");
        u.stream(font + 2, "/Filter [/FlateDecode /FlateDecode]", bomb());
        int content = font + 3;
        u.stream(content, "", RawPdf.latin1("BT /Bomb 12 Tf 10 10 Td (Bombe) Tj ET"));
        u.object(3, amended(base.pdf(), 3, "/Resources << /Font << /Bomb " + font + " 0 R >> >> /Contents "
                + content + " 0 R"));
        return u.bytes();
    }

    /** A page whose content stream draws an inline image that decodes to 1 GiB. */
    public static byte[] inlineImageBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int content = u.next();
        ByteArrayOutputStream ops = new ByteArrayOutputStream();
        ops.writeBytes(RawPdf.latin1("q 100 0 0 100 0 0 cm BI /W 32768 /H 32768 /BPC 8 /CS /G /F [/Fl /Fl] ID\n"));
        ops.writeBytes(bomb());
        ops.writeBytes(RawPdf.latin1("\nEI Q"));
        u.stream(content, "", ops.toByteArray());
        u.object(3, amended(base.pdf(), 3, "/Contents " + content + " 0 R"));
        return u.bytes();
    }

    /** A Type 1 font used on the page whose /ToUnicode CMap is a bomb. */
    public static byte[] toUnicodeBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int font = u.next();
        u.object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode " + (font + 1) + " 0 R >>");
        u.stream(font + 1, "/Filter [/FlateDecode /FlateDecode]", bomb());
        u.stream(font + 2, "", RawPdf.latin1("BT /F1 12 Tf 10 10 Td (Bombe) Tj ET"));
        u.object(3, amended(base.pdf(), 3, "/Resources << /Font << /F1 " + font + " 0 R >> >> /Contents "
                + (font + 2) + " 0 R"));
        return u.bytes();
    }

    /** An output intent and a page colour space whose ICC profile is a bomb. */
    public static byte[] iccBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int icc = u.next();
        u.stream(icc, "/N 3 /Filter [/FlateDecode /FlateDecode]", bomb());
        u.object(1, amended(base.pdf(), 1, "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1"
                + " /OutputConditionIdentifier (sRGB) /DestOutputProfile " + icc + " 0 R >>]"));
        u.object(3, amended(base.pdf(), 3, "/Resources << /ColorSpace << /CS0 [/ICCBased " + icc + " 0 R] >> >>"));
        return u.bytes();
    }

    /** A file attachment (in the name tree and as an annotation) whose content is a bomb. */
    public static byte[] embeddedFileBomb(Base base) {
        Increment u = Increment.on(base.pdf());
        int file = u.next();
        u.stream(file, "/Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode]", bomb());
        u.object(file + 1, "<< /Type /Filespec /F (bombe.txt) /UF (bombe.txt) /EF << /F " + file + " 0 R >> >>");
        u.object(1, amended(base.pdf(), 1, "/Names << /EmbeddedFiles << /Names [(bombe.txt) " + (file + 1)
                + " 0 R] >> >>"));
        return u.bytes();
    }

    /** The target in object stream A, A itself in object stream B, and B in A. */
    public static byte[] objectStreamCycle(Base base) {
        Increment u = Increment.on(base.pdf());
        int a = u.next();
        int b = a + 1;
        u.compressed(base.target(), a, 0);
        u.compressed(a, b, 0);
        u.compressed(b, a, 1);
        return u.bytes();
    }

    /** An update whose cross-reference stream names itself as /Prev: the chain never ends. */
    public static byte[] prevLoop(Base base) {
        Increment u = Increment.on(base.pdf());
        u.object(base.target(), base.changed());
        // the update's own xref stream starts where bytes() writes it: right after the objects
        return u.bytes(u.xrefOffset());
    }

    /** {@code count} updates, each changing the target (the last one wins). */
    public static byte[] incrementalUpdates(Base base, int count) {
        Increment u = Increment.on(base.pdf());
        for (int i = 0; i < count - 1; i++) {
            u.object(base.target(), base.changed().replace("Bomben", "Zwischen" + i)).thenUpdate();
        }
        return u.object(base.target(), base.changed()).bytes();
    }

    private static String header(Base base) {
        return base.target() + " 0 ";
    }

    private static byte[] objectStreamData(Base base) {
        return RawPdf.latin1(header(base) + base.changed() + "\n");
    }

    /** The base's dictionary object {@code number} with entries added (the last definition in the file). */
    static String amended(byte[] pdf, int number, String entries) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?s)(?:^|\n)" + number + " 0 obj\n(.*?)\nendobj").matcher(text);
        String body = null;
        while (m.find()) {
            body = m.group(1).strip();
        }
        if (body == null || !body.endsWith(">>")) {
            throw new IllegalArgumentException("object " + number + " is no dictionary in the base file");
        }
        return body.substring(0, body.length() - 2) + " " + entries + " >>";
    }

    /** 1 GiB of zeros, flated twice (about a kilobyte). */
    static byte[] bomb() {
        return HostileInputs.bomb();
    }

    private static byte[] cached(String key, java.util.function.Supplier<byte[]> make) {
        return CACHE.computeIfAbsent(key, k -> make.get());
    }

    /**
     * {@code prefix} followed by {@code padding} bytes {@code fill}, flated {@code times} times,
     * without holding the decoded data.
     */
    static byte[] deflate(byte[] prefix, long padding, byte fill, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Sink(out);
        for (int i = 1; i < times; i++) {
            sink = new Sink(sink);
        }
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, fill);
        sink.write(prefix, prefix.length);
        for (long n = 0; n < padding; n += chunk.length) {
            sink.write(chunk, (int) Math.min(chunk.length, padding - n));
        }
        sink.finish();
        return out.toByteArray();
    }

    /** {@code prefix} and {@code padding} spaces run-length encoded, then flated, without holding either. */
    static byte[] runLengthDeflated(byte[] prefix, long padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Sink(out);
        for (int i = 0; i < prefix.length; i += 128) {
            int n = Math.min(128, prefix.length - i);
            byte[] literal = new byte[n + 1];
            literal[0] = (byte) (n - 1);
            System.arraycopy(prefix, i, literal, 1, n);
            sink.write(literal, literal.length);
        }
        // 1 MiB of spaces: 8192 runs of 128, each two bytes (257 - 128, ' ')
        byte[] runs = new byte[2 * 8192];
        for (int i = 0; i < runs.length; i += 2) {
            runs[i] = (byte) 129;
            runs[i + 1] = ' ';
        }
        for (long n = 0; n < padding; n += 1 << 20) {
            sink.write(runs, runs.length);
        }
        sink.write(new byte[] {(byte) 128}, 1);
        sink.finish();
        return out.toByteArray();
    }

    /** One deflate stage writing into the next stage or the output. */
    private static final class Sink {
        private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        private final ByteArrayOutputStream out;
        private final Sink next;
        private final byte[] buf = new byte[64 * 1024];

        Sink(ByteArrayOutputStream out) {
            this.out = out;
            this.next = null;
        }

        Sink(Sink next) {
            this.out = null;
            this.next = next;
        }

        void write(byte[] data, int length) {
            deflater.setInput(data, 0, length);
            while (!deflater.needsInput()) {
                emit(deflater.deflate(buf));
            }
        }

        void finish() {
            deflater.finish();
            while (!deflater.finished()) {
                emit(deflater.deflate(buf));
            }
            deflater.end();
            if (next != null) {
                next.finish();
            }
        }

        private void emit(int n) {
            if (out != null) {
                out.write(buf, 0, n);
            } else {
                next.write(Arrays.copyOf(buf, n), n);
            }
        }
    }
}
