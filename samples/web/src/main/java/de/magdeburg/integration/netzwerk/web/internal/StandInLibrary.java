package de.magdeburg.integration.netzwerk.web.internal;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.web.LibraryAdapter.Reading;
import de.magdeburg.integration.netzwerk.web.LibraryAdapter.UnreadableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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

/**
 * Stand-in for {@code netzwerk-facade} while it is being finished: the declaration form with the
 * contract's field names and plain text documents, built with PDFBox. Removed when the web
 * application is wired to the facade; nothing outside {@code LibraryAdapter} uses it.
 */
public final class StandInLibrary {
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMAN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL = Pattern.compile("\\d{5}");
    private static final String[][] TEXTS = {
        {"organisation_name", "Name der Organisation"},
        {"organisation_street", "Straße und Hausnummer"},
        {"organisation_postal_code", "Postleitzahl"},
        {"organisation_city", "Ort"},
        {"last_name", "Name"},
        {"first_name", "Vorname"},
        {"function", "Funktion"},
        {"phone", "Telefon"},
        {"email", "E-Mail"},
        {"place", "Ort der Unterschrift"},
        {"date", "Datum (TT.MM.JJJJ)"},
        {"signatory_name", "Name der unterzeichnenden Person"},
    };

    private final RulesProfile profile;
    private final Clock clock;

    /** @param profile the rules @param clock the clock for document dates */
    public StandInLibrary(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /** @return the rules */
    public RulesProfile profile() {
        return profile;
    }

    /** @return the blank form */
    public byte[] blankDeclaration() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = font(doc);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            doc.getDocumentCatalog().setLanguage("de-DE");
            doc.getDocumentInformation().setTitle(profile.declaration().title());
            PDResources dr = new PDResources();
            COSName fontName = dr.add(font);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/" + fontName.getName() + " 10 Tf 0 g");
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, font, 11, 50, 800, profile.declaration().title());
                text(c, font, 9, 50, 784, profile.network().name());
                float y = 752;
                String[] requests = {profile.declaration().requestEntry(), profile.declaration().requestDeletion(),
                    profile.declaration().requestChange()};
                float x = 70;
                for (String r : requests) {
                    text(c, font, 10, x, y + 3, r);
                    x += 150;
                }
                y -= 30;
                for (String[] t : TEXTS) {
                    text(c, font, 9, 50, y + 5, t[1]);
                    y -= 30;
                }
                text(c, font, 9, 70, y + 3, "Eintrag im Integrationsportal");
                y -= 22;
                for (WorkingGroup g : profile.workingGroups()) {
                    text(c, font, 9, 70, y + 3, "AG " + g.name());
                    y -= 22;
                }
                text(c, font, 9, 70, y + 3, "arbeitsgruppenübergreifende Treffen");
            }
            float y = 752;
            PDRadioButton request = new PDRadioButton(form);
            request.setPartialName("request");
            request.setAlternateFieldName("Art der Erklärung");
            List<PDAnnotationWidget> radios = new ArrayList<>();
            float x = 50;
            for (String export : List.of("entry", "deletion", "change")) {
                radios.add(buttonWidget(doc, page, new PDRectangle(x, y, 14, 14), export));
                x += 150;
            }
            request.setWidgets(radios);
            form.getFields().add(request);
            y -= 30;
            for (String[] t : TEXTS) {
                PDTextField field = new PDTextField(form);
                field.setPartialName(t[0]);
                field.setAlternateFieldName(t[1]);
                field.setMaxLen(200);
                PDAnnotationWidget w = field.getWidgets().get(0);
                w.setRectangle(new PDRectangle(200, y, 345, 18));
                w.setPage(page);
                w.setPrinted(true);
                page.getAnnotations().add(w);
                form.getFields().add(field);
                y -= 30;
            }
            List<String[]> boxes = new ArrayList<>();
            boxes.add(new String[] {"list_on_portal", "Eintrag im Integrationsportal"});
            for (WorkingGroup g : profile.workingGroups()) {
                boxes.add(new String[] {g.fieldName(), "AG " + g.name()});
            }
            boxes.add(new String[] {"cross_group_meetings", "arbeitsgruppenübergreifende Treffen"});
            for (String[] b : boxes) {
                PDCheckBox box = new PDCheckBox(form);
                box.setPartialName(b[0]);
                box.setAlternateFieldName(b[1]);
                box.setWidgets(List.of(buttonWidget(doc, page, new PDRectangle(50, y, 14, 14), "Yes")));
                form.getFields().add(box);
                y -= 22;
            }
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTextField t) {
                    t.setValue("");
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the declaration read from the bytes, with stand-in findings */
    public Reading readDeclaration(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableException("NOT_A_PDF", "Die Datei ist kein PDF-Dokument.");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null || form.getFields().isEmpty()) {
                throw new UnreadableException("NO_FORM", "Die PDF-Datei enthält keine ausfüllbaren Formularfelder "
                        + "(vielleicht gedruckt und eingescannt).");
            }
            if (form.getField("request") == null || form.getField("organisation_name") == null) {
                throw new UnreadableException("FOREIGN_FORM", "Die PDF-Datei ist nicht unser Erklärungsformular.");
            }
            Map<String, String> t = new HashMap<>();
            for (String[] f : TEXTS) {
                PDField field = form.getField(f[0]);
                t.put(f[0], field == null ? "" : field.getValueAsString().strip());
            }
            List<Finding> findings = new ArrayList<>();
            String radio = form.getField("request").getValueAsString();
            RequestType request = switch (radio.strip().toLowerCase(Locale.ROOT)) {
                case "entry" -> RequestType.ENTRY;
                case "deletion" -> RequestType.DELETION;
                case "change" -> RequestType.CHANGE;
                default -> {
                    findings.add(error("GO-1.2", "request", "Bitte wählen Sie Eintrag, Löschung oder Änderung."));
                    yield RequestType.ENTRY;
                }
            };
            List<String> groups = new ArrayList<>();
            for (WorkingGroup g : profile.workingGroups()) {
                if (checked(form, g.fieldName())) {
                    groups.add(g.id());
                }
            }
            LocalDate date = null;
            if (!t.get("date").isEmpty()) {
                try {
                    date = LocalDate.parse(t.get("date"), DE);
                } catch (DateTimeParseException e) {
                    findings.add(error("GO-1.2", "date", "Das Datum „" + t.get("date")
                            + "“ ist nicht im Format TT.MM.JJJJ."));
                }
            }
            Declaration d = Declaration.of(request, new Organisation(t.get("organisation_name"),
                            t.get("organisation_street"), t.get("organisation_postal_code"), t.get("organisation_city")))
                    .withRepresentative(new Representative(t.get("last_name"), t.get("first_name"), t.get("function"),
                            t.get("phone"), t.get("email")))
                    .withListOnPortal(checked(form, "list_on_portal"))
                    .withWorkingGroups(groups, checked(form, "cross_group_meetings"))
                    .withSigning(t.get("place"), date, t.get("signatory_name"));
            findings.addAll(check(d));
            return new Reading(d, findings);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("ENCRYPTED", "Die PDF-Datei ist mit einem Kennwort geschützt.");
        } catch (IOException e) {
            throw new UnreadableException("DAMAGED", "Die PDF-Datei ist beschädigt und kann nicht gelesen werden.");
        }
    }

    private List<Finding> check(Declaration d) {
        List<Finding> f = new ArrayList<>();
        if (d.organisation().name().isEmpty()) {
            f.add(error("GO-1.2", "organisation_name", "Bitte geben Sie den Namen der Organisation an."));
        }
        if (d.signatoryName().isEmpty()) {
            f.add(error("GO-1.2", "signatory_name", "Bitte geben Sie den Namen der unterzeichnenden Person an."));
        }
        if (d.request() == RequestType.DELETION) {
            return f;
        }
        if (d.representative().lastName().isEmpty()) {
            f.add(error("GO-1.2", "last_name", "Bitte geben Sie den Namen der Vertreterin oder des Vertreters an."));
        }
        if (!d.representative().email().isEmpty() && !EMAIL.matcher(d.representative().email()).matches()) {
            f.add(error("GO-1.2", "email", "Die E-Mail-Adresse „" + d.representative().email() + "“ ist ungültig."));
        }
        if (!d.organisation().postalCode().isEmpty() && !POSTAL.matcher(d.organisation().postalCode()).matches()) {
            f.add(error("GO-1.2", "organisation_postal_code", "Die Postleitzahl „" + d.organisation().postalCode()
                    + "“ hat nicht fünf Ziffern."));
        }
        if (d.workingGroups().isEmpty() && !d.crossGroupMeetings()) {
            f.add(error("GO-4.1", "workingGroups", "Bitte kreuzen Sie mindestens eine Arbeitsgruppe oder die "
                    + "arbeitsgruppenübergreifenden Treffen an."));
        }
        if (d.representative().email().isEmpty() && d.representative().phone().isEmpty()) {
            f.add(new Finding(Severity.WARNING, "GO-1.4", "email", "Ohne E-Mail-Adresse oder Telefonnummer "
                    + "kann die Koordination Sie nicht in den Verteiler aufnehmen.", "No e-mail or phone."));
        }
        return f;
    }

    private static Finding error(String rule, String field, String message) {
        return new Finding(Severity.ERROR, rule, field, message, message);
    }

    private static boolean checked(PDAcroForm form, String name) {
        PDField f = form.getField(name);
        if (f == null) {
            return false;
        }
        String v = f.getValueAsString();
        return !v.isEmpty() && !"Off".equals(v);
    }

    /** @return the updated register */
    public RegisterUpdate apply(Register register, Declaration declaration, LocalDate on) {
        List<Finding> content = check(declaration);
        if (content.stream().anyMatch(Finding::isError)) {
            return new RegisterUpdate(register, content);
        }
        return register.apply(declaration, on);
    }

    /** @return GO-1.4 candidates */
    public List<Partner> inactivePartners(Register register, List<AttendanceRecord> attendance, LocalDate asOf) {
        return register.inactiveCandidates(profile, attendance, asOf);
    }

    private List<Partner> expected(Meeting meeting, Register register) {
        return register.activePartners().stream()
                .filter(p -> meeting.groupId().isEmpty() || p.isMemberOf(meeting.groupId())
                        || meeting.kind() != MeetingKind.WORKING_GROUP)
                .toList();
    }

    /** @return a sheet with one checkbox per expected partner */
    public byte[] attendanceSheet(Meeting meeting, Register register) {
        List<Partner> partners = expected(meeting, register);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = font(doc);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            doc.getDocumentInformation().setTitle("Anwesenheitsliste " + meeting.title());
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, font, 14, 50, 800, "Anwesenheitsliste");
                text(c, font, 10, 50, 782, meeting.title() + " – " + meeting.start().toLocalDate().format(DE));
                float y = 750;
                for (Partner p : partners) {
                    String person = p.representatives().isEmpty() ? "" : p.representatives().get(0).displayName();
                    text(c, font, 10, 75, y + 3, p.organisation().name() + (person.isEmpty() ? "" : " – " + person));
                    y -= 22;
                }
            }
            float y = 750;
            int i = 0;
            for (Partner p : partners) {
                PDCheckBox box = new PDCheckBox(form);
                box.setPartialName("present_" + i++);
                box.setAlternateFieldName(p.organisation().name());
                box.setWidgets(List.of(buttonWidget(doc, page, new PDRectangle(50, y, 14, 14), "Yes")));
                form.getFields().add(box);
                y -= 22;
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the records of a ticked sheet */
    public List<AttendanceRecord> readAttendance(Meeting meeting, byte[] sheet) {
        if (sheet.length < 5 || !new String(sheet, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableException("NOT_A_PDF", "Die Datei ist kein PDF-Dokument.");
        }
        try (PDDocument doc = Loader.loadPDF(sheet)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                throw new UnreadableException("NO_FORM", "Die Anwesenheitsliste enthält keine Ankreuzfelder.");
            }
            List<AttendanceRecord> records = new ArrayList<>();
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDCheckBox box && f.getPartialName().startsWith("present_")) {
                    records.add(new AttendanceRecord(meeting.id(), meeting.start().toLocalDate(), meeting.kind(),
                            meeting.groupId(), box.getAlternateFieldName(), "", box.isChecked()));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UnreadableException("DAMAGED", "Die PDF-Datei ist beschädigt und kann nicht gelesen werden.");
        }
    }

    /** @return a plain invitation */
    public byte[] invitation(Meeting meeting, Register register) {
        List<String> lines = new ArrayList<>();
        lines.add("Einladung");
        lines.add(meeting.title());
        lines.add(meeting.start().toLocalDate().format(DE) + ", " + meeting.start().toLocalTime() + " Uhr, "
                + meeting.place());
        lines.add("");
        lines.add("Tagesordnung:");
        meeting.agenda().forEach(a -> lines.add("• " + a.title()));
        lines.add("");
        lines.add("Verteiler:");
        expected(meeting, register).forEach(p -> lines.add(p.organisation().name()));
        return textPdf("Einladung " + meeting.title(), lines);
    }

    /** @return a minimal RFC 5545 calendar */
    public String invitationCalendar(Meeting meeting) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
        String end = meeting.end() == null ? meeting.start().plusHours(2).format(f)
                : meeting.start().toLocalDate().atTime(meeting.end()).format(f);
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Magdeburg//Netzwerk//DE\r\nBEGIN:VEVENT\r\n"
                + "UID:" + meeting.id() + "@netzwerk.magdeburg.de\r\n"
                + "DTSTAMP:" + java.time.LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(f) + "Z\r\n"
                + "DTSTART;TZID=Europe/Berlin:" + meeting.start().format(f) + "\r\n"
                + "DTEND;TZID=Europe/Berlin:" + end + "\r\n"
                + "SUMMARY:" + meeting.title().replace(",", "\\,") + "\r\n"
                + "LOCATION:" + meeting.place().replace(",", "\\,") + "\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** @return a plain minutes document */
    public byte[] minutes(Minutes minutes) {
        List<String> lines = new ArrayList<>();
        lines.add("Protokoll – " + minutes.meeting().title());
        lines.add("Stand: " + minutes.state());
        lines.add("Anwesend: " + String.join(", ", minutes.present()));
        for (MinutesItem item : minutes.items()) {
            lines.add("");
            lines.add(item.title());
            lines.add(item.discussion());
            item.decisions().forEach(d -> lines.add("Beschluss: " + d));
        }
        return textPdf("Protokoll " + minutes.meeting().title(), lines);
    }

    /** @return a plain work plan */
    public byte[] workPlan(WorkPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Jahresarbeitsplan " + plan.year() + (plan.isNetworkWide() ? " – Netzwerk"
                : " – AG " + profile.requireWorkingGroup(plan.groupId()).name()));
        plan.meetings().forEach(m -> lines.add(m.start().toLocalDate().format(DE) + "  " + m.title()));
        plan.events().forEach(e -> lines.add(e.date().format(DE) + "  " + e.title()));
        lines.add("");
        checkWorkPlan(plan).forEach(f -> lines.add(f.rule() + ": " + f.message()));
        return textPdf("Jahresarbeitsplan " + plan.year(), lines);
    }

    /** @return GO-5.2a findings only (the stand-in knows no more) */
    public List<Finding> checkWorkPlan(WorkPlan plan) {
        int max = profile.limits().maxMeetingsPerGroupPerYear();
        if (!plan.isNetworkWide() && plan.meetings().size() > max) {
            return List.of(error("GO-5.2a", "meetings", "Die AG plant " + plan.meetings().size()
                    + " Sitzungen, höchstens " + max + " im Jahr sind vorgesehen."));
        }
        return List.of();
    }

    /** @return the mailing list as CSV */
    public String mailingListCsv(Register register, String groupId) {
        StringBuilder csv = new StringBuilder("Organisation,Name,E-Mail\r\n");
        for (Partner p : groupId == null ? register.mailingList() : register.mailingList(groupId)) {
            for (Representative r : p.representatives()) {
                csv.append(csv(p.organisation().name())).append(',').append(csv(r.displayName())).append(',')
                        .append(csv(r.email())).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String csv(String s) {
        return s.matches(".*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private byte[] textPdf(String title, List<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = font(doc);
            doc.getDocumentInformation().setTitle(title);
            PDPage page = null;
            PDPageContentStream c = null;
            float y = 0;
            try {
                for (String line : lines) {
                    if (c == null || y < 60) {
                        if (c != null) {
                            c.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        c = new PDPageContentStream(doc, page);
                        y = 790;
                    }
                    text(c, font, 11, 50, y, line.length() > 95 ? line.substring(0, 95) + "…" : line);
                    y -= 16;
                }
            } finally {
                if (c != null) {
                    c.close();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = StandInLibrary.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(doc, in, false);
        }
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static PDAnnotationWidget buttonWidget(PDDocument doc, PDPage page, PDRectangle rect, String on)
            throws IOException {
        PDAnnotationWidget w = new PDAnnotationWidget();
        w.setRectangle(rect);
        w.setPage(page);
        w.setPrinted(true);
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName(on), box(doc, rect, true));
        normal.setItem(COSName.Off, box(doc, rect, false));
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
                c.moveTo(3, 3);
                c.lineTo(rect.getWidth() - 3, rect.getHeight() - 3);
                c.moveTo(3, rect.getHeight() - 3);
                c.lineTo(rect.getWidth() - 3, 3);
                c.stroke();
            }
        }
        return s;
    }
}
