package de.magdeburg.integration.netzwerk.interop;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.cos.COSDictionary;

/**
 * A minimal AcroForm with the contract's field names, built with PDFBox, to develop the client
 * drivers before the forms module exists. Text appearances use an embedded, non-subset DejaVu Sans
 * (Type0), like the real form; checkboxes and radio buttons carry their own appearances.
 */
final class StandInForm implements FormUnderTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final List<String> TEXTS = List.of("organisation_name", "organisation_street",
            "organisation_postal_code", "organisation_city", "last_name", "first_name", "function", "phone",
            "email", "place", "date", "signatory_name");
    private static final List<String> BOXES = List.of("list_on_portal", "wg_work_and_training",
            "wg_interculture_and_social", "wg_language", "cross_group_meetings");

    @Override
    public byte[] blank() {
        return build(null);
    }

    @Override
    public byte[] prefilled(Declaration declaration) {
        return build(FieldValues.of(declaration));
    }

    private byte[] build(FieldValues values) {
        try (PDDocument doc = new PDDocument(); InputStream font = getClass().getResourceAsStream(FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font dejavu = PDType0Font.load(doc, font, false);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            COSName fontName = dr.add(dejavu);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/" + fontName.getName() + " 10 Tf 0 g");
            try (PDPageContentStream labels = new PDPageContentStream(doc, page)) {
                labels.beginText();
                labels.setFont(dejavu, 14);
                labels.newLineAtOffset(50, 800);
                labels.showText("Stand-in declaration form (interop tests)");
                labels.endText();
            }
            float y = 760;
            PDRadioButton request = new PDRadioButton(form);
            request.setPartialName("request");
            List<PDAnnotationWidget> radios = new ArrayList<>();
            float x = 50;
            for (String export : List.of("entry", "deletion", "change")) {
                radios.add(buttonWidget(doc, page, new PDRectangle(x, y, 14, 14), export));
                x += 60;
            }
            request.setWidgets(radios);
            form.getFields().add(request);
            y -= 30;
            for (String name : TEXTS) {
                PDTextField field = new PDTextField(form);
                field.setPartialName(name);
                field.setMaxLen(200);
                PDAnnotationWidget w = field.getWidgets().get(0);
                w.setRectangle(new PDRectangle(50, y, 495, 18));
                w.setPage(page);
                w.setPrinted(true);
                page.getAnnotations().add(w);
                form.getFields().add(field);
                y -= 26;
            }
            for (String name : BOXES) {
                PDCheckBox box = new PDCheckBox(form);
                box.setPartialName(name);
                box.setWidgets(List.of(buttonWidget(doc, page, new PDRectangle(50, y, 14, 14), FieldValues.ON)));
                form.getFields().add(box);
                y -= 22;
            }
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTextField t) {
                    t.setValue(values == null ? "" : values.texts().get(t.getPartialName()));
                }
            }
            if (values != null) {
                request.setValue(values.request());
                for (var e : values.checkboxes().entrySet()) {
                    PDCheckBox box = (PDCheckBox) form.getField(e.getKey());
                    if (e.getValue()) {
                        box.check();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDAnnotationWidget buttonWidget(PDDocument doc, PDPage page, PDRectangle rect, String on)
            throws IOException {
        PDAnnotationWidget w = new PDAnnotationWidget();
        w.setRectangle(rect);
        w.setPage(page);
        w.setPrinted(true);
        PDAppearanceStream onAp = box(doc, rect, true);
        PDAppearanceStream offAp = box(doc, rect, false);
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName(on), onAp);
        normal.setItem(COSName.Off, offAp);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(new PDAppearanceEntry(normal));
        w.setAppearance(ap);
        w.setAppearanceState("Off");
        page.getAnnotations().add(w);
        return w;
    }

    private static PDAppearanceStream box(PDDocument doc, PDRectangle rect, boolean on) throws IOException {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        s.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        s.setResources(new PDResources());
        try (PDPageContentStream c = new PDPageContentStream(doc, s)) {
            c.setLineWidth(1);
            c.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
            c.stroke();
            if (on) {
                c.moveTo(2, 2);
                c.lineTo(rect.getWidth() - 2, rect.getHeight() - 2);
                c.moveTo(2, rect.getHeight() - 2);
                c.lineTo(rect.getWidth() - 2, 2);
                c.stroke();
            }
        }
        return s;
    }

    @Override
    public Declaration read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            Map<String, String> t = new java.util.HashMap<>();
            for (String name : TEXTS) {
                t.put(name, form.getField(name).getValueAsString());
            }
            String radio = ((PDRadioButton) form.getField("request")).getValue();
            RequestType request = RequestType.valueOf(radio.toUpperCase(Locale.ROOT));
            List<String> groups = new ArrayList<>();
            for (String g : FieldValues.GROUPS) {
                if (checked(form, "wg_" + g)) {
                    groups.add(g);
                }
            }
            String date = t.get("date").strip();
            return Declaration.of(request, new Organisation(t.get("organisation_name"), t.get("organisation_street"),
                            t.get("organisation_postal_code"), t.get("organisation_city")))
                    .withRepresentative(new Representative(t.get("last_name"), t.get("first_name"),
                            t.get("function"), t.get("phone"), t.get("email")))
                    .withListOnPortal(checked(form, "list_on_portal"))
                    .withWorkingGroups(groups, checked(form, "cross_group_meetings"))
                    .withSigning(t.get("place"), date.isEmpty() ? null : LocalDate.parse(date, DATE),
                            t.get("signatory_name"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean checked(PDAcroForm form, String name) {
        String v = form.getField(name).getValueAsString();
        return !v.isEmpty() && !"Off".equals(v);
    }

    @Override
    public byte[] archivalCopy(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.setNeedAppearances(false);
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTextField t) {
                    t.setValue(t.getValueAsString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
