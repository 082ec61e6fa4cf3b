package de.magdeburg.integration.netzwerk.forms;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FUNCTION;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_POSTAL_CODE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationFormReadTest {
    private static final DeclarationForm FORM = Samples.FORM;

    private static Declaration roundTrip(Declaration d) {
        return FORM.read(Input.of(FORM.prefilled(d).bytes())).declaration();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Şükrü Yılmaz", "Олена Шевченко", "Nguyễn Văn An", "Łukasz Żółć", "محمد",
        "O'Brien-Müller", "Zoë İğdır", "李小龙"})
    void unicodeNamesReadBackUnchanged(String name) {
        Declaration d = Samples.complete()
                .withRepresentative(new Representative(name, name, name, "0391 540-3222", "a@example.org"))
                .withSigning(name, LocalDate.of(2026, 11, 26), name);
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void everyRequestTypeReadsBack(RequestType request) {
        Declaration d = Samples.complete().withRequest(request);
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    static Stream<Arguments> workingGroupCombinations() {
        List<String> ids = List.of("work_and_training", "interculture_and_social", "language");
        List<Arguments> out = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(ids.get(i));
                }
            }
            out.add(Arguments.of(chosen, (mask & 8) != 0));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("workingGroupCombinations")
    void everyWorkingGroupCombinationReadsBack(List<String> groups, boolean crossGroup) {
        Declaration d = Samples.complete().withWorkingGroups(groups, crossGroup).withListOnPortal(crossGroup);
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    @Test
    void emptyOptionalFieldsReadBackEmpty() {
        Declaration d = Declaration.of(RequestType.DELETION, new Organisation("Verein X", "", "", ""))
                .withSigning("", null, "Anna Muster");
        DeclarationReading reading = FORM.read(Input.of(FORM.prefilled(d).bytes()));
        assertThat(reading.declaration()).isEqualTo(d);
        assertThat(reading.findings()).extracting(Finding::rule, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GO-1.2", "place"),
                        org.assertj.core.groups.Tuple.tuple("GO-1.2", "date"));
        assertThat(reading.hasErrors()).isFalse();
    }

    @Test
    void maximumLengthValuesReadBack() {
        Declaration d = new Declaration(RequestType.CHANGE, new Organisation(max(ORGANISATION_NAME),
                        max(ORGANISATION_STREET), max(ORGANISATION_POSTAL_CODE), max(ORGANISATION_CITY)), true,
                new Representative(max(LAST_NAME), max(FIRST_NAME), max(FUNCTION), max(PHONE), max(EMAIL)),
                List.of("language"), false, max(PLACE), LocalDate.of(2026, 1, 31), max(SIGNATORY_NAME),
                SignatureStatus.NONE);
        assertThat(d.organisation().name()).hasSize(200);
        assertThat(roundTrip(d)).isEqualTo(d);
    }

    /** A value exactly as long as the field takes, half of it non-ASCII. */
    private static String max(DeclarationField field) {
        int half = field.maxLength() / 2;
        return "Ä".repeat(half) + "x".repeat(field.maxLength() - half);
    }

    @Test
    void completeDeclarationReadsWithoutFindings() {
        DeclarationReading reading = FORM.read(Input.of(FORM.prefilled(Samples.complete()).bytes()));
        assertThat(reading.declaration()).isEqualTo(Samples.complete());
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void blankFormReadsAsIncompleteEntryWithFindings() {
        DeclarationReading reading = FORM.read(Input.of(FORM.blank().bytes()));
        assertThat(reading.findings()).extracting(Finding::field)
                .startsWith("request", "organisation_name");
        assertThat(reading.findings().get(0).message())
                .isEqualTo("Die Art der Erklärung (Eintrag, Löschung oder Änderung) ist nicht angekreuzt.");
        assertThat(reading.findings().get(0).messageEn())
                .isEqualTo("The kind of declaration (entry, deletion or change) is not ticked.");
        assertThat(reading.hasErrors()).isTrue();
    }

    @Test
    void pathStreamAndBytesReadTheSame(@TempDir Path dir) throws Exception {
        byte[] pdf = FORM.prefilled(Samples.complete()).bytes();
        Path file = dir.resolve("returned.pdf");
        Files.write(file, pdf);
        assertThat(FORM.read(Input.of(file))).isEqualTo(FORM.read(Input.of(pdf)));
        assertThat(FORM.read(Input.of(new ByteArrayInputStream(pdf)))).isEqualTo(FORM.read(Input.of(pdf)));
    }

    // ------------------------------------------------------------------ tolerance

    @ParameterizedTest
    @ValueSource(strings = {"On", "Ja", "1", "Yes"})
    void checkboxOnStatesOtherThanYesCount(String state) throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            COSDictionary box = Pdfs.field(doc, "wg_language");
            box.setName(COSName.V, state);
            box.setName(COSName.AS, state);
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().workingGroups()).containsExactly("language");
    }

    @Test
    void checkboxValueAsTextCounts() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            Pdfs.field(doc, "list_on_portal").setString(COSName.V, "Yes");
            Pdfs.field(doc, "list_on_portal").setName(COSName.AS, "Yes");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().listOnPortal()).isTrue();
    }

    @Test
    void checkboxStateOnlyInAppearanceStateCounts() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            COSDictionary box = Pdfs.field(doc, "cross_group_meetings");
            box.removeItem(COSName.V);
            box.setName(COSName.AS, "Yes");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().crossGroupMeetings()).isTrue();
    }

    @Test
    void radioValueOnlyOnTheKidsCounts() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            COSDictionary radio = Pdfs.field(doc, "request");
            radio.removeItem(COSName.V);
            COSArray kids = radio.getCOSArray(COSName.KIDS);
            ((COSDictionary) kids.getObject(2)).setName(COSName.AS, "change");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().request()).isEqualTo(RequestType.CHANGE);
    }

    @Test
    void radioValueAsKidVCounts() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            COSDictionary radio = Pdfs.field(doc, "request");
            radio.removeItem(COSName.V);
            ((COSDictionary) radio.getCOSArray(COSName.KIDS).getObject(1)).setName(COSName.V, "deletion");
            ((COSDictionary) radio.getCOSArray(COSName.KIDS).getObject(1)).setName(COSName.AS, "deletion");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration().request()).isEqualTo(RequestType.DELETION);
    }

    @Test
    void unknownRadioValueIsAFinding() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> Pdfs.field(doc, "request").setName(COSName.V, "maybe"));
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("request");
            assertThat(f.message()).isEqualTo("Der Wert „maybe“ des Feldes „request“ ist keine seiner Möglichkeiten"
                    + " (entry, deletion, change, Off), angekreuzt angezeigt wird nichts; bitte neu ankreuzen.");
        });
    }

    @Test
    void trailingSpacesAndLineBreaksAreRemoved() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            Pdfs.field(doc, "organisation_name").setString(COSName.V, "  Beispielverein e. V. \r\n");
            Pdfs.field(doc, "email").setString(COSName.V, "sy@example.org\n");
            Pdfs.field(doc, "organisation_city").setString(COSName.V, "Magdeburg\r");
        });
        assertThat(FORM.read(Input.of(pdf)).declaration()).isEqualTo(Samples.complete());
    }

    @Test
    void theNewestRevisionOfIncrementalUpdatesIsRead() throws Exception {
        byte[] first = FORM.prefilled(Samples.complete()).bytes();
        byte[] updated = Pdfs.appendUpdate(first, doc -> {
            COSDictionary field = Pdfs.field(doc, "organisation_name");
            field.setString(COSName.V, "Neuer Name e. V.");
            field.setNeedToBeUpdated(true);
        });
        assertThat(updated.length).isGreaterThan(first.length);
        assertThat(new String(updated, 0, first.length, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(FORM.read(Input.of(updated)).declaration().organisation().name()).isEqualTo("Neuer Name e. V.");
    }

    @Test
    void ownerPasswordOnlyEncryptionIsOpenedAndRead() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        });
        assertThat(FORM.read(Input.of(pdf)).declaration()).isEqualTo(Samples.complete());
    }

    @Test
    void needAppearancesSetByTheFillerIsAccepted() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(),
                doc -> Pdfs.form(doc).getCOSObject().setBoolean(COSName.NEED_APPEARANCES, true));
        assertThat(FORM.read(Input.of(pdf)).declaration()).isEqualTo(Samples.complete());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "26.11.2026|2026-11-26",
        "26.11.26|2026-11-26",
        "2026-11-26|2026-11-26",
        "'  26.11.2026  '|2026-11-26",
        "1.2.2026|2026-02-01",
        "01.02.26|2026-02-01"})
    void datesInAcceptedFormatsAreRead(String typed, LocalDate expected) throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> Pdfs.field(doc, "date").setString(COSName.V, typed));
        assertThat(FORM.read(Input.of(pdf)).declaration().date()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"26/11/2026", "31.02.2026", "morgen", "2026-13-01", "26.11."})
    void unreadableDateIsAFormFinding(String typed) throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> Pdfs.field(doc, "date").setString(COSName.V, typed));
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.declaration().date()).isNull();
        assertThat(reading.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("FORM");
            assertThat(f.field()).isEqualTo("date");
            assertThat(f.message()).isEqualTo("Das Datum „" + typed + "“ ist nicht lesbar (erwartet TT.MM.JJJJ).");
        });
    }

    @Test
    void overLongValueIsCutWithAFinding() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(),
                doc -> Pdfs.field(doc, "function").setString(COSName.V, "f".repeat(250)));
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.declaration().representative().function()).hasSize(100);
        assertThat(reading.findings()).anySatisfy(f -> assertThat(f.message())
                .isEqualTo("Der Wert im Feld „function“ ist 250 Zeichen lang und wurde auf 100 Zeichen gekürzt."));
    }

    @Test
    void valueAsPdfDocEncodedAndUtf16StringsReadTheSame() throws Exception {
        byte[] pdf = Pdfs.rewrite(FORM.blank().bytes(), doc -> {
            Pdfs.field(doc, "last_name").setItem(COSName.V, new COSString("Müller"));
            Pdfs.field(doc, "first_name").setItem(COSName.V, new COSString("Олена"));
        });
        Representative r = FORM.read(Input.of(pdf)).declaration().representative();
        assertThat(r.lastName()).isEqualTo("Müller");
        assertThat(r.firstName()).isEqualTo("Олена");
    }

    @Test
    void archivalCopyIsRefusedWhenItWouldShowARequestTypeThePartnerNeverTicked() {
        assertThatThrownBy(() -> FORM.archivalCopy(Input.of(FORM.blank().bytes())).bytes())
                .isInstanceOf(de.magdeburg.integration.netzwerk.core.NetzwerkException.class)
                .hasMessageContaining("[request]").hasMessageContaining("no faithful archival copy");
    }

    @Test
    void archivalCopyCarriesTheSameValuesInOurOwnAppearances() throws Exception {
        byte[] received = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(), doc -> {
            Pdfs.form(doc).getCOSObject().setBoolean(COSName.NEED_APPEARANCES, true);
            Pdfs.field(doc, "organisation_name").setString(COSName.V, "Anderer Verein ");
        });
        byte[] copy = FORM.archivalCopy(Input.of(received)).bytes();
        Declaration expected = Samples.complete().withRepresentative(Samples.complete().representative());
        expected = new Declaration(expected.request(), new Organisation("Anderer Verein", "Breiter Weg 1", "39104",
                "Magdeburg"), expected.listOnPortal(), expected.representative(), expected.workingGroups(),
                expected.crossGroupMeetings(), expected.place(), expected.date(), expected.signatoryName(),
                SignatureStatus.NONE);
        assertThat(FORM.read(Input.of(copy)).declaration()).isEqualTo(expected);
        assertThat(VeraPdf.failedRules(copy, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B)).isEmpty();
    }
}
