package de.magdeburg.integration.netzwerk.forms.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

// Over 400 lines on purpose: the form's one embedded font is prepared at build time (widths,
// ToUnicode, the prepared file) and read back at run time from that same private file layout;
// splitting the writer from the reader would put one binary format into two files.
/**
 * DejaVu Sans from the jasperreports-fonts artifact, parsed once per JVM.
 *
 * <p>Why our own embedding instead of {@code PDType0Font.load}: the form carries the whole font
 * (not a subset, so that viewers can show any character a partner types later), and embedding it
 * through PDFBox would re-read, re-analyse and re-compress about 740 kB for every document. Here the
 * font program, its ToUnicode CMap and its metrics are prepared once; a document only wraps the
 * already deflated bytes in a new stream. Everything held is immutable, so one instance is shared
 * by all threads.
 */
public final class FormFont {
    /**
     * Class-loader resource name of the font inside the jasperreports-fonts jar. It is another
     * module's resource, so it is looked up through the class loader: on the module path
     * {@code Class.getResourceAsStream} searches only the class's own module.
     */
    static final String RESOURCE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    /**
     * The prepared font next to this class, written by {@link #main} at build time. It carries the
     * font program it was made from, so it never has to agree with the font file found at run time.
     */
    static final String PREPARED = "form-font.bin";
    private static final int PREPARED_FORMAT = 2;
    /** PostScript name used as /BaseFont. */
    public static final String BASE_FONT = "DejaVuSans";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    // after HEX: loading uses it
    private static final FormFont INSTANCE = load();

    private final int[] gidByBmp;
    private final Map<Integer, Integer> gidBySupplementary;
    /** Drawn for a character the font has no glyph for. */
    static final int REPLACEMENT = 0xFFFD;
    /** Marks a {@link #widthRuns()} entry as a range. */
    static final int RANGE = -1;

    private final int[] widths;
    // the /W array of the font dictionary, made when the first form is written: reading a form
    // needs only the glyph map (racy but idempotent: every thread computes the same table)
    private volatile WidthTable widthTable;
    private final int fontFileLength;
    private final byte[] fontFileDeflated;
    private final byte[] toUnicodeDeflated;
    private final int[] bbox;
    private final int ascent;
    private final int descent;
    private final int capHeight;

    private FormFont(int[] gidByBmp, Map<Integer, Integer> gidBySupplementary, int[] widths, int fontFileLength,
            byte[] fontFileDeflated, byte[] toUnicodeDeflated, int[] bbox, int ascent, int descent, int capHeight) {
        this.gidByBmp = gidByBmp;
        this.gidBySupplementary = gidBySupplementary;
        this.widths = widths;
        this.fontFileLength = fontFileLength;
        this.fontFileDeflated = fontFileDeflated;
        this.toUnicodeDeflated = toUnicodeDeflated;
        this.bbox = bbox;
        this.ascent = ascent;
        this.descent = descent;
        this.capHeight = capHeight;
    }

    /** @return the shared instance */
    public static FormFont get() {
        return INSTANCE;
    }

    // The prepared file alone: a cold process (every CLI command) neither inflates nor checks the
    // 740 kB font file, it reads arrays in bulk
    private static FormFont load() {
        FormFont prepared = null;
        try (InputStream in = FormFont.class.getResourceAsStream(PREPARED)) {
            prepared = in == null ? null : readPrepared(in.readAllBytes());
        } catch (IOException e) {
            // prepared from the font file below, as when running from sources
        }
        return prepared != null ? prepared : prepare(readFontFile());
    }

    private static byte[] readFontFile() {
        try (InputStream in = FormFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing: is jasperreports-fonts on the class path?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Writes the prepared font for {@link #PREPARED}; the build runs this (exec-maven-plugin,
     * process-classes), so that a cold process does not parse and compress the font (about 0.2 s).
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, prepare(readFontFile()).prepared());
    }

    // Big-endian: format, widths, the BMP map as code points then glyph ids, the supplementary map
    // likewise, the font program, the ToUnicode CMap, bbox, ascent, descent, cap height
    private byte[] prepared() {
        int mapped = 0;
        for (int gid : gidByBmp) {
            mapped += gid != 0 ? 1 : 0;
        }
        char[] bmpCodePoints = new char[mapped];
        int[] bmpGlyphs = new int[mapped];
        for (int cp = 0, i = 0; cp < gidByBmp.length; cp++) {
            if (gidByBmp[cp] != 0) {
                bmpCodePoints[i] = (char) cp;
                bmpGlyphs[i++] = gidByBmp[cp];
            }
        }
        int[] supplementary = gidBySupplementary.keySet().stream().sorted().mapToInt(Integer::intValue).toArray();
        int[] supplementaryGlyphs = Arrays.stream(supplementary).map(gidBySupplementary::get).toArray();
        ByteBuffer out = ByteBuffer.allocate(64 + 4 * widths.length + 6 * mapped + 8 * supplementary.length
                + fontFileDeflated.length + toUnicodeDeflated.length);
        out.putInt(PREPARED_FORMAT);
        out.putInt(widths.length).asIntBuffer().put(widths);
        out.position(out.position() + 4 * widths.length);
        out.putInt(mapped).asCharBuffer().put(bmpCodePoints);
        out.position(out.position() + 2 * mapped);
        out.asIntBuffer().put(bmpGlyphs);
        out.position(out.position() + 4 * mapped);
        out.putInt(supplementary.length).asIntBuffer().put(supplementary).put(supplementaryGlyphs);
        out.position(out.position() + 8 * supplementary.length);
        out.putInt(fontFileLength).putInt(fontFileDeflated.length).put(fontFileDeflated);
        out.putInt(toUnicodeDeflated.length).put(toUnicodeDeflated);
        for (int v : bbox) {
            out.putInt(v);
        }
        out.putInt(ascent).putInt(descent).putInt(capHeight);
        return Arrays.copyOf(out.array(), out.position());
    }

    /**
     * @param prepared the bytes of a prepared file
     * @return the prepared font, or null if the file has another format (then the font is prepared
     *     from the font file, as when running from sources)
     */
    static FormFont readPrepared(byte[] prepared) {
        try {
            ByteBuffer in = ByteBuffer.wrap(prepared);
            if (in.getInt() != PREPARED_FORMAT) {
                return null;
            }
            int[] widths = ints(in, count(in, 4));
            int mapped = count(in, 6);
            char[] bmpCodePoints = new char[mapped];
            in.asCharBuffer().get(bmpCodePoints);
            in.position(in.position() + 2 * mapped);
            int[] bmpGlyphs = ints(in, mapped);
            int[] bmp = new int[0x10000];
            for (int i = 0; i < mapped; i++) {
                bmp[bmpCodePoints[i]] = glyph(bmpGlyphs[i], widths);
            }
            int n = count(in, 8);
            int[] supplementaryCodePoints = ints(in, n);
            int[] supplementaryGlyphs = ints(in, n);
            Map<Integer, Integer> supplementary = new HashMap<>();
            for (int i = 0; i < n; i++) {
                supplementary.put(supplementaryCodePoints[i], glyph(supplementaryGlyphs[i], widths));
            }
            int fontFileLength = in.getInt();
            byte[] fontFile = new byte[count(in, 1)];
            in.get(fontFile);
            byte[] toUnicode = new byte[count(in, 1)];
            in.get(toUnicode);
            int[] bbox = ints(in, 4);
            FormFont font = new FormFont(bmp, Map.copyOf(supplementary), widths, fontFileLength, fontFile, toUnicode,
                    bbox, in.getInt(), in.getInt(), in.getInt());
            return in.hasRemaining() ? null : font;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            return null;
        }
    }

    // a count read from the file, no larger than what is left of it: a damaged file is not taken,
    // and never sizes an array beyond the file
    private static int count(ByteBuffer in, int bytesEach) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / bytesEach) {
            throw new BufferUnderflowException();
        }
        return n;
    }

    private static int glyph(int gid, int[] widths) {
        if (gid <= 0 || gid >= widths.length) {
            throw new BufferUnderflowException();
        }
        return gid;
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] out = new int[count];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * count);
        return out;
    }

    /** Parses the font file and compresses what every document embeds. */
    static FormFont prepare(byte[] data) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            float scale = 1000f / ttf.getHeader().getUnitsPerEm();
            int glyphs = ttf.getNumberOfGlyphs();
            int[] widths = new int[glyphs];
            for (int gid = 0; gid < glyphs; gid++) {
                widths[gid] = Math.round(ttf.getHorizontalMetrics().getAdvanceWidth(gid) * scale);
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int[] bmp = new int[0x10000];
            Map<Integer, Integer> supplementary = new HashMap<>();
            int[] unicodeByGid = new int[glyphs];
            Arrays.fill(unicodeByGid, -1);
            for (int cp = 0; cp < 0x30000; cp++) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    continue;
                }
                int gid = cmap.getGlyphId(cp);
                if (gid <= 0 || gid >= glyphs) {
                    continue;
                }
                if (cp < 0x10000) {
                    bmp[cp] = gid;
                } else {
                    supplementary.put(cp, gid);
                }
                if (unicodeByGid[gid] < 0) {
                    unicodeByGid[gid] = cp;
                }
            }
            var head = ttf.getHeader();
            int[] bbox = {Math.round(head.getXMin() * scale), Math.round(head.getYMin() * scale),
                Math.round(head.getXMax() * scale), Math.round(head.getYMax() * scale)};
            var hhea = ttf.getHorizontalHeader();
            // older OS/2 tables have no cap height: measure the H instead
            int capHeight = ttf.getOS2Windows() != null ? Math.round(ttf.getOS2Windows().getCapHeight() * scale) : 0;
            if (capHeight <= 0) {
                var glyph = ttf.getGlyph().getGlyph(cmap.getGlyphId('H'));
                capHeight = glyph == null ? Math.round(hhea.getAscender() * scale * 0.75f)
                        : Math.round(glyph.getBoundingBox().getUpperRightY() * scale);
            }
            return new FormFont(bmp, Map.copyOf(supplementary), widths, data.length, deflate(data),
                    deflate(toUnicode(unicodeByGid)), bbox, Math.round(hhea.getAscender() * scale),
                    Math.round(hhea.getDescender() * scale), capHeight);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + RESOURCE, e);
        }
    }

    /** The most frequent width; of equally frequent ones the largest. */
    private static int mostCommon(int[] widths) {
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        int best = sorted[0];
        int bestCount = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i >= bestCount) {
                best = sorted[i];
                bestCount = j - i;
            }
            i = j;
        }
        return best;
    }

    private static List<int[]> runs(int[] widths, int dw) {
        List<int[]> out = new ArrayList<>();
        int gid = 0;
        while (gid < widths.length) {
            if (widths[gid] == dw) {
                gid++;
                continue;
            }
            int end = gid;
            while (end + 1 < widths.length && widths[end + 1] == widths[gid]) {
                end++;
            }
            if (end - gid >= 3) {
                out.add(new int[] {gid, end, widths[gid], RANGE});
                gid = end + 1;
                continue;
            }
            List<Integer> list = new ArrayList<>();
            int start = gid;
            while (gid < widths.length && widths[gid] != dw) {
                int e = gid;
                while (e + 1 < widths.length && widths[e + 1] == widths[gid]) {
                    e++;
                }
                if (e - gid >= 3) {
                    break;
                }
                list.add(widths[gid]);
                gid++;
            }
            int[] entry = new int[list.size() + 1];
            entry[0] = start;
            for (int i = 0; i < list.size(); i++) {
                entry[i + 1] = list.get(i);
            }
            out.add(entry);
        }
        return List.copyOf(out);
    }

    private static byte[] toUnicode(int[] unicodeByGid) {
        StringBuilder sb = new StringBuilder(200_000);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int[] gids = new int[unicodeByGid.length];
        int n = 0;
        for (int gid = 0; gid < unicodeByGid.length; gid++) {
            if (unicodeByGid[gid] >= 0) {
                gids[n++] = gid;
            }
        }
        for (int start = 0; start < n; start += 100) {
            int end = Math.min(n, start + 100);
            sb.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                int gid = gids[i];
                sb.append('<').append(hex4(gid)).append("> <");
                for (char c : Character.toChars(unicodeByGid[gid])) {
                    sb.append(hex4(c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex4(int v) {
        return new String(new char[] {HEX[v >> 12 & 0xF], HEX[v >> 8 & 0xF], HEX[v >> 4 & 0xF], HEX[v & 0xF]});
    }

    private static void hex4(StringBuilder sb, int v) {
        sb.append(HEX[v >> 12 & 0xF]).append(HEX[v >> 8 & 0xF]).append(HEX[v >> 4 & 0xF]).append(HEX[v & 0xF]);
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(data.length > 100_000 ? Deflater.BEST_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[65536];
            while (!deflater.finished()) {
                int len = deflater.deflate(buf);
                out.write(buf, 0, len);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * @param codePoint a Unicode code point
     * @return the glyph id, 0 (.notdef) if the font has no glyph for it
     */
    public int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return gidByBmp[codePoint];
        }
        return gidBySupplementary.getOrDefault(codePoint, 0);
    }

    /**
     * @param text any text; not null
     * @return whether every character of the text has a glyph
     */
    public boolean canShow(String text) {
        return missing(text).isEmpty();
    }

    /**
     * The characters the font cannot show, e.g. Chinese, Japanese, Korean or Ethiopic: the form does
     * not carry a font for them (a CJK font alone is several megabytes, in every form).
     *
     * @param text any text; not null
     * @return the distinct characters without a glyph, in the order they first occur; empty if none
     */
    public String missing(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> glyphId(cp) == 0 && !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .distinct().forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * @param text any text; not null; a character without a glyph is drawn as U+FFFD (�), never as
     *     .notdef, which PDF/A forbids and which viewers show as an empty box
     * @return the text encoded as 2-byte glyph ids (Identity-H) in hex, without angle brackets
     */
    public String encodeHex(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(cp -> {
            int gid = glyphId(cp == '\t' || cp == '\u00A0' ? ' ' : cp);
            hex4(sb, gid != 0 ? gid : glyphId(REPLACEMENT));
        });
        return sb.toString();
    }

    /**
     * @param text any text; not null
     * @param size font size in points
     * @return the advance width of the text in points
     */
    public float width(String text, float size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int gid = glyphId(cp);
            units += widths[gid != 0 ? gid : glyphId(REPLACEMENT)];
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    private record WidthTable(int defaultWidth, List<int[]> runs) {
    }

    private WidthTable widthTable() {
        WidthTable table = widthTable;
        if (table == null) {
            int dw = mostCommon(widths);
            table = new WidthTable(dw, runs(widths, dw));
            widthTable = table;
        }
        return table;
    }

    /** @return the most common glyph width, written as /DW */
    int defaultWidth() {
        return widthTable().defaultWidth();
    }

    /**
     * The /W entries for every glyph whose width is not {@link #defaultWidth()}: {@code {first, last,
     * width, RANGE}} for a run of equal widths, {@code {first, w1, w2, …}} for a list. Callers must not change them.
     */
    List<int[]> widthRuns() {
        return widthTable().runs();
    }

    int fontFileLength() {
        return fontFileLength;
    }

    byte[] fontFileDeflated() {
        return fontFileDeflated;
    }

    byte[] toUnicodeDeflated() {
        return toUnicodeDeflated;
    }

    int[] bbox() {
        return bbox.clone();
    }

    int ascent() {
        return ascent;
    }

    int descent() {
        return descent;
    }

    int capHeight() {
        return capHeight;
    }
}
