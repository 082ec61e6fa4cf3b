package de.magdeburg.integration.netzwerk.templates.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The "present" check boxes of an attendance sheet: added after rendering as real AcroForm fields
 * (OpenHTMLtoPDF's own form controls break PDF/A and PDF/UA), and read back from a ticked sheet.
 *
 * <p>Each box is placed exactly on the printed box {@code <span id="present_N">} of the template;
 * its position comes from the renderer's layout. Fields are named {@code present_N} with N the
 * partner's index from 0; appearances are vector check marks (no font, no ZapfDingbats), the print
 * flag is set, and each widget is tagged in a {@code /Form} structure element. The sheet carries
 * its meeting id and number of rows as JSON in the document information under {@value #INFO_KEY},
 * and each field the organisation and person printed in its row (keys {@code /NetzwerkOrganisation},
 * {@code /NetzwerkPerson}), so that a returned sheet can be checked and read without the partner
 * list. (One JSON string for 200 rows would exceed PDF/A's 32767-byte string limit.) Returned
 * sheets are read by {@link AttendanceSheetReader}, which owns this contract.
 */
public final class AttendanceForm {
    /** Document information key of the sheet's description. */
    public static final String INFO_KEY = AttendanceSheetReader.INFO_KEY;

    /** On-state name written; any other non-Off name is accepted when reading. */
    public static final String ON = "Yes";

    /** Field dictionary keys that keep the printed organisation and person with each box. */
    private static final COSName ORGANISATION_KEY = COSName.getPDFName(AttendanceSheetReader.ORGANISATION_KEY);
    private static final COSName PERSON_KEY = COSName.getPDFName(AttendanceSheetReader.PERSON_KEY);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOX_ID = Pattern.compile(Pattern.quote(Views.PRESENT_PREFIX) + "\\d+");

    private AttendanceForm() {
    }

    /**
     * Adds one check box per expected partner and the sheet description.
     *
     * @param doc the rendered sheet
     * @param renderer the renderer that laid it out
     * @param meeting the meeting
     * @param expected the partners, in the order printed
     * @throws IOException if PDFBox fails
     */
    public static void addFields(PDDocument doc, PdfBoxRenderer renderer, Meeting meeting, List<Partner> expected)
            throws IOException {
        Map<String, PagePosition<Box>> boxes = new HashMap<>();
        for (PagePosition<Box> p : renderer.findPagePositionsByID(BOX_ID)) {
            boxes.put(p.getId(), p);
        }
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        List<PDField> fields = new ArrayList<>();

        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        PDStructureElement document = documentElement(root);
        List<PDStructureElement> cells = new ArrayList<>();
        collectBoxCells(document, cells);
        boolean inCells = cells.size() == expected.size();
        int nextKey = root.getParentTreeNextKey();
        if (nextKey < 0) {
            nextKey = 0;
        }

        for (int i = 0; i < expected.size(); i++) {
            Partner partner = expected.get(i);
            String id = Views.PRESENT_PREFIX + i;
            PagePosition<Box> pos = boxes.get(id);
            if (pos == null) {
                throw new IllegalStateException("layout has no box '" + id + "' for " + partner.organisation().name());
            }
            PDPage page = doc.getPage(pos.getPageNo());
            String person = Views.representatives(partner);
            String label = "Anwesend: " + partner.organisation().name() + (person.isEmpty() ? "" : " (" + person + ")");

            PDCheckBox box = new PDCheckBox(form);
            box.setPartialName(id);
            box.setAlternateFieldName(label);
            box.getCOSObject().setItem(COSName.V, COSName.Off);
            PDAnnotationWidget widget = box.getWidgets().get(0);
            // the printed border stays visible: the field covers the inside of the box only
            float inset = 1.2f;
            PDRectangle rect = new PDRectangle(pos.getX() + inset, pos.getY() + inset,
                    pos.getWidth() - 2 * inset, pos.getHeight() - 2 * inset);
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(appearance(doc, rect));
            widget.setAppearanceState(COSName.Off.getName());
            page.getAnnotations().add(widget);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            fields.add(box);

            // screen readers meet the field in its table cell; the document end is only a fallback
            PDStructureElement parent = inCells ? cells.get(i) : document;
            PDStructureElement formElement = new PDStructureElement("Form", parent);
            formElement.setPage(page);
            formElement.setAlternateDescription(label);
            PDObjectReference objr = new PDObjectReference();
            objr.setReferencedObject(widget);
            objr.setPage(page);
            formElement.appendKid(objr);
            parent.appendKid(formElement);
            widget.setStructParent(nextKey);
            addToParentTree(root, nextKey, formElement);
            nextKey++;

            box.getCOSObject().setString(ORGANISATION_KEY, partner.organisation().name());
            box.getCOSObject().setString(PERSON_KEY, person);
        }
        root.setParentTreeNextKey(nextKey);
        form.setFields(fields);

        ObjectNode sheet = JSON.createObjectNode();
        sheet.put("version", 1);
        sheet.put("meetingId", meeting.id());
        sheet.put("date", meeting.start().toLocalDate().toString());
        sheet.put("kind", meeting.kind().name());
        sheet.put("groupId", meeting.groupId());
        sheet.put("rows", expected.size());
        try {
            doc.getDocumentInformation().setCustomMetadataValue(INFO_KEY, JSON.writeValueAsString(sheet));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
    }

    private static PDStructureElement documentElement(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                return e;
            }
        }
        throw new IllegalStateException("rendered sheet has no structure tree (PDF/UA tagging off?)");
    }

    /**
     * The table cells holding the printed boxes, in document order: the template has a span inside a
     * cell only for the boxes, and OpenHTMLtoPDF tags it as a Span inside the TD.
     */
    private static void collectBoxCells(PDStructureElement element, List<PDStructureElement> cells) {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if ("TD".equals(element.getStructureType()) && "Span".equals(child.getStructureType())) {
                    cells.add(element);
                    return;
                }
                collectBoxCells(child, cells);
            }
        }
    }

    private static void addToParentTree(PDStructureTreeRoot root, int key, PDStructureElement element) {
        COSDictionary tree = root.getParentTree().getCOSObject();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        if (nums != null) {
            nums.add(COSInteger.get(key));
            nums.add(element);
            return;
        }
        COSArray kids = tree.getCOSArray(COSName.KIDS);
        if (kids == null) {
            kids = new COSArray();
            tree.setItem(COSName.KIDS, kids);
        }
        COSDictionary leaf = new COSDictionary();
        COSArray leafNums = new COSArray();
        leafNums.add(COSInteger.get(key));
        leafNums.add(element);
        leaf.setItem(COSName.NUMS, leafNums);
        COSArray limits = new COSArray();
        limits.add(COSInteger.get(key));
        limits.add(COSInteger.get(key));
        leaf.setItem(COSName.LIMITS, limits);
        kids.add(leaf);
    }

    /** On: a vector check mark; Off: nothing (the printed box shows through). */
    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle rect) throws IOException {
        float w = rect.getWidth();
        float h = rect.getHeight();
        PDAppearanceStream on = new PDAppearanceStream(doc);
        on.setBBox(new PDRectangle(w, h));
        try (PDPageContentStream cs = new PDPageContentStream(doc, on)) {
            cs.setStrokingColor(0f);
            cs.setLineWidth(Math.max(1.2f, w / 9));
            cs.setLineCapStyle(1);
            cs.setLineJoinStyle(1);
            cs.moveTo(w * 0.18f, h * 0.52f);
            cs.lineTo(w * 0.42f, h * 0.22f);
            cs.lineTo(w * 0.84f, h * 0.84f);
            cs.stroke();
        }
        PDAppearanceStream off = new PDAppearanceStream(doc);
        off.setBBox(new PDRectangle(w, h));
        try (PDPageContentStream cs = new PDPageContentStream(doc, off)) {
            // deliberately empty
        }
        COSDictionary states = new COSDictionary();
        states.setItem(COSName.getPDFName(ON), on);
        states.setItem(COSName.Off, off);
        // inline, not indirect: poppler (Evince, Okular, pdftoppm) shows no state from an indirect /N
        states.setDirect(true);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setDirect(true);
        ap.setNormalAppearance(new PDAppearanceEntry(states));
        return ap;
    }
}
