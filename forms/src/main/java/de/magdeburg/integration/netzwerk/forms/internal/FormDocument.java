package de.magdeburg.integration.netzwerk.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * One form under construction: its pages, the current page's content and annotations, the shared
 * font resources and the structure tree, and the tagged text primitives the layouts draw with.
 * Coordinates are given as distance from the top of the page ({@code top}); {@link #pdfY} turns
 * them into PDF's bottom-up space. Mutable, not thread-safe; one per written document.
 */
final class FormDocument {
    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    /** Points per millimetre. */
    static final float MM = 72 / 25.4f;
    /** DIN 5008 margins, 25 mm left and 20 mm right: nothing is lost in an office printer's margin. */
    static final float LEFT = 25 * MM;
    static final float RIGHT = PAGE_W - 20 * MM;
    static final float WIDTH = RIGHT - LEFT;
    static final float[] ACCENT = {0.12f, 0.27f, 0.47f};
    static final float TEXT_SIZE = 10;

    // the font is loaded on the first write, not when the form is created: reading never needs it
    final FormFont font = FormFont.get();
    final PDDocument doc;
    final COSDictionary fontDict;
    final COSDictionary resources;
    final StructureTree structure = new StructureTree();
    private final UnaryOperator<byte[]> pageDeflater;
    private final List<PDPage> pages = new ArrayList<>();
    // per page
    PDPage page;
    Content content;
    private COSArray pageParents;
    List<PDAnnotation> annots;
    /** Distance of the next free line from the top of the current page. */
    float y;

    /**
     * @param doc the empty document
     * @param pageDeflater compresses a page's content stream (page contents repeat across documents
     *     and are cached by the writer)
     */
    FormDocument(PDDocument doc, UnaryOperator<byte[]> pageDeflater) {
        this.doc = doc;
        this.pageDeflater = pageDeflater;
        this.fontDict = FontDictionary.of(doc, font);
        this.resources = new COSDictionary();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(FormWriter.FONT, fontDict);
        resources.setItem(COSName.FONT, fonts);
    }

    static float pdfY(float top) {
        return PAGE_H - top;
    }

    void newPage() {
        if (page != null) {
            closePage();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        content = new Content(FormWriter.FONT);
        annots = new ArrayList<>();
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        pageParents = structure.addPage(page);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    }

    void closePage() {
        COSStream stream = doc.getDocument().createCOSStream();
        byte[] bytes = content.bytes();
        if (bytes.length < 256) {
            FormWriter.writeFlate(stream, bytes);
        } else {
            FormWriter.writeRaw(stream, pageDeflater.apply(bytes));
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
        page.setAnnotations(annots);
    }

    /** Starts a new page when fewer than {@code needed} points are left above the footer area. */
    void ensureRoom(float needed) {
        if (y + needed > PAGE_H - 70) {
            newPage();
            y = 50;
        }
    }

    /** Adds "page n of m" to every page, as an artifact; {@code pattern} has two {@code %d}. */
    void numberPages(String pattern) {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            PDPage p = pages.get(i);
            Content c = new Content(FormWriter.FONT);
            String text = String.format(Locale.ROOT, pattern, i + 1, total);
            c.beginArtifact().gray(0.4f, false)
                    .text(text, RIGHT - font.width(text, 8), 30, 8, false).end();
            COSArray contents = new COSArray();
            contents.add(p.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            COSStream extra = doc.getDocument().createCOSStream();
            FormWriter.writeFlate(extra, c.bytes());
            contents.add(extra);
            p.getCOSObject().setItem(COSName.CONTENTS, contents);
        }
    }

    /** Adds a structure element of type {@code tag} on the current page. */
    COSDictionary structElem(String tag) {
        return structure.element(tag, page);
    }

    /** Opens a marked-content sequence tagged {@code tag}; close it with {@code content.end()}. */
    int beginTag(String tag) {
        COSDictionary elem = structElem(tag);
        int mcid = pageParents.size();
        elem.setInt(COSName.K, mcid);
        pageParents.add(elem);
        content.beginTagged(tag, mcid);
        return mcid;
    }

    /** Draws wrapped text as one tagged element; returns the new top after the last line. */
    float paragraph(String tag, String text, float x, float top, float width, float size, float leading,
            boolean bold) {
        List<String> lines = wrap(text, width, size);
        beginTag(tag);
        for (String line : lines) {
            top += leading;
            content.text(line, x, pdfY(top), size, bold);
        }
        content.end();
        return top;
    }

    /** Breaks {@code text} at spaces into lines no wider than {@code width} (a longer word stays whole). */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.width(candidate, size) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws decoration that assistive technology skips. */
    void artifact(Runnable drawing) {
        content.beginArtifact();
        drawing.run();
        content.end();
    }

    void accent() {
        content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
    }
}
