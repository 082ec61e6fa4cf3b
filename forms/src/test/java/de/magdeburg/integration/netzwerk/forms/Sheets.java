package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Attendance sheets as {@link AttendanceSheetReader} documents them (the templates module writes
 * the real ones; forms cannot depend on it): the description under the info key and one check box
 * {@code present_N} per row, with the on state {@code Yes}, appearances for both states and
 * {@code /V /Off}. The meeting is {@code language-2026-12}, a working-group meeting on 3.12.2026.
 */
final class Sheets {
    static final String MEETING = "language-2026-12";

    private Sheets() {
    }

    /** @return a blank sheet with {@code rows} rows, organisation {@code Org N}, person {@code Person N} */
    static byte[] blank(int rows) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setCustomMetadataValue(AttendanceSheetReader.INFO_KEY,
                    "{\"version\":1,\"meetingId\":\"" + MEETING + "\",\"date\":\"2026-12-03\",\"kind\":"
                            + "\"WORKING_GROUP\",\"groupId\":\"language\",\"rows\":" + rows + "}");
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            List<PDField> fields = new ArrayList<>();
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annots = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                PDCheckBox box = new PDCheckBox(form);
                box.setPartialName(AttendanceSheetReader.FIELD_PREFIX + i);
                box.getCOSObject().setString(COSName.getPDFName(AttendanceSheetReader.ORGANISATION_KEY), "Org " + i);
                box.getCOSObject().setString(COSName.getPDFName(AttendanceSheetReader.PERSON_KEY), "Person " + i);
                PDAnnotationWidget w = box.getWidgets().get(0);
                w.setRectangle(new PDRectangle(270, 760 - 30 * i, 14, 14));
                w.setPage(page);
                w.setPrinted(true);
                PDAppearanceDictionary ap = new PDAppearanceDictionary();
                org.apache.pdfbox.cos.COSDictionary normal = new org.apache.pdfbox.cos.COSDictionary();
                normal.setItem(COSName.getPDFName("Yes"), stream(doc, true));
                normal.setItem(COSName.Off, stream(doc, false));
                ap.setNormalAppearance(new PDAppearanceEntry(normal));
                w.setAppearance(ap);
                box.getCOSObject().setName(COSName.V, "Off");
                w.setAppearanceState("Off");
                fields.add(box);
                annots.add(w);
            }
            form.setFields(fields);
            page.setAnnotations(annots);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDAppearanceStream stream(PDDocument doc, boolean ticked) throws IOException {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        s.setBBox(new PDRectangle(14, 14));
        try (PDPageContentStream c = new PDPageContentStream(doc, s)) {
            c.addRect(0.5f, 0.5f, 13, 13);
            if (ticked) {
                c.moveTo(3, 7);
                c.lineTo(6, 3);
                c.lineTo(11, 11);
            }
            c.stroke();
        }
        return s;
    }
}
