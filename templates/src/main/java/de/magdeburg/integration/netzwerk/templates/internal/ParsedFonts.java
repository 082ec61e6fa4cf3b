package de.magdeburg.integration.netzwerk.templates.internal;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one render ({@link PdfEngine}): the four DejaVu faces and the fallback fonts, each
 * parsed on first use and then kept; used by one render at a time. The {@code PDType0Font} of a
 * document is new for every document (it belongs to it), only the parsed font program behind it is
 * reused. PDFBox does not close a font it did not open, so the
 * set outlives the documents.
 */
final class ParsedFonts {
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");

    private final byte[][] files;
    private final TrueTypeFont[] parsed;

    /** Characters found in all four DejaVu faces, and those missing from one of them. */
    private final BitSet covered = new BitSet();
    private final BitSet lacking = new BitSet();
    /** Characters some font shows, and those no font has a glyph for. */
    private final BitSet printable = new BitSet();
    private final BitSet unprintable = new BitSet();

    ParsedFonts(byte[][] files) {
        this.files = files;
        this.parsed = new TrueTypeFont[files.length];
    }

    private TrueTypeFont parsed(int index) throws IOException {
        if (parsed[index] == null) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(files[index]));
            // PDFBox 3 would set "fi", "ff" … as one ligature glyph whose text is U+FB01, U+FB00:
            // a search for "fiktiv" or "Treffen" in the PDF would fail, and screen readers stumble.
            // Arabic is shaped before layout (RightToLeft), so no script needs the GSUB table.
            font.setEnableGsub(false);
            parsed[index] = font;
        }
        return parsed[index];
    }

    /**
     * @return whether the document has a character one of the DejaVu faces has no glyph for
     *     (markup included: it is ASCII, which every face has)
     */
    boolean lacksAny(String xhtml) {
        try {
            for (int i = 0; i < xhtml.length(); ) {
                int cp = xhtml.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80 || covered.get(cp)) {
                    continue;
                }
                if (lacking.get(cp)) {
                    return true;
                }
                for (int face = 0; face < 4; face++) {
                    if (parsed(face).getUnicodeCmapLookup().getGlyphId(cp) == 0 && !Character.isISOControl(cp)) {
                        lacking.set(cp);
                        return true;
                    }
                }
                covered.set(cp);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the DejaVu fonts", e);
        }
    }

    /**
     * @return whether neither DejaVu Sans nor a fallback font has a glyph for the character
     *     (controls and format characters excepted: they draw nothing anyway)
     */
    boolean unprintable(int cp) {
        if (cp < 0x80 || printable.get(cp)) {
            return false;
        }
        if (unprintable.get(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(cp)) {
            printable.set(cp);
            return false;
        }
        try {
            for (int i = 0; i < files.length; i++) {
                // the bold and oblique faces (1-3) cover what the regular one does
                if ((i == 0 || i >= 4) && parsed(i).getUnicodeCmapLookup().getGlyphId(cp) != 0) {
                    printable.set(cp);
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fonts", e);
        }
        unprintable.set(cp);
        return true;
    }

    /** @return the body's text nodes with a character no font shows, stripped, each once */
    List<String> unprintableTexts(String xhtml) {
        int body = xhtml.indexOf("<body");
        Set<String> texts = new LinkedHashSet<>();
        Matcher m = TEXT_NODE.matcher(xhtml);
        for (int at = Math.max(body, 0); m.find(at); at = m.end(1)) {
            String text = m.group(1);
            if (text.codePoints().anyMatch(this::unprintable)) {
                // as the data had it: without the typesetting's soft hyphens and no-break spaces
                String value = text.replace("\u00AD", "").replace('\u00A0', ' ').strip()
                        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                texts.add(value.length() > 200 ? value.substring(0, 199) + "…" : value);
            }
        }
        return List.copyOf(texts);
    }

    PDFontSupplier face(PDDocument doc, int index) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(doc, parsed(index), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load font face " + index, e);
                    }
                }
                return font;
            }
        };
    }
}
