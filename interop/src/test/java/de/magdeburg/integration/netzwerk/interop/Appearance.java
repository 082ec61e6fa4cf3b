package de.magdeburg.integration.netzwerk.interop;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * What a form's text-field appearance streams actually draw, as text: the document is flattened
 * WITHOUT regenerating appearances (so we see the filler's streams, not ours), then the text inside
 * each field's rectangle is extracted through the fonts' encodings. A glyph a client did not draw,
 * or drew with the wrong code, is missing from that text.
 */
final class Appearance {

    /** A text field's rectangle on page 1, in PDF points (origin bottom left). */
    record FieldBox(String name, PDRectangle rect, float pageHeight) {
    }

    private Appearance() {
    }

    /** @return field name to the text its appearance draws (white space removed) */
    static Map<String, String> drawnTexts(byte[] pdf, List<String> names) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDPage page = doc.getPage(0);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            for (String name : names) {
                PDRectangle r = box(form, name).rect();
                float h = page.getMediaBox().getHeight();
                stripper.addRegion(name, new Rectangle2D.Float(r.getLowerLeftX() - 1, h - r.getUpperRightY() - 1,
                        r.getWidth() + 2, r.getHeight() + 2));
            }
            form.flatten(form.getFields(), false);
            stripper.extractRegions(doc.getPage(0));
            Map<String, String> texts = new LinkedHashMap<>();
            for (String name : names) {
                texts.put(name, stripper.getTextForRegion(name).replaceAll("\\s+", ""));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the characters of {@code value} (white space ignored) that {@code drawn} lacks */
    static SortedSet<String> missing(String value, String drawn) {
        SortedSet<String> missing = new TreeSet<>();
        value.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
            if (drawn.indexOf(c) < 0) {
                missing.add(Character.toString(c));
            }
        });
        return missing;
    }

    /** @return a button field's widget rectangles by their on-state name ({@code Yes}, {@code entry}, …) */
    static Map<String, FieldBox> buttonBoxes(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDField field = doc.getDocumentCatalog().getAcroForm(null).getField(name);
            if (field == null) {
                throw new AssertionError("form has no field " + name);
            }
            Map<String, FieldBox> boxes = new LinkedHashMap<>();
            for (PDAnnotationWidget w : field.getWidgets()) {
                var normal = w.getAppearance().getNormalAppearance().getSubDictionary();
                String on = normal.keySet().stream().map(org.apache.pdfbox.cos.COSName::getName)
                        .filter(n -> !"Off".equals(n)).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " has a widget without an on-state"));
                float h = w.getPage() == null ? PDRectangle.A4.getHeight() : w.getPage().getMediaBox().getHeight();
                boxes.put(on, new FieldBox(name + "=" + on, w.getRectangle(), h));
            }
            return boxes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the field's first widget's rectangle on page 1 */
    static FieldBox box(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return box(doc.getDocumentCatalog().getAcroForm(null), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldBox box(PDAcroForm form, String name) {
        PDField field = form.getField(name);
        if (field == null) {
            throw new AssertionError("form has no field " + name);
        }
        PDAnnotationWidget w = field.getWidgets().get(0);
        PDPage page = w.getPage();
        float h = page == null ? PDRectangle.A4.getHeight() : page.getMediaBox().getHeight();
        return new FieldBox(name, w.getRectangle(), h);
    }
}
