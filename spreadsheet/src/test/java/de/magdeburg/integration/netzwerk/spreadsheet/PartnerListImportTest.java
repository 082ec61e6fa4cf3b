package de.magdeburg.integration.netzwerk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A messy real-world partner list in Excel: the preview, the findings per row, and what is taken. */
class PartnerListImportTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);
    private static ImportPreview preview;

    @BeforeAll
    static void read() throws Exception {
        preview = PartnerListImport.create().preview(MessyPartnerList.xlsx(), Register.empty(), TODAY);
    }

    @Test
    void twoRowHeaderWithMergedGroupCellsIsFoundAndEveryColumnGuessed() {
        assertThat(preview.format()).isEqualTo(SpreadsheetFormat.XLSX);
        assertThat(preview.headerRowNumber()).isEqualTo(3);
        assertThat(preview.headers()).containsExactly("Organisation / Name", "Organisation / Straße",
                "Organisation / PLZ", "Organisation / Ort", "Ansprechperson / Name", "Ansprechperson / Vorname",
                "Ansprechperson / Funktion", "Ansprechperson / Telefon", "Ansprechperson / E-Mail", "Arbeitsgruppen",
                "AG-übergreifende Treffen", "Beitritt");
        assertThat(preview.mapping().columns()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.ofEntries(
                Map.entry(0, Column.ORGANISATION_NAME), Map.entry(1, Column.ORGANISATION_STREET),
                Map.entry(2, Column.ORGANISATION_POSTAL_CODE), Map.entry(3, Column.ORGANISATION_CITY),
                Map.entry(4, Column.LAST_NAME), Map.entry(5, Column.FIRST_NAME), Map.entry(6, Column.FUNCTION),
                Map.entry(7, Column.PHONE), Map.entry(8, Column.EMAIL), Map.entry(9, Column.WORKING_GROUPS),
                Map.entry(10, Column.CROSS_GROUP_MEETINGS), Map.entry(11, Column.DATE))));
    }

    @Test
    void cellsReadAsTheCoordinatorMeantThemWithEveryAdjustmentShown() {
        assertThat(preview.rows()).extracting(PreviewRow::rowNumber).containsExactly(4, 5, 6, 7, 9);
        PreviewRow first = preview.rows().get(0);
        Declaration d = first.declaration();
        assertThat(d.organisation().name()).isEqualTo("Beispielverein e. V.");
        assertThat(d.organisation().street()).isEqualTo("Breiter Weg 1");
        assertThat(d.organisation().postalCode()).isEqualTo("39104");
        assertThat(d.organisation().city()).isEqualTo("Magdeburg");
        assertThat(d.representative().phone()).isEqualTo("03915401234");
        assertThat(d.representative().email()).isEqualTo("info@beispielverein.de");
        assertThat(d.workingGroups()).containsExactly("language", "work_and_training");
        assertThat(d.crossGroupMeetings()).isTrue();
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(d.signatoryName()).isEqualTo("Şükrü Yılmaz");
        assertThat(first.adjustments()).extracting(Adjustment::message).containsExactly(
                "Die Telefonnummer war als Zahl gespeichert (3915401234); übernommen mit führender Null: 03915401234.",
                "Keine Spalte für die unterzeichnende Person: die Ansprechperson „Şükrü Yılmaz“ wird eingetragen.",
                "Die Arbeitsgruppe „Sprache“ wird als „language“ übernommen.",
                "Die Arbeitsgruppe „AG Arbeit und Ausbildung“ wird als „work_and_training“ übernommen.");
        PreviewRow second = preview.rows().get(1);
        assertThat(second.declaration().date()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(second.declaration().representative().phone()).isEqualTo("0391 123456");
        assertThat(second.adjustments()).extracting(Adjustment::messageEn).contains(
                "The date was stored as an Excel serial number (45383); taken as 01.04.2024.");
        PreviewRow sport = preview.rows().get(4);
        assertThat(sport.declaration().organisation().postalCode()).isEqualTo("06108");
        assertThat(sport.declaration().date()).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void eachRowGetsTheFindingsOfTheDeclarationRules() {
        assertThat(preview.rows()).extracting(PreviewRow::rowNumber, PreviewRow::importable).containsExactly(
                tuple(4, true), tuple(5, true), tuple(6, false), tuple(7, false), tuple(9, false));
        assertThat(messages(preview.rows().get(0))).containsExactly("WARNING GO-1.2 Der Ort der Unterzeichnung fehlt.");
        assertThat(messages(preview.rows().get(2))).containsExactly(
                "WARNING GO-1.2 Der Ort der Unterzeichnung fehlt.",
                "ERROR GO-1.2 „BEISPIELVEREIN e. V.“ ist bereits als Netzwerkpartner*in eingetragen; für geänderte"
                        + " Daten ist eine Änderungserklärung nötig.");
        assertThat(messages(preview.rows().get(3))).containsExactly(
                "ERROR FORM Die Postleitzahl „3910“ hat nicht genau 5 Ziffern.",
                "ERROR GO-1.2 Die E-Mail-Adresse fehlt.",
                "WARNING GO-1.2 Der Ort der Unterzeichnung fehlt.");
        assertThat(preview.rows().get(4).findings()).extracting(Finding::field, Finding::messageEn).contains(
                tuple("wg_Sport", "There is no working group \"Sport\" in the rules of procedure."));
    }

    @Test
    void onlyTheConfirmedRowsTheRulesAcceptAreTaken() {
        Register before = Register.empty();
        ImportReport report = preview.confirm(List.of(4, 5, 9));
        assertThat(report.taken()).extracting(PreviewRow::rowNumber).containsExactly(4, 5);
        assertThat(report.refused()).extracting(PreviewRow::rowNumber).containsExactly(9);
        assertThat(report.notConfirmed()).containsExactly(6, 7);
        assertThat(report.register().partners()).extracting(p -> p.organisation().name())
                .containsExactlyInAnyOrder("Beispielverein e. V.", "Kulturbrücke gGmbH");
        Partner joined = report.register().findPartner("Beispielverein e. V.").orElseThrow();
        assertThat(joined.joinedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(report.summary()).isEqualTo("2 Zeilen übernommen, 1 abgelehnt, 2 nicht bestätigt / 2 rows taken,"
                + " 1 refused, 2 not confirmed");
        // the preview stored nothing: the register it was given is still empty
        assertThat(before.partners()).isEmpty();
    }

    @Test
    void theDuplicateIsTakenWhenTheFirstRowIsLeftOut() {
        ImportReport report = preview.confirm(List.of(6));
        assertThat(report.taken()).extracting(r -> r.declaration().organisation().name())
                .containsExactly("BEISPIELVEREIN e. V.");
    }

    @Test
    void aCorrectedMappingReadsTheRowsAgain() {
        ImportPreview corrected = preview.withMapping(preview.mapping().without(6).with(6, Column.SIGNATORY_NAME));
        assertThat(corrected.rows().get(0).declaration().representative().function()).isEmpty();
        assertThat(corrected.rows().get(0).declaration().signatoryName()).isEqualTo("Vorsitz");
        assertThat(corrected.rows().get(0).adjustments()).extracting(Adjustment::column)
                .doesNotContain(Column.SIGNATORY_NAME);
        assertThat(preview.rows().get(0).declaration().representative().function()).isEqualTo("Vorsitz");
    }

    @Test
    void aRowNumberThatIsNoDataRowIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preview.confirm(List.of(3, 4)))
                .hasMessage("rowNumbers: Zeile [3] ist keine Datenzeile der Liste / row [3] is no data row of the list");
    }

    private static List<String> messages(PreviewRow row) {
        return row.findings().stream().map(f -> f.severity() + " " + f.rule() + " " + f.message()).toList();
    }

    static List<String> summary(ImportPreview p) {
        return p.rows().stream().map(r -> r.rowNumber() + " " + r.declaration().organisation().name() + " "
                + r.declaration().representative().phone() + " " + r.declaration().date() + " "
                + r.declaration().workingGroups() + " " + r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                        .map(Finding::rule).toList()).toList();
    }
}
