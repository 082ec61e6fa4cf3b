package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Builds the declaration form: page 1 with the AcroForm, pages 2+ with the Geschäftsordnung
 * (Anlage). PDF/A-2b (XMP, sRGB output intent, embedded font, appearance streams) and tagged for
 * PDF/UA-1 (structure tree, /Form elements with OBJR, /Tabs /S).
 *
 * <p>Immutable and thread-safe: every call builds its own document.
 */
public final class FormWriter {
    static final String FONT = "DejaVu";
    static final String PRODUCER = "Netzwerk forms (Apache PDFBox 3)";
    static final String DA = "/" + FONT + " 10 Tf 0 g";
    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float LEFT = 62;
    static final float RIGHT = PAGE_W - 56;
    static final float WIDTH = RIGHT - LEFT;
    static final float[] ACCENT = {0.12f, 0.27f, 0.47f};
    static final float TEXT_SIZE = 10;
    static final int MAX_LEN = 200;

    /** The output intent's profile, compressed once, on the first write (reading never needs it). */
    private static final class Srgb {
        static final byte[] DEFLATED = FormFont.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }

    private final RulesProfile profile;
    private final Clock clock;
    private final ResourceBundle bundle;
    /**
     * Compressed page contents by their bytes. The printed text comes from the profile only (values
     * live in the fields' appearance streams), so every document repeats the same few pages and
     * each is compressed once instead of once per document. Bounded by {@link #MAX_CACHED_PAGES}.
     */
    private final Map<ByteBuffer, byte[]> deflatedPages = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_PAGES = 32;

    /**
     * @param profile the rules whose wording the form prints; not null
     * @param clock source of the document's dates; not null
     */
    public FormWriter(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        this.bundle = Fields.bundle(Locale.GERMAN);
    }

    /**
     * Writes the form, blank ({@code declaration == null}) or pre-filled.
     *
     * @param declaration values to pre-fill; null for a blank form
     * @param out where the PDF goes; not closed
     * @throws NetzwerkException if writing fails
     */
    public void write(Declaration declaration, OutputStream out) {
        try (PDDocument doc = build(declaration)) {
            // object streams would save about 40 kB but cost more time than the whole rest of writing
            doc.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // IllegalStateException: a profile whose wording does not fit the page
            throw new NetzwerkException("Das Erklärungsformular konnte nicht geschrieben werden / cannot write the"
                    + " declaration form: " + e.getMessage(), e);
        }
    }

    /**
     * @param declaration values; null for a blank form
     * @return the document, to be saved and closed by the caller (used by the archival copy)
     * @throws IOException if PDFBox fails
     */
    PDDocument build(Declaration declaration) throws IOException {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PDDocument doc = new PDDocument();
        try {
            doc.setVersion(1.7f);
            Build b = new Build(doc, declaration);
            b.page1();
            b.annex();
            b.finish(now);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private void writePageContent(COSStream stream, byte[] bytes) {
        if (bytes.length < 256) {
            writeFlate(stream, bytes);
            return;
        }
        ByteBuffer key = ByteBuffer.wrap(bytes);
        byte[] deflated = deflatedPages.get(key);
        if (deflated == null) {
            deflated = FormFont.deflate(bytes);
            if (deflatedPages.size() < MAX_CACHED_PAGES) {
                deflatedPages.putIfAbsent(key, deflated);
            }
        }
        writeRaw(stream, deflated);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    private String label(String key) {
        return bundle.getString(key);
    }

    /** State of one document under construction. */
    private final class Build {
        // the font is loaded on the first write, not when the form is created: reading never needs it
        final FormFont font = FormFont.get();
        final PDDocument doc;
        final Declaration values;
        final COSDictionary fontDict;
        final COSDictionary resources;
        final PDAcroForm acroForm;
        final List<PDField> fields = new ArrayList<>();
        final COSDictionary structRoot = new COSDictionary();
        final COSDictionary documentElem = new COSDictionary();
        final COSArray documentKids = new COSArray();
        final COSArray parentTreeNums = new COSArray();
        int nextStructParent;
        final List<PDPage> pages = new ArrayList<>();
        // per page
        PDPage page;
        Content content;
        COSArray pageParents;
        List<PDAnnotation> annots;
        float y;

        Build(PDDocument doc, Declaration values) {
            this.doc = doc;
            this.values = values;
            this.fontDict = fontDictionary();
            this.resources = new COSDictionary();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(FONT, fontDict);
            resources.setItem(COSName.FONT, fonts);
            acroForm = new PDAcroForm(doc);
            COSDictionary dr = new COSDictionary();
            COSDictionary drFonts = new COSDictionary();
            drFonts.setItem(FONT, fontDict);
            dr.setItem(COSName.FONT, drFonts);
            acroForm.getCOSObject().setItem(COSName.DR, dr);
            acroForm.getCOSObject().setString(COSName.DA, DA);
            structRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            documentElem.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            documentElem.setItem(COSName.S, COSName.getPDFName("Document"));
            documentElem.setItem(COSName.P, structRoot);
            documentElem.setItem(COSName.K, documentKids);
            structRoot.setItem(COSName.K, documentElem);
        }

        // ---------------------------------------------------------------- font

        COSDictionary fontDictionary() {
            COSStream fontFile = doc.getDocument().createCOSStream();
            writeRaw(fontFile, font.fontFileDeflated());
            fontFile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            fontFile.setInt(COSName.LENGTH1, font.fontFileLength());

            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, FormFont.BASE_FONT);
            descriptor.setInt(COSName.FLAGS, 32);
            descriptor.setItem(COSName.FONT_BBOX, ints(font.bbox()));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, font.ascent());
            descriptor.setInt(COSName.DESCENT, font.descent());
            descriptor.setInt(COSName.CAP_HEIGHT, font.capHeight());
            descriptor.setInt(COSName.STEM_V, 80);
            descriptor.setItem(COSName.FONT_FILE2, fontFile);

            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, FormFont.BASE_FONT);
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "Identity");
            info.setInt(COSName.SUPPLEMENT, 0);
            cidFont.setItem(COSName.CIDSYSTEMINFO, info);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
            cidFont.setInt(COSName.DW, font.defaultWidth());
            COSArray w = new COSArray();
            for (int[] run : font.widthRuns()) {
                w.add(COSInteger.get(run[0]));
                if (run.length == 4 && run[3] == FormFont.RANGE) {
                    w.add(COSInteger.get(run[1]));
                    w.add(COSInteger.get(run[2]));
                } else {
                    COSArray list = new COSArray();
                    for (int i = 1; i < run.length; i++) {
                        list.add(COSInteger.get(run[i]));
                    }
                    w.add(list);
                }
            }
            cidFont.setItem(COSName.W, w);

            COSStream toUnicode = doc.getDocument().createCOSStream();
            writeRaw(toUnicode, font.toUnicodeDeflated());
            toUnicode.setItem(COSName.FILTER, COSName.FLATE_DECODE);

            COSDictionary type0 = new COSDictionary();
            type0.setItem(COSName.TYPE, COSName.FONT);
            type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
            type0.setName(COSName.BASE_FONT, FormFont.BASE_FONT);
            type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            type0.setItem(COSName.TO_UNICODE, toUnicode);
            return type0;
        }

        // -------------------------------------------------------------- pages

        void newPage() {
            if (page != null) {
                closePage();
            }
            page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            content = new Content(FONT);
            pageParents = new COSArray();
            annots = new ArrayList<>();
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, nextStructParent);
            parentTreeNums.add(COSInteger.get(nextStructParent));
            parentTreeNums.add(pageParents);
            nextStructParent++;
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        }

        void closePage() {
            COSStream stream = doc.getDocument().createCOSStream();
            writePageContent(stream, content.bytes());
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            page.setAnnotations(annots);
        }

        float pdfY(float top) {
            return PAGE_H - top;
        }

        /** Adds a structure element of type {@code tag} to the document and returns its MCID. */
        COSDictionary structElem(String tag) {
            COSDictionary elem = new COSDictionary();
            elem.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            elem.setItem(COSName.S, COSName.getPDFName(tag));
            elem.setItem(COSName.P, documentElem);
            elem.setItem(COSName.PG, page.getCOSObject());
            documentKids.add(elem);
            return elem;
        }

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

        void artifact(Runnable drawing) {
            content.beginArtifact();
            drawing.run();
            content.end();
        }

        // -------------------------------------------------------------- page 1

        void page1() throws IOException {
            newPage();
            var wording = profile.declaration();
            var network = profile.network();
            artifact(() -> {
                content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
                content.rect(0, pdfY(18), PAGE_W, 18).raw("f");
                content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], true);
                content.op("w", 1.2f);
                content.line(LEFT, pdfY(76), RIGHT, pdfY(76));
            });
            content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
            beginTag("P");
            content.text(network.city(), RIGHT - font.width(network.city(), 14), pdfY(50), 14, true);
            content.text(network.shortName(), RIGHT - font.width(network.shortName(), 8.5f), pdfY(66), 8.5f,
                    false);
            content.end();
            content.gray(0.35f, false);
            y = paragraph("P", wording.sendTo(), LEFT, 92, WIDTH, 8.5f, 10, false);
            content.gray(0, false);
            beginTag("P");
            for (String line : profile.coordinator().addressLines()) {
                y += 12.5f;
                content.text(line, LEFT, pdfY(y), TEXT_SIZE, false);
            }
            content.end();

            y += 22;
            content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
            y = paragraph("H1", wording.title(), LEFT, y, WIDTH, 12, 15.5f, true);
            content.gray(0, false);

            // request type
            y += 12;
            String[] requestLabels = {wording.requestEntry(), wording.requestDeletion(), wording.requestChange()};
            PDRadioButton radio = new PDRadioButton(acroForm);
            radio.setPartialName(Fields.REQUEST);
            radio.setAlternateFieldName(label("tooltip.request"));
            radio.getCOSObject().setFlag(COSName.FF, 1 << 14, true);
            List<PDAnnotationWidget> radioWidgets = new ArrayList<>();
            String chosen = values == null ? null : Fields.REQUEST_VALUES.get(values.request().ordinal());
            float x = LEFT;
            for (int i = 0; i < 3; i++) {
                String value = Fields.REQUEST_VALUES.get(i);
                PDAnnotationWidget widget = new PDAnnotationWidget();
                widget.getCOSObject().setItem(COSName.PARENT, radio.getCOSObject());
                placeWidget(widget, x, y, 12, 12, label("tooltip.request." + value));
                widget.getCOSObject().setItem(COSName.AP, buttonAppearance(value, 12, true));
                widget.getCOSObject().setName(COSName.AS, value.equals(chosen) ? value : "Off");
                radioWidgets.add(widget);
                beginTag("P");
                content.text(requestLabels[i], x + 18, pdfY(y + 10), 11, false);
                content.end();
                x += 30 + font.width(requestLabels[i], 11) + 24;
            }
            radio.setWidgets(radioWidgets);
            radio.getCOSObject().setName(COSName.V, chosen == null ? "Off" : chosen);
            fields.add(radio);
            y += 12;

            // 1 organisation
            y = section("1", wording.sectionOrganisation(), y + 14);
            y = textRow(y, new String[] {Fields.ORGANISATION_NAME}, new float[] {WIDTH});
            y = textRow(y, new String[] {Fields.ORGANISATION_STREET}, new float[] {WIDTH});
            y = textRow(y, new String[] {Fields.ORGANISATION_POSTAL_CODE, Fields.ORGANISATION_CITY},
                    new float[] {80, WIDTH - 90});
            y += 4;
            y = checkboxWithText(Fields.LIST_ON_PORTAL, wording.portalConsent(), LEFT, y, WIDTH,
                    values != null && values.listOnPortal());

            y = section("2", wording.sectionName(), y + 14);
            y = textRow(y, new String[] {Fields.LAST_NAME, Fields.FIRST_NAME},
                    new float[] {WIDTH / 2 - 5, WIDTH / 2 - 5});
            y = section("3", wording.sectionFunction(), y + 4);
            y = textRow(y, new String[] {Fields.FUNCTION}, new float[] {WIDTH});
            y = section("4", wording.sectionContact(), y + 4);
            y = textRow(y, new String[] {Fields.PHONE, Fields.EMAIL}, new float[] {WIDTH / 2 - 5, WIDTH / 2 - 5});

            y = section("5", wording.sectionWorkingGroups(), y + 4);
            List<String[]> boxes = new ArrayList<>();
            for (WorkingGroup g : profile.workingGroups()) {
                boxes.add(new String[] {g.fieldName(), g.name(),
                    values != null && values.workingGroups().contains(g.id()) ? "1" : ""});
            }
            boxes.add(new String[] {Fields.CROSS_GROUP_MEETINGS, wording.crossGroupMeetings(),
                values != null && values.crossGroupMeetings() ? "1" : ""});
            float colWidth = WIDTH / 2;
            float rowTop = y + 4;
            for (int i = 0; i < boxes.size(); i++) {
                String[] box = boxes.get(i);
                float bx = LEFT + (i % 2) * colWidth;
                float top = rowTop + (i / 2) * 19;
                float end = checkboxWithText(box[0], box[1], bx, top, colWidth - 10, !box[2].isEmpty());
                y = Math.max(y, end);
            }

            y += 16;
            y = paragraph("P", wording.acknowledgement(), LEFT, y, WIDTH, TEXT_SIZE, 13, false);

            // signing row
            float signTop = y + 18;
            float fieldTop = signTop + 24;
            addText(Fields.PLACE, LEFT, fieldTop, 105, 18);
            addText(Fields.DATE, LEFT + 110, fieldTop, 72, 18);
            addText(Fields.SIGNATORY_NAME, LEFT + 192, fieldTop, 140, 18);
            addSignature(LEFT + 342, signTop, WIDTH - 342, 42);
            float labelTop = fieldTop + 18 + 11;
            content.gray(0.3f, false);
            beginTag("P");
            content.text("(" + wording.placeDate() + ")", LEFT, pdfY(labelTop), 8, false);
            content.end();
            beginTag("P");
            content.text("(" + wording.signatoryName() + ")", LEFT + 192, pdfY(labelTop), 8, false);
            content.end();
            beginTag("P");
            content.text("(" + wording.signature() + ")", LEFT + 342, pdfY(labelTop), 8, false);
            content.end();
            content.gray(0, false);
            y = labelTop;
            if (y > PAGE_H - 80) {
                throw new IllegalStateException("the profile's wording does not fit on page 1 (ends at " + y + ")");
            }
            footer(wording.footer());
        }

        void footer(String text) {
            artifact(() -> {
                content.gray(0.6f, true);
                content.op("w", 0.5f);
                content.line(LEFT, pdfY(PAGE_H - 64), RIGHT, pdfY(PAGE_H - 64));
            });
            content.gray(0.25f, false);
            paragraph("P", text, LEFT, PAGE_H - 62, WIDTH, 8, 10, false);
            content.gray(0, false);
        }

        float section(String number, String title, float top) {
            content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
            beginTag("H2");
            content.text(number, LEFT, pdfY(top + 11), 11, true);
            content.text(title, LEFT + 16, pdfY(top + 11), 11, true);
            content.end();
            content.gray(0, false);
            return top + 15;
        }

        float textRow(float top, String[] names, float[] widths) {
            float x = LEFT;
            float h = 18;
            content.gray(0.4f, false);
            for (int i = 0; i < names.length; i++) {
                addText(names[i], x, top, widths[i], h);
                beginTag("P");
                // a little air below the field: pdf.js draws its inputs slightly larger than the widget
                content.text(label("caption." + names[i]), x + 1, pdfY(top + h + 9.5f), 7, false);
                content.end();
                x += widths[i] + 10;
            }
            content.gray(0, false);
            return top + h + 14;
        }

        float checkboxWithText(String name, String text, float x, float top, float width, boolean on) {
            PDCheckBox box = new PDCheckBox(acroForm);
            box.setPartialName(name);
            box.setAlternateFieldName(tooltip(name, text));
            box.getCOSObject().setString(COSName.DA, DA);
            PDAnnotationWidget widget = box.getWidgets().get(0);
            placeWidget(widget, x, top, 11, 11, null);
            widget.getCOSObject().setItem(COSName.AP, buttonAppearance(Fields.ON, 11, false));
            widget.getCOSObject().setName(COSName.AS, on ? Fields.ON : "Off");
            box.getCOSObject().setName(COSName.V, on ? Fields.ON : "Off");
            fields.add(box);
            return paragraph("P", text, x + 18, top - 1.5f, width - 18, 9.5f, 11.5f, false) + 4;
        }

        String tooltip(String name, String fallback) {
            return bundle.containsKey("tooltip." + name) ? label("tooltip." + name) : fallback;
        }

        void addText(String name, float x, float top, float w, float h) {
            PDTextField field = new PDTextField(acroForm);
            field.setPartialName(name);
            field.setAlternateFieldName(tooltip(name, name));
            field.setDefaultAppearance(DA);
            field.setMaxLen(MAX_LEN);
            String value = values == null ? "" : valueOf(name);
            if (!value.isEmpty()) {
                field.getCOSObject().setString(COSName.V, value);
            }
            PDAnnotationWidget widget = field.getWidgets().get(0);
            placeWidget(widget, x, top, w, h, null, 0.55f, 0.975f);
            COSDictionary ap = new COSDictionary();
            ap.setDirect(true);
            ap.setItem(COSName.N, TextAppearance.stream(doc, resources, value, w, h));
            widget.getCOSObject().setItem(COSName.AP, ap);
            fields.add(field);
        }

        void addSignature(float x, float top, float w, float h) throws IOException {
            PDSignatureField field = new PDSignatureField(acroForm);
            field.setPartialName(Fields.SIGNATURE);
            field.setAlternateFieldName(label("tooltip.signature"));
            PDAnnotationWidget widget = field.getWidgets().get(0);
            placeWidget(widget, x, top, w, h, null);
            Content c = new Content(FONT);
            c.gray(0.6f, true).op("w", 0.75f).line(0, 0.5f, w, 0.5f);
            COSDictionary ap = new COSDictionary();
            ap.setDirect(true);
            ap.setItem(COSName.N, formXObject(c.bytes(), w, h, false));
            widget.getCOSObject().setItem(COSName.AP, ap);
            fields.add(field);
        }

        String valueOf(String name) {
            var o = values.organisation();
            var r = values.representative();
            return switch (name) {
                case Fields.ORGANISATION_NAME -> o.name();
                case Fields.ORGANISATION_STREET -> o.street();
                case Fields.ORGANISATION_POSTAL_CODE -> o.postalCode();
                case Fields.ORGANISATION_CITY -> o.city();
                case Fields.LAST_NAME -> r.lastName();
                case Fields.FIRST_NAME -> r.firstName();
                case Fields.FUNCTION -> r.function();
                case Fields.PHONE -> r.phone();
                case Fields.EMAIL -> r.email();
                case Fields.PLACE -> values.place();
                case Fields.DATE -> values.date() == null ? ""
                        : values.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));
                case Fields.SIGNATORY_NAME -> values.signatoryName();
                default -> throw new IllegalArgumentException("no text field " + name);
            };
        }

        /** Common widget set-up: rectangle, page, print flag, tooltip, tagging as /Form with OBJR. */
        void placeWidget(PDAnnotationWidget widget, float x, float top, float w, float h, String tooltip) {
            placeWidget(widget, x, top, w, h, tooltip, 0.35f, 1);
        }

        /**
         * As above; border and background colours also go to /MK, so that viewers that draw their own
         * appearance after editing (Acrobat) keep the look of ours.
         */
        void placeWidget(PDAnnotationWidget widget, float x, float top, float w, float h, String tooltip,
                float border, float background) {
            COSDictionary mk = new COSDictionary();
            mk.setItem(COSName.BC, floats(border));
            mk.setItem(COSName.BG, floats(background));
            mk.setDirect(true);
            widget.getCOSObject().setItem(COSName.MK, mk);
            widget.setRectangle(new PDRectangle(x, pdfY(top + h), w, h));
            widget.setPage(page);
            widget.setPrinted(true);
            if (tooltip != null) {
                widget.getCOSObject().setString(COSName.TU, tooltip);
            }
            COSDictionary form = structElem("Form");
            // pdf.js and screen readers name a control from its structure element's /Alt, not from /TU
            String alt = widget.getCOSObject().getString(COSName.TU);
            form.setString(COSName.ALT, alt != null ? alt
                    : widget.getCOSObject().getCOSDictionary(COSName.PARENT).getString(COSName.TU));
            COSDictionary objr = new COSDictionary();
            objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
            objr.setItem(COSName.OBJ, widget.getCOSObject());
            objr.setItem(COSName.PG, page.getCOSObject());
            form.setItem(COSName.K, objr);
            widget.setStructParent(nextStructParent);
            parentTreeNums.add(COSInteger.get(nextStructParent));
            parentTreeNums.add(form);
            nextStructParent++;
            annots.add(widget);
        }

        COSDictionary buttonAppearance(String onState, float size, boolean round) {
            Content off = new Content(FONT);
            Content on = new Content(FONT);
            for (Content c : new Content[] {off, on}) {
                c.gray(1, false).gray(0.35f, true).op("w", 0.8f);
                if (round) {
                    c.circle(size / 2, size / 2, size / 2 - 0.6f).raw("B");
                } else {
                    c.rect(0.4f, 0.4f, size - 0.8f, size - 0.8f).raw("B");
                }
            }
            on.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false).rgb(ACCENT[0], ACCENT[1], ACCENT[2], true);
            if (round) {
                on.circle(size / 2, size / 2, size / 4.2f).raw("f");
            } else {
                on.op("w", 1.6f).raw("1 J 1 j").op("m", size * 0.22f, size * 0.52f).op("l", size * 0.42f, size * 0.27f)
                        .op("l", size * 0.8f, size * 0.78f).raw("S");
            }
            COSDictionary normal = new COSDictionary();
            normal.setItem(COSName.getPDFName(onState), formXObject(on.bytes(), size, size, false));
            normal.setItem(COSName.Off, formXObject(off.bytes(), size, size, false));
            // poppler does not resolve an indirect /N state dictionary: keep both direct
            normal.setDirect(true);
            COSDictionary ap = new COSDictionary();
            ap.setItem(COSName.N, normal);
            ap.setDirect(true);
            return ap;
        }

        COSStream formXObject(byte[] bytes, float w, float h, boolean withFont) {
            return TextAppearance.xobject(doc, withFont ? resources : null, bytes, w, h);
        }

        // -------------------------------------------------------------- annex

        void annex() {
            var wording = profile.declaration();
            var rules = profile.rulesOfProcedure();
            newPage();
            y = 50;
            content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
            y = paragraph("H1", wording.annex(), LEFT, y, WIDTH, 14, 18, true);
            content.gray(0, false);
            y = paragraph("P", rules.title(), LEFT, y + 6, WIDTH, 11, 14, true) + 6;
            for (var section : rules.sections()) {
                ensureRoom(40);
                content.rgb(ACCENT[0], ACCENT[1], ACCENT[2], false);
                y = paragraph("H2", section.heading(), LEFT, y + 8, WIDTH, 11, 14, true) + 2;
                content.gray(0, false);
                for (String p : section.paragraphs()) {
                    boolean item = p.startsWith("- ") || p.startsWith("• ");
                    float indent = item ? 14 : 0;
                    String text = item ? p.substring(2) : p;
                    List<String> lines = wrap(text, WIDTH - indent, 9.5f);
                    ensureRoom(lines.size() * 12.5f + 4);
                    beginTag("P");
                    if (item) {
                        content.text("•", LEFT + 3, pdfY(y + 12.5f), 9.5f, false);
                    }
                    for (String line : lines) {
                        y += 12.5f;
                        content.text(line, LEFT + indent, pdfY(y), 9.5f, false);
                    }
                    content.end();
                    y += 4;
                }
            }
        }

        void ensureRoom(float needed) {
            if (y + needed > PAGE_H - 70) {
                newPage();
                y = 50;
            }
        }

        // -------------------------------------------------------------- finish

        void finish(Instant now) throws IOException {
            closePage();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                PDPage p = pages.get(i);
                Content c = new Content(FONT);
                String text = String.format(Locale.ROOT, label("page"), i + 1, total);
                c.beginArtifact().gray(0.4f, false)
                        .text(text, RIGHT - font.width(text, 8), 30, 8, false).end();
                COSArray contents = new COSArray();
                contents.add(p.getCOSObject().getDictionaryObject(COSName.CONTENTS));
                COSStream extra = doc.getDocument().createCOSStream();
                writeFlate(extra, c.bytes());
                contents.add(extra);
                p.getCOSObject().setItem(COSName.CONTENTS, contents);
            }
            acroForm.setFields(fields);
            var catalog = doc.getDocumentCatalog();
            catalog.setAcroForm(acroForm);
            COSDictionary cat = catalog.getCOSObject();

            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, parentTreeNums);
            structRoot.setItem(COSName.PARENT_TREE, parentTree);
            structRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, nextStructParent);
            cat.setItem(COSName.STRUCT_TREE_ROOT, structRoot);
            COSDictionary markInfo = new COSDictionary();
            markInfo.setBoolean(COSName.getPDFName("Marked"), true);
            cat.setItem(COSName.MARK_INFO, markInfo);
            cat.setString(COSName.LANG, "de-DE");
            COSDictionary viewer = new COSDictionary();
            viewer.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
            cat.setItem(COSName.VIEWER_PREFERENCES, viewer);

            String title = profile.declaration().title();
            GregorianCalendar cal = GregorianCalendar.from(ZonedDateTime.ofInstant(now, ZoneOffset.UTC));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            info.setCreationDate(cal);
            info.setModificationDate(cal);

            COSStream metadata = doc.getDocument().createCOSStream();
            writeRaw(metadata, Xmp.of(title, PRODUCER, now).getBytes(StandardCharsets.UTF_8));
            metadata.setItem(COSName.TYPE, COSName.METADATA);
            metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
            cat.setItem(COSName.METADATA, metadata);

            COSStream icc = doc.getDocument().createCOSStream();
            writeRaw(icc, Srgb.DEFLATED);
            icc.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            icc.setInt(COSName.N, 3);
            COSDictionary intent = new COSDictionary();
            intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
            intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
            intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
            intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
            intent.setItem(COSName.getPDFName("DestOutputProfile"), icc);
            COSArray intents = new COSArray();
            intents.add(intent);
            cat.setItem(COSName.OUTPUT_INTENTS, intents);

            byte[] id = documentId(now);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        byte[] documentId(Instant now) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update((profile.id() + '|' + now.getEpochSecond() + '|' + values).getBytes(StandardCharsets.UTF_8));
                return Arrays.copyOf(md.digest(), 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static COSArray ints(int[] values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }

    static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    static void writeRaw(COSStream stream, byte[] bytes) {
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeFlate(COSStream stream, byte[] bytes) {
        if (bytes.length < 256) {
            // tiny appearance streams: compressing them costs more time than the bytes are worth
            writeRaw(stream, bytes);
            return;
        }
        writeRaw(stream, FormFont.deflate(bytes));
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

}
