package de.magdeburg.integration.netzwerk.forms.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Appearance streams of text fields, drawn with the shared {@link FormFont}: a light box and the
 * value at 10 pt, shrunk in half-point steps down to {@link #MIN_SIZE} and, in fields tall enough
 * for several lines, wrapped, so that every character of a value up to the field's
 * {@code maxLength} stays visible. Only a value that does not fit even then is clipped.
 *
 * <p>Arabic and Persian are drawn joined and right-to-left ({@link Shaping}), line by line after
 * wrapping: PDFBox has no shaping engine, so the joining forms come as presentation-form
 * characters, which DejaVu Sans has.
 */
final class TextAppearance {
    static final float SIZE = 10;
    /** Below 8 pt a printed form is hard to read (and to check against the partner's intent). */
    static final float MIN_SIZE = 8;
    /** Line distance as a multiple of the font size. */
    static final float LEADING = 1.15f;
    /** Inner padding between the box and the text, left/right and top/bottom. */
    static final float PAD = 2;

    private TextAppearance() {
    }

    static COSStream stream(PDDocument doc, COSDictionary resources, String value, float w, float h) {
        Content c = new Content(FormWriter.FONT);
        c.gray(0.975f, false).gray(0.55f, true).op("w", 0.6f).rect(0.3f, 0.3f, w - 0.6f, h - 0.6f).raw("B");
        c.raw("/Tx BMC");
        if (!value.isEmpty()) {
            FormFont font = FormFont.get();
            Layout layout = layout(value, w, h);
            c.raw("q").rect(1, 1, w - 2, h - 2).raw("W n").gray(0, false);
            if (layout.lines().size() == 1) {
                float baseline = (h - font.capHeight() * layout.size() / 1000f) / 2;
                c.text(visualOrder(layout.lines().get(0)), PAD, baseline, layout.size(), false);
            } else {
                float leading = layout.size() * LEADING;
                float block = leading * (layout.lines().size() - 1) + font.capHeight() * layout.size() / 1000f;
                float baseline = (h + block) / 2 - font.capHeight() * layout.size() / 1000f;
                for (String line : layout.lines()) {
                    c.text(visualOrder(line), PAD, baseline, layout.size(), false);
                    baseline -= leading;
                }
            }
            c.raw("Q");
        }
        c.raw("EMC");
        return xobject(doc, resources, c.bytes(), w, h);
    }

    /** The lines and size a value is drawn with. */
    record Layout(List<String> lines, float size) {
    }

    /**
     * The largest size from 10 pt down to {@link #MIN_SIZE} at which {@code value} fits the box, on
     * as many lines as its height holds; at {@link #MIN_SIZE} when nothing fits (then clipped).
     */
    static Layout layout(String value, float w, float h) {
        FormFont font = FormFont.get();
        String text = value.replaceAll("[\\r\\n\\t]+", " ");
        float available = w - 2 * PAD;
        for (float size = SIZE; size >= MIN_SIZE; size -= 0.5f) {
            int maxLines = Math.max(1, (int) ((h - 2 * PAD + size * (LEADING - 1)) / (size * LEADING)));
            if (font.width(text, size) <= available) {
                return new Layout(List.of(text), size);
            }
            if (maxLines > 1) {
                List<String> lines = wrap(font, text, available, size);
                if (lines.size() <= maxLines) {
                    return new Layout(lines, size);
                }
            }
        }
        int maxLines = Math.max(1, (int) ((h - 2 * PAD + MIN_SIZE * (LEADING - 1)) / (MIN_SIZE * LEADING)));
        return new Layout(maxLines == 1 ? List.of(text) : wrap(font, text, available, MIN_SIZE), MIN_SIZE);
    }

    /**
     * Breaks at spaces; a word wider than the line (an e-mail address, a long compound) breaks after
     * {@code @ . - /} where it can, else between any two characters. The spaces at a break stay at
     * the end of the line, so every character of the value is drawn.
     */
    static List<String> wrap(FormFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastSpace = -1;
            int lastMark = -1;
            while (end < text.length()) {
                int next = text.offsetByCodePoints(end, 1);
                if (end > start && font.width(text.substring(start, next).stripTrailing(), size) > width) {
                    break;
                }
                char ch = text.charAt(end);
                if (ch == ' ') {
                    lastSpace = next;
                } else if (ch == '@' || ch == '.' || ch == '-' || ch == '/') {
                    lastMark = next;
                }
                end = next;
            }
            if (end < text.length()) {
                if (lastSpace > start) {
                    end = lastSpace;
                } else if (lastMark > start) {
                    end = lastMark;
                }
            }
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
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
