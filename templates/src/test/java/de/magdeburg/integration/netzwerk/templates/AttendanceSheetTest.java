package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AttendanceSheetTest {
    private static final Documents DOCS = Samples.DOCS;

    @Test
    void passesPdfA2uAndPdfUa1() {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(40)).bytes();
        Pdfs.keep("anwesenheit-40.pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void twoHundredPartnersStayPdfA2uAndPdfUa1() {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(200)).bytes();
        Pdfs.keep("anwesenheit-200.pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void printsHeaderEveryPartnerGuestAndNote() {
        List<Partner> partners = Samples.partners(40);
        var out = new ByteArrayOutputStream();
        List<Finding> leftOff = DOCS.attendanceSheet(GuestAdmission.check(RulesProfile.magdeburg2016(),
                Samples.meeting(), Samples.speakers()), partners).writeTo(out).findings();
        String text = Pdfs.text(out.toByteArray());
        assertThat(text).contains("Anwesenheitsliste", "AG Sprache", "Donnerstag, 26. November 2026",
                "16:00–18:00 Uhr", "Rathaus Magdeburg, Raum 1.23", "Datenschutzhinweise nach Art. 13 DSGVO",
                "Verantwortlich", "Datenschutzbeauftragte", "Rechtsgrundlage", "Speicherdauer", "Beschwerde",
                "Vertreten durch (Name)", "Seite 1 von",
                "Netzwerk für Integrations- und Ausländerarbeit");
        String squashed = Pdfs.squash(text);
        for (Partner p : partners) {
            assertThat(squashed).contains(Pdfs.squash(p.organisation().name()));
        }
        assertThat(text).contains(Samples.UNICODE_NAMES);
        assertThat(text).contains("Nguyễn Thị Mai", "Bericht zu", "Nicht aufgeführt, da Anmeldung oder Abstimmung mit "
                + "den Sprecher*innen fehlt (§ 1 Abs. 5): Nicht Freigegeben.");
        assertThat(leftOff).extracting(Finding::severity, Finding::rule, Finding::field, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "GO-1.5", "language-2026-04/Nicht Freigegeben",
                        "Die Teilnahme des Gastes „Nicht Freigegeben“ an „4. Sitzung der AG Sprache“ am 26.11.2026 ist "
                                + "nicht mit den Sprecher*innen abgestimmt (§ 1 Abs. 5)."));
    }

    @Test
    void aGuestApprovedByNoSpeakerIsLeftOffAndReportedAsCheckGuestSaysIt() {
        Meeting meeting = Samples.meeting();
        Guest byNoSpeaker = new Guest("Ohne Sprecher*in", "", "", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5),
                List.of("Jemand Anderes"));
        Meeting withGuest = meeting.withGuests(List.of(meeting.guests().get(0), byNoSpeaker));
        var out = new ByteArrayOutputStream();

        List<Finding> leftOff = DOCS.attendanceSheet(GuestAdmission.check(RulesProfile.magdeburg2016(), withGuest,
                Samples.speakers()), Samples.partners(2)).writeTo(out).findings();

        assertThat(Pdfs.text(out.toByteArray())).contains("Nguyễn Thị Mai", "fehlt (§ 1 Abs. 5): Ohne Sprecher*in.");
        assertThat(leftOff).isEqualTo(RuleChecks.checkGuest(RulesProfile.magdeburg2016(), withGuest, byNoSpeaker,
                Samples.speakers()));
        assertThat(leftOff).extracting(Finding::severity).contains(Severity.ERROR);
    }

    @Test
    void sheetWhoseGuestsWereAllLeftOffNamesThemInsteadOfSayingThereAreNone() {
        var out = new ByteArrayOutputStream();

        List<Finding> leftOff = DOCS.attendanceSheet(GuestAdmission.check(RulesProfile.magdeburg2016(),
                Samples.meeting(), List.of()), Samples.partners(2)).writeTo(out).findings();

        Pdfs.keep("anwesenheit-gaeste-nicht-aufgefuehrt.pdf", out.toByteArray());
        String text = Pdfs.text(out.toByteArray());
        assertThat(text).doesNotContain("keine Gäste angemeldet").contains("Nicht aufgeführt, da Anmeldung oder "
                + "Abstimmung mit den Sprecher*innen fehlt (§ 1 Abs. 5): Nguyễn Thị Mai, Nicht Freigegeben.");
        assertThat(leftOff).extracting(Finding::field).contains("language-2026-04/Nguyễn Thị Mai",
                "language-2026-04/Nicht Freigegeben");
    }

    @Test
    void sheetOfAMeetingWithoutGuestsSaysThereAreNone() {
        String text = Pdfs.text(DOCS.attendanceSheet(Samples.meeting().withGuests(List.of()), Samples.partners(2)).bytes());

        assertThat(text).contains("Für diese Sitzung sind keine Gäste angemeldet.").doesNotContain("Nicht aufgeführt");
    }

    @ParameterizedTest(name = "{0} partners give {1} pages")
    @CsvSource({"1, 2", "40, 4", "200, 11"})
    void paginatesCleanly(int partners, int pages) {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(partners)).bytes();
        assertThat(Pdfs.pages(pdf)).isEqualTo(pages);
        assertThat(Pdfs.text(pdf)).contains("Seite " + pages + " von " + pages);
    }

    @Test
    void namesOfPeopleAndOrganisationsAreNotHyphenatedInTheNarrowCells() {
        // each of these names was hyphenated in the 37 mm and 21 mm columns before
        List<Partner> partners = List.of(
                Samples.partner("Afghanischer Kulturverein Pamir", "Agnieszka", "Kowalczyk", "language"),
                Samples.partner("Mentoring für Geflüchtete gUG", "Gisela", "Hoffmann", "language"),
                Samples.partner("Sprachschule Wortbrücke GmbH", "Jovana", "Petrović", "language"),
                Samples.partner("Rumänischer Verein Dor e. V.", "Lena", "Schneider", "language"));
        String text = Pdfs.text(DOCS.attendanceSheet(Samples.meeting(), partners).bytes());
        for (Partner p : partners) {
            Representative r = p.representatives().get(0);
            assertThat(text).contains(p.organisation().name(), r.firstName() + " " + r.lastName());
        }
        // running text around them is still hyphenated where a line ends
        assertThat(text).contains("Organisa- tion");
    }

    /**
     * Names are never hyphenated (issue 24): a surname of one word that the 21 mm column cannot
     * hold widens the column, or is set smaller, and stays inside its cell; a double name may break
     * only after its own hyphen.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Schwarzenbergerhof", "Wolfeschlegelsteinhausen", "Oyelaranadeyemiokonkwo", "Oyelaran-Adeyemi-Okonkwo"})
    void aOneWordSurnameOfFourteenLettersOrMorePrintsUnhyphenatedInsideTheRepresentativesCell(String surname)
            throws IOException {
        List<Partner> partners = new java.util.ArrayList<>(Samples.partners(2));
        partners.add(Samples.partner("Verein der langen Namen", "Hubert", surname, "language"));
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), partners).bytes();
        String text = Pdfs.text(pdf);
        assertThat(text.replace("- ", "-")).contains("Hubert " + surname);
        for (int i = 1; i < surname.length(); i++) {
            if (surname.charAt(i - 1) != '-' && surname.charAt(i) != '-') {
                assertThat(text).doesNotContain(surname.substring(0, i) + "- ");
            }
        }
        List<org.apache.pdfbox.text.TextPosition> name = new java.util.ArrayList<>();
        List<org.apache.pdfbox.text.TextPosition> present = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (line.startsWith("Anwe")) {
                        present.add(positions.get(0));
                    } else if (line.contains("Hubert") || surname.contains(line.strip())) {
                        name.addAll(positions);
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        float nextCell = present.get(0).getXDirAdj();
        assertThat(name).isNotEmpty().allSatisfy(p ->
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThan(nextCell - 1));
    }

    @Test
    void longUnbrokenNamesWrapInsideTheirCellsWithHyphens() {
        List<Partner> partners = new java.util.ArrayList<>(Samples.partners(2));
        partners.add(Samples.partner("Verein" + "X".repeat(150), "Maximiliana-Konstantina-Friederike",
                "Müller-Lüdenscheidt-Wolkenkuckucksheim", "language"));
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), partners).bytes();
        // broken with a hyphen at every line end of the cell
        assertThat(Pdfs.squashed(pdf)).contains("VereinXXXXXXXXXXXX-XXXXXXXXXXXX-");
        assertThat(Pdfs.squashed(pdf).replace("-", "")).contains("Verein" + "X".repeat(150));
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(AttendanceSheetReader.create().read(Samples.meeting(), Input.of(pdf))).hasSize(3);
    }

    @Test
    void everyPartnerHasOneCheckBoxOnItsPrintedBox() throws IOException {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(200)).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getFields()).hasSize(200);
            assertThat(form.getNeedAppearances()).isFalse();
            for (int i = 0; i < 200; i++) {
                PDField field = form.getField("present_" + i);
                assertThat(field).isInstanceOf(PDCheckBox.class);
                PDAnnotationWidget w = field.getWidgets().get(0);
                assertThat(w.isPrinted()).isTrue();
                assertThat(w.getAppearanceState()).isEqualTo(COSName.Off);
                assertThat(w.getAppearance().getNormalAppearance().getSubDictionary()).containsKeys(COSName.Off,
                        COSName.getPDFName("Yes"));
                // poppler ignores an indirect state dictionary: /AP and /N must be inline
                assertThat(w.getCOSObject().getItem(COSName.AP)).isInstanceOf(COSDictionary.class);
                assertThat(w.getAppearance().getCOSObject().getItem(COSName.N)).isInstanceOf(COSDictionary.class);
                PDPage page = w.getPage();
                assertThat(page).isNotNull();
                assertThat(page.getAnnotations()).anyMatch(a -> a.getCOSObject() == w.getCOSObject());
                PDRectangle r = w.getRectangle();
                assertThat(r.getWidth()).isBetween(10f, 16f);
                assertThat(r.getLowerLeftX()).isBetween(250f, 350f);
                assertThat(r.getLowerLeftY()).isBetween(40f, 800f);
            }
        }
    }

    @Test
    void eachCheckBoxIsTaggedAsFormInsideItsTableCell() throws IOException {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(40)).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> forms = new java.util.ArrayList<>();
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                collectForms(kid, "", forms);
            }
            assertThat(forms).hasSize(40).allMatch(f -> f.startsWith("TD>Anwesend: "));
            assertThat(forms.get(1)).isEqualTo("TD>Anwesend: Українська громада Magdeburg (Олена Шевченко)");
        }
    }

    private static void collectForms(Object node, String parentType, List<String> out) {
        if (node instanceof PDStructureElement e) {
            if ("Form".equals(e.getStructureType())) {
                out.add(parentType + ">" + e.getAlternateDescription());
            }
            for (Object kid : e.getKids()) {
                collectForms(kid, e.getStructureType(), out);
            }
        }
    }

    @Test
    void readsTickedBoxesBackWhateverTheOnStateIsCalled() throws IOException {
        Meeting meeting = Samples.meeting();
        List<Partner> partners = Samples.partners(6);
        byte[] pdf = DOCS.attendanceSheet(meeting, partners).bytes();
        byte[] ticked;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            tick(form, "present_0", "Yes", true);
            tick(form, "present_2", "On", true);
            tick(form, "present_3", "1", true);
            tick(form, "present_5", "Yes", false); // appearance state only, no value
            var out = new ByteArrayOutputStream();
            doc.save(out);
            ticked = out.toByteArray();
        }
        List<AttendanceRecord> records = AttendanceSheetReader.create().read(meeting, Input.of(ticked));
        assertThat(records).extracting(AttendanceRecord::present)
                .containsExactly(true, false, true, true, false, true);
        assertThat(records).extracting(AttendanceRecord::organisation)
                .containsExactlyElementsOf(partners.stream().map(p -> p.organisation().name()).toList());
        assertThat(records.get(0).person()).isEqualTo("Şükrü Yılmaz");
        assertThat(records.get(1).person()).isEqualTo("Олена Шевченко");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.meetingId()).isEqualTo("language-2026-04");
            assertThat(r.date()).isEqualTo(meeting.start().toLocalDate());
            assertThat(r.kind()).isEqualTo(MeetingKind.WORKING_GROUP);
            assertThat(r.groupId()).isEqualTo("language");
        });
    }

    @Test
    void aSheetReadWithoutItsMeetingGivesTheMeetingPrintedOnIt() {
        Meeting meeting = Samples.meeting();
        byte[] pdf = DOCS.attendanceSheet(meeting, Samples.partners(2)).bytes();
        assertThat(AttendanceSheetReader.create().read(Input.of(pdf))).hasSize(2).allSatisfy(r -> {
            assertThat(r.meetingId()).isEqualTo(meeting.id());
            assertThat(r.date()).isEqualTo(meeting.start().toLocalDate());
            assertThat(r.kind()).isEqualTo(meeting.kind());
            assertThat(r.groupId()).isEqualTo(meeting.groupId());
        });
    }

    @Test
    void anUntouchedSheetReadsAllAbsent() {
        Meeting meeting = Samples.meeting();
        byte[] pdf = DOCS.attendanceSheet(meeting, Samples.partners(3)).bytes();
        assertThat(AttendanceSheetReader.create().read(meeting, Input.of(pdf))).hasSize(3).noneMatch(AttendanceRecord::present);
    }

    private static void tick(PDAcroForm form, String name, String state, boolean setValue) {
        PDField field = form.getField(name);
        COSName on = COSName.getPDFName(state);
        if (setValue) {
            field.getCOSObject().setItem(COSName.V, on);
        } else {
            field.getCOSObject().removeItem(COSName.V);
        }
        field.getWidgets().get(0).getCOSObject().setItem(COSName.AS, on);
    }

    @Test
    void refusesSomethingThatIsNotAPdf() {
        assertThatThrownBy(() -> AttendanceSheetReader.create().read(Samples.meeting(), Input.of("hello".getBytes())))
                .isInstanceOfSatisfying(FormReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PDF));
    }

    @Test
    void refusesAnotherPdf() {
        byte[] minutes = DOCS.minutes(Samples.minutes(ReviewState.DRAFT)).bytes();
        assertThatThrownBy(() -> AttendanceSheetReader.create().read(Samples.meeting(), Input.of(minutes)))
                .isInstanceOf(FormReadException.class)
                .hasMessage("Die PDF-Datei ist nicht das erwartete Formular des Netzwerks (keine Anwesenheitsliste des"
                        + " Netzwerks, NetzwerkAnwesenheitsliste fehlt). / The PDF file is not the network's form that"
                        + " was expected (not an attendance sheet of the network, no NetzwerkAnwesenheitsliste)."
                        + " [FOREIGN_FORM]");
    }

    @Test
    void refusesTheSheetOfAnotherMeeting() {
        byte[] pdf = DOCS.attendanceSheet(Samples.meeting(), Samples.partners(2)).bytes();
        Meeting other = new Meeting("language-2027-01", MeetingKind.WORKING_GROUP, "language", "1. Sitzung",
                LocalDateTime.of(2027, 2, 18, 16, 0), null, "", List.of(), List.of());
        assertThatThrownBy(() -> AttendanceSheetReader.create().read(other, Input.of(pdf)))
                .isInstanceOf(NetzwerkException.class)
                .hasMessage("Die Anwesenheitsliste gehört zur Sitzung 'language-2026-04', nicht zu"
                        + " 'language-2027-01' / the sheet belongs to meeting 'language-2026-04', not 'language-2027-01'");
    }

    @Test
    void refusesAFlattenedSheet() throws IOException {
        Meeting meeting = Samples.meeting();
        byte[] pdf = DOCS.attendanceSheet(meeting, Samples.partners(2)).bytes();
        byte[] flat;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
            var out = new ByteArrayOutputStream();
            doc.save(out);
            flat = out.toByteArray();
        }
        assertThatThrownBy(() -> AttendanceSheetReader.create().read(meeting, Input.of(flat)))
                .isInstanceOfSatisfying(FormReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_FORM));
    }
}
