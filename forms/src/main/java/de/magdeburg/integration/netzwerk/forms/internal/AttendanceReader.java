package de.magdeburg.integration.netzwerk.forms.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Reads a ticked attendance sheet through {@link UntrustedPdf}; see {@link AttendanceSheetReader}. */
public final class AttendanceReader {
    private static final COSName ORGANISATION_KEY = COSName.getPDFName(AttendanceSheetReader.ORGANISATION_KEY);
    private static final COSName PERSON_KEY = COSName.getPDFName(AttendanceSheetReader.PERSON_KEY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AttendanceReader() {
    }

    /**
     * @param meeting the meeting the sheet must belong to; null to take it from the sheet
     * @param pdf the sheet as returned; not null
     * @param limits the bounds; not null
     * @return one record per printed row, in print order
     * @throws FormReadException if the file cannot be read as an attendance sheet
     * @throws NetzwerkException if it belongs to another meeting
     */
    public static List<AttendanceRecord> read(Meeting meeting, byte[] pdf, ReadLimits limits) {
        return UntrustedPdf.read(pdf, limits, (doc, deadline) -> read(meeting, doc, limits, deadline));
    }

    private static List<AttendanceRecord> read(Meeting meeting, PDDocument doc, ReadLimits limits,
            UntrustedPdf.Deadline deadline) {
        int pages = doc.getNumberOfPages();
        if (pages > limits.maxPages()) {
            throw new FormReadException(Reason.TOO_MANY_PAGES, pages + " Seiten, höchstens " + limits.maxPages(),
                    pages + " pages, at most " + limits.maxPages(), null);
        }
        String description = doc.getDocumentInformation().getCustomMetadataValue(AttendanceSheetReader.INFO_KEY);
        if (description == null) {
            throw foreign("keine Anwesenheitsliste des Netzwerks, " + AttendanceSheetReader.INFO_KEY + " fehlt",
                    "not an attendance sheet of the network, no " + AttendanceSheetReader.INFO_KEY);
        }
        JsonNode sheet = parse(description);
        String sheetMeeting = sheet.path("meetingId").asText("");
        SheetMeeting target = meeting != null
                ? new SheetMeeting(meeting.id(), meeting.start().toLocalDate(), meeting.kind(), meeting.groupId())
                : SheetMeeting.of(sheet);
        if (meeting != null && !sheetMeeting.equals(meeting.id())) {
            throw new NetzwerkException("Die Anwesenheitsliste gehört zur Sitzung '" + sheetMeeting
                    + "', nicht zu '" + meeting.id() + "' / the sheet belongs to meeting '" + sheetMeeting
                    + "', not '" + meeting.id() + "'");
        }
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            throw new FormReadException(Reason.NO_FORM, "", "", null);
        }
        // we write one field per row; counted before PDFBox parses a single field object
        COSArray fieldArray = form.getCOSObject().getCOSArray(COSName.FIELDS);
        if (fieldArray != null && fieldArray.size() > AttendanceSheetReader.MAX_ROWS) {
            throw new FormReadException(Reason.TOO_COMPLEX, fieldArray.size() + " Formularfelder, höchstens "
                    + AttendanceSheetReader.MAX_ROWS, fieldArray.size() + " form fields, at most "
                    + AttendanceSheetReader.MAX_ROWS, null);
        }
        // one walk of the field tree instead of one per row: 10 000 rows × 10 000 fields
        // would otherwise be quadratic (found by AttendanceHostileInputTest)
        int rows = sheet.path("rows").asInt();
        FieldTree tree = FieldTree.of(form, deadline, 2 * AttendanceSheetReader.MAX_ROWS, max ->
                new FormReadException(Reason.TOO_COMPLEX, "mehr als " + max + " Formularfelder", "more than " + max
                        + " form fields", null));
        Set<String> rowNames = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            rowNames.add(AttendanceSheetReader.FIELD_PREFIX + i);
        }
        // a row's box lies on one page; which one depends on the names' lengths, so any one
        tree.checkWidgets(doc, rowNames, name -> -1);
        List<AttendanceRecord> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if ((i & 0xFF) == 0) {
                deadline.check();
            }
            String name = AttendanceSheetReader.FIELD_PREFIX + i;
            PDField field = tree.fields().get(name);
            if (!(field instanceof PDCheckBox box)) {
                throw damaged("Feld '" + name + "' fehlt", "field '" + name + "' is missing", null);
            }
            String organisation = box.getCOSObject().getString(ORGANISATION_KEY);
            if (organisation == null || organisation.isBlank()) {
                throw damaged("Feld '" + name + "' nennt keine Organisation", "field '" + name
                        + "' names no organisation", null);
            }
            String person = box.getCOSObject().getString(PERSON_KEY);
            try {
                records.add(new AttendanceRecord(target.id(), target.date(), target.kind(), target.groupId(),
                        organisation, person == null ? "" : person, ticked(name, box)));
            } catch (InvalidDataException e) {
                throw damaged("Feld '" + name + "' enthält unzulässige Angaben", "field '" + name
                        + "' holds impossible values", e);
            }
        }
        return records;
    }

    /** The meeting as the sheet describes it. */
    private record SheetMeeting(String id, LocalDate date, MeetingKind kind, String groupId) {
        static SheetMeeting of(JsonNode sheet) {
            try {
                return new SheetMeeting(sheet.path("meetingId").asText(""),
                        LocalDate.parse(sheet.path("date").asText("")),
                        MeetingKind.valueOf(sheet.path("kind").asText("")), sheet.path("groupId").asText(""));
            } catch (RuntimeException e) {
                throw new FormReadException(Reason.FOREIGN_FORM, "die Anwesenheitsliste nennt ihre Sitzung nicht"
                        + " vollständig (ältere Liste?); bitte die Sitzung angeben", "the sheet does not fully"
                        + " describe its meeting; name the meeting", e);
            }
        }
    }

    private static JsonNode parse(String description) {
        try {
            JsonNode node = JSON.readTree(description);
            if (node == null || !node.path("rows").canConvertToInt() || node.path("rows").asInt() < 0
                    || node.path("rows").asInt() > AttendanceSheetReader.MAX_ROWS) {
                throw damaged("die Beschreibung der Anwesenheitsliste ist unvollständig",
                        "the sheet description has no rows", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw damaged("die Beschreibung der Anwesenheitsliste ist beschädigt", "the sheet description is damaged",
                    e);
        }
    }

    private static FormReadException foreign(String de, String en) {
        return new FormReadException(Reason.FOREIGN_FORM, de, en, null);
    }

    private static FormReadException damaged(String de, String en, Throwable cause) {
        return new FormReadException(Reason.DAMAGED, de, en, cause);
    }

    /** Read as {@link ButtonValue} reads the declaration's boxes; a contradiction names the row's field. */
    private static boolean ticked(String name, PDCheckBox box) {
        ButtonValue button = ButtonValue.read(name, box);
        if (button.finding().isPresent()) {
            Finding f = button.finding().get();
            throw damaged(f.message(), f.messageEn(), null);
        }
        return button.isOn();
    }
}
