package de.magdeburg.integration.netzwerk.templates.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The real characters behind the "#" that OpenHTMLtoPDF draws for a character no font has: each
 * tagged line of text (a marked-content sequence with an MCID) that shows such "#" gets an
 * {@code /ActualText} with the characters of the value it came from, so that searching, copying
 * and screen readers get the name as it was written (issue 24), while the page still shows "#"
 * and the FONT warning says so.
 *
 * <p>The lines are matched to the values in the order they are drawn: a line's text, with the
 * replaced characters as "#", is looked up in the value's text with the same replacement, from
 * where the value's previous line ended (a value wrapped over several lines of its cell). A "#"
 * that belongs to no value (one the data really has) is left as it is.
 */
final class ReplacementText {
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

    private final List<String> originals = new ArrayList<>();
    private final List<String> masked = new ArrayList<>();
    /** For each value: the index in the original of each char of the masked text, and its end. */
    private final List<int[]> offsets = new ArrayList<>();
    private final int[] cursors;

    /**
     * @param values the texts with characters no font shows, in the order the document prints them
     * @param unprintable whether no font has a glyph for a code point
     */
    ReplacementText(List<String> values, IntPredicate unprintable) {
        for (String value : values) {
            StringBuilder m = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                String shown = unprintable.test(cp) ? "#" : Character.toString(cp);
                for (int k = 0; k < shown.length(); k++) {
                    at.add(i);
                }
                m.append(shown);
                i += Character.charCount(cp);
            }
            at.add(value.length());
            originals.add(value);
            masked.add(m.toString());
            offsets.add(at.stream().mapToInt(Integer::intValue).toArray());
        }
        this.cursors = new int[values.size()];
    }

    /**
     * Adds the {@code /ActualText} to every page's lines of "#".
     *
     * @param doc the rendered document
     * @throws IOException if a content stream cannot be read
     */
    void apply(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDFStreamParser parser = new PDFStreamParser(page);
            List<Object> tokens = parser.parse();
            if (mark(page, tokens)) {
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(tokens);
                }
                page.setContents(stream);
            }
        }
    }

    /** One marked-content sequence: its properties (null if not a tagged line) and its text. */
    private record Sequence(COSDictionary properties, StringBuilder text) {
    }

    private boolean mark(PDPage page, List<Object> tokens) throws IOException {
        boolean changed = false;
        Deque<Sequence> open = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        PDFont font = null;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "BDC" -> open.push(new Sequence(operands.size() == 2 && operands.get(1) instanceof COSDictionary d
                        && d.containsKey(COSName.MCID) ? d : null, new StringBuilder()));
                case "BMC" -> open.push(new Sequence(null, new StringBuilder()));
                case "EMC" -> {
                    Sequence s = open.poll();
                    if (s != null && s.properties() != null && s.text().indexOf("#") >= 0) {
                        String actual = actualText(s.text().toString());
                        if (actual != null) {
                            s.properties().setString(ACTUAL_TEXT, actual);
                            changed = true;
                        }
                    }
                }
                case "Tf" -> font = operands.isEmpty() || !(operands.get(0) instanceof COSName name) ? null
                        : page.getResources().getFont(name);
                case "Tj", "'", "\"" -> {
                    if (!open.isEmpty() && font != null && !operands.isEmpty()
                            && operands.get(operands.size() - 1) instanceof COSString s) {
                        decode(font, s, open.peek().text());
                    }
                }
                case "TJ" -> {
                    if (!open.isEmpty() && font != null && !operands.isEmpty() && operands.get(0) instanceof COSArray a) {
                        for (COSBase part : a) {
                            if (part instanceof COSString s) {
                                decode(font, s, open.peek().text());
                            }
                        }
                    }
                }
                default -> {
                    // drawing, state and the rest: nothing to read
                }
            }
            operands.clear();
        }
        return changed;
    }

    private static void decode(PDFont font, COSString s, StringBuilder out) throws IOException {
        InputStream in = new ByteArrayInputStream(s.getBytes());
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode != null) {
                out.append(unicode);
            }
        }
    }

    /**
     * @param line the text of one drawn line, with "#"
     * @return the value's characters the line shows, or null if it belongs to no value
     */
    private String actualText(String line) {
        String shown = line.replace('\u00A0', ' ').strip();
        // a line broken at a soft hyphen (a word longer than any column) ends with the hyphen drawn
        String unhyphenated = shown.endsWith("-") ? shown.substring(0, shown.length() - 1) : shown;
        for (int pass = 0; pass < 2; pass++) {
            for (int v = 0; v < masked.size(); v++) {
                String m = masked.get(v).replace('\u00A0', ' ');
                int from = pass == 0 ? cursors[v] : 0;
                int at = m.indexOf(shown, from);
                int length = shown.length();
                if (at < 0 && !unhyphenated.equals(shown)) {
                    at = m.indexOf(unhyphenated, from);
                    length = unhyphenated.length();
                }
                if (at >= 0) {
                    cursors[v] = at + length;
                    int[] o = offsets.get(v);
                    return originals.get(v).substring(o[at], o[at + length]);
                }
            }
        }
        return null;
    }
}
