package de.magdeburg.integration.netzwerk.templates.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A large diagonal mark such as "ENTWURF" behind the content of every page.
 *
 * <p>The mark is drawn as the outlines of its letters, not as text, and as an artifact: a reader
 * that copies or extracts the text (or reads it aloud) gets the document without the mark's
 * letters in between, which a positioned HTML text could not give. Immutable and thread-safe.
 */
final class Watermark implements PdfEngine.PostProcessor {
    private static final float SIZE = 88;
    /**
     * Light grey with a trace of blue (218, 218, 226): lighter than any text, and unlike the neutral
     * greys of the table backgrounds, so a test can find the mark on the rendered page.
     */
    private static final float[] COLOUR = {218 / 255f, 218 / 255f, 226 / 255f};

    private final GeneralPath outline;
    private final float width;

    /**
     * @param text the mark, e.g. "ENTWURF"
     * @param font the TrueType font file to take the letters from
     */
    Watermark(String text, byte[] font) {
        GeneralPath path = new GeneralPath();
        float x = 0;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            float scale = SIZE / ttf.getUnitsPerEm();
            for (int cp : text.codePoints().toArray()) {
                int gid = ttf.getUnicodeCmapLookup().getGlyphId(cp);
                GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                if (glyph != null) {
                    AffineTransform at = AffineTransform.getTranslateInstance(x, 0);
                    at.scale(scale, scale);
                    path.append(glyph.getPath().getPathIterator(at), false);
                }
                x += ttf.getAdvanceWidth(gid) * scale;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Wasserzeichen: Schrift nicht lesbar", e);
        }
        this.outline = path;
        this.width = x;
    }

    @Override
    public void apply(PDDocument document, com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer) throws IOException {
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.PREPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.saveGraphicsState();
                cs.setNonStrokingColor(COLOUR[0], COLOUR[1], COLOUR[2]);
                AffineTransform at = AffineTransform.getTranslateInstance(box.getWidth() / 2, box.getHeight() / 2);
                at.rotate(Math.toRadians(40));
                at.translate(-width / 2, -SIZE * 0.35);
                draw(cs, outline.getPathIterator(at));
                cs.fill();
                cs.restoreGraphicsState();
                cs.endMarkedContent();
            }
        }
    }

    /** TrueType outlines are quadratic; PDF paths know only cubic curves. */
    private static void draw(PDPageContentStream cs, PathIterator it) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
        }
    }
}
