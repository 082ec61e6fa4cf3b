package de.magdeburg.integration.netzwerk.templates.internal;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import de.magdeburg.integration.netzwerk.forms.internal.Shaping;

/**
 * Right-to-left text for OpenHTMLtoPDF with ICU4J: the Unicode bidi algorithm splits a paragraph
 * into directional runs, and Arabic and Persian get their joining forms ({@link Shaping}) before a
 * right-to-left run is reversed for drawing. OpenHTMLtoPDF's own defaults do neither, so an Arabic
 * name printed as unjoined letters from left to right. (OpenHTMLtoPDF's {@code openhtmltopdf-rtl-support}
 * does the same but is not published for 1.1.37.)
 *
 * <p>Stateless and thread-safe, except a splitter, which belongs to one layout.
 */
final class RightToLeft implements BidiReorderer, BidiSplitterFactory {
    static final RightToLeft INSTANCE = new RightToLeft();

    private RightToLeft() {
    }

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return Shaping.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return Shaping.deshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The runs of one paragraph, in visual order. */
    private static final class Splitter implements BidiSplitter {
        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            // NEUTRAL: the first strong character decides, as dir="auto" does in HTML
            byte level = defaultDirection == RTL ? Bidi.RTL : defaultDirection == LTR ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR;
            bidi = new Bidi(paragraph, level);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public com.openhtmltopdf.bidi.BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new com.openhtmltopdf.bidi.BidiTextRun(run.getStart(), run.getLength(),
                    run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return switch (Bidi.getBaseDirection(paragraph)) {
                case Bidi.RTL -> RTL;
                case Bidi.LTR -> LTR;
                default -> NEUTRAL;
            };
        }
    }
}
