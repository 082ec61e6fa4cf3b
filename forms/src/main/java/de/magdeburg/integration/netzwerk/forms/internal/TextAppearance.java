package de.magdeburg.integration.netzwerk.forms.internal;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Appearance streams of text fields, drawn with the shared {@link FormFont}: a light box and the
 * value in one line, shrunk down to 6 pt when it is too long and clipped beyond that.
 *
 * <p>Arabic and Persian are drawn joined and right-to-left ({@link Shaping}): PDFBox has no shaping
 * engine, so the joining forms come as presentation-form characters, which DejaVu Sans has.
 */
final class TextAppearance {
    static final float SIZE = 10;
    static final float MIN_SIZE = 6;

    private TextAppearance() {
    }

    static COSStream stream(PDDocument doc, COSDictionary resources, String value, float w, float h) {
        Content c = new Content(FormWriter.FONT);
        c.gray(0.975f, false).gray(0.55f, true).op("w", 0.6f).rect(0.3f, 0.3f, w - 0.6f, h - 0.6f).raw("B");
        c.raw("/Tx BMC");
        if (!value.isEmpty()) {
            FormFont font = FormFont.get();
            String visual = visualOrder(value.replaceAll("[\\r\\n\\t]+", " "));
            float size = SIZE;
            float available = w - 4;
            float width = font.width(visual, size);
            if (width > available) {
                size = Math.max(MIN_SIZE, size * available / width);
            }
            float baseline = (h - font.capHeight() * size / 1000f) / 2;
            c.raw("q").rect(1, 1, w - 2, h - 2).raw("W n").gray(0, false);
            c.text(visual, 2, baseline, size, false);
            c.raw("Q");
        }
        c.raw("EMC");
        return xobject(doc, resources, c.bytes(), w, h);
    }

    static COSStream xobject(PDDocument doc, COSDictionary resources, byte[] bytes, float w, float h) {
        COSStream stream = doc.getDocument().createCOSStream();
        FormWriter.writeFlate(stream, bytes);
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.FORM);
        stream.setItem(COSName.BBOX, FormWriter.floats(0, 0, w, h));
        stream.setItem(COSName.RESOURCES, resources == null ? new COSDictionary() : resources);
        return stream;
    }

    /** Shapes Arabic and Persian and reorders right-to-left runs for display ({@link Shaping#visual}). */
    static String visualOrder(String text) {
        return Shaping.visual(text);
    }
}
