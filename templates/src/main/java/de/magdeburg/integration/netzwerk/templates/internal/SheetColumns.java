package de.magdeburg.integration.netzwerk.templates.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The widths of the attendance sheet's organisation and representative columns, and a smaller
 * font for a cell whose longest word still does not fit.
 *
 * <p>A name is never hyphenated (issue 24): a cell may break only between words, so each word
 * must fit on a line. The columns keep their widths of the stylesheet (37 mm and 21 mm) as long
 * as every word fits; a longer word of a representative's name ("Wolfeschlegelsteinhausen",
 * "Oyelaran-Adeyemi-Okonkwo") widens the representative column at the organisation column's
 * expense, down to {@value #ORG_MIN_MM} mm for the organisation; a word that fits neither is set
 * smaller, down to {@value #MIN_PT} pt. Only a word too long even for that (an absurd value) is
 * left to {@link Typesetting}'s last resort, a soft hyphen every few letters, so that nothing is
 * ever drawn outside its cell.
 *
 * <p>Widths are measured with DejaVu Sans's advance widths (the sheet's font); a character it
 * lacks counts as one em, more than any fallback glyph. Immutable, thread-safe.
 */
public final class SheetColumns {
    /** The sheet's font size (style.css: table.sheet). */
    static final float SIZE_PT = 8.5f;
    /** Smaller than this is not readable on a printed sheet. */
    static final float MIN_PT = 6f;
    static final float ORG_MM = 37f;
    static final float REP_MM = 21f;
    static final float ORG_MIN_MM = 26f;
    /** Rounding of the layout. */
    private static final float SLACK = 1.03f;
    private static final float MM_PER_PT = 25.4f / 72;

    private static volatile TrueTypeFont font;

    /** The widths of both columns, in mm, and whether they differ from the stylesheet's. */
    public record Widths(float organisation, float representative) {
        /** @return whether the stylesheet's widths are kept */
        public boolean standard() {
            return organisation == ORG_MM && representative == REP_MM;
        }

        /** @return the CSS for the organisation column, e.g. "width: 30.5mm" */
        public String organisationCss() {
            return css(organisation);
        }

        /** @return the CSS for the representative column */
        public String representativeCss() {
            return css(representative);
        }
    }

    private SheetColumns() {
    }

    /**
     * @param organisations the organisation cells' texts
     * @param representatives the representative cells' texts
     * @return the column widths that hold the longest word of every representative, if the
     *     organisation column can spare it
     */
    public static Widths widths(List<String> organisations, List<String> representatives) {
        float need = (float) representatives.stream().mapToDouble(r -> longestWordMm(r, false)).max().orElse(0);
        if (need <= REP_MM) {
            return new Widths(ORG_MM, REP_MM);
        }
        float orgNeed = (float) organisations.stream().mapToDouble(o -> longestWordMm(o, true)).max().orElse(0);
        float orgMin = Math.max(ORG_MIN_MM, Math.min(ORG_MM, orgNeed));
        float rep = Math.min(need, ORG_MM + REP_MM - orgMin);
        // half millimetres: the same widths for nearly the same names
        rep = (float) Math.ceil(rep * 2) / 2;
        return new Widths(ORG_MM + REP_MM - rep, rep);
    }

    /**
     * @param text a cell's text
     * @param columnMm the column's width (without padding)
     * @param breaksAfterHyphen whether a line may break after a hyphen of the text (an
     *     organisation's "Cherokee-Kulturverein"), not only at its spaces (a person's double name)
     * @return the font size (pt) at which the cell's longest word fits the column: the sheet's
     *     own if it fits, at least {@value #MIN_PT}; 0 if it does not fit even at that size
     */
    public static float fontSize(String text, float columnMm, boolean breaksAfterHyphen) {
        float need = longestWordMm(text, breaksAfterHyphen);
        if (need <= columnMm) {
            return SIZE_PT;
        }
        float size = (float) Math.floor(SIZE_PT * columnMm / need * 4) / 4;
        return size >= MIN_PT ? size : 0;
    }

    /**
     * @return the width in mm of the text's widest word at the sheet's size, with a little slack;
     *     words end at spaces (a no-break space joins) and, if so asked, after a hyphen
     */
    static float longestWordMm(String text, boolean breaksAfterHyphen) {
        float widest = 0;
        for (String word : text.split(breaksAfterHyphen ? "[ \\t\\n\\u2009\\u200B]+|(?<=-)" : "[ \\t\\n\\u2009\\u200B]+")) {
            widest = Math.max(widest, widthMm(word));
        }
        return widest;
    }

    private static synchronized float widthMm(String word) {
        TrueTypeFont f = font();
        try {
            float units = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == Typesetting.SOFT_HYPHEN) {
                    continue;
                }
                int gid = f.getUnicodeCmapLookup().getGlyphId(cp);
                units += gid == 0 ? f.getUnitsPerEm() : f.getAdvanceWidth(gid);
            }
            return units / f.getUnitsPerEm() * SIZE_PT * MM_PER_PT * SLACK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DejaVu Sans", e);
        }
    }

    private static TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (SheetColumns.class) {
                if (font == null) {
                    try {
                        font = new TTFParser().parse(new RandomAccessReadBuffer(PdfEngine.font("DejaVuSans.ttf")));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read DejaVu Sans", e);
                    }
                }
                f = font;
            }
        }
        return f;
    }

    private static String css(float mm) {
        return String.format(Locale.ROOT, "width: %.1fmm", mm);
    }

    /**
     * @param size a size from {@link #fontSize}
     * @return the CSS for a cell set at that size
     */
    public static String fontCss(float size) {
        return String.format(Locale.ROOT, "font-size: %.2fpt", size);
    }
}
