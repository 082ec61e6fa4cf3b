package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PartnerStatus;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.Representative;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class OverviewAndListsTest {
    private static final Documents DOCS = Samples.DOCS;

    @Test
    void overviewPassesPdfA2uAndPdfUa1() {
        byte[] pdf = DOCS.partnerOverview(Samples.partners(40)).bytes();
        Pdfs.keep("uebersicht.pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** Names are never hyphenated (issue 24): a long surname is set smaller and stays in its cell. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Schwarzenbergerhof", "Wolfeschlegelsteinhausen"})
    void aLongOneWordSurnamePrintsUnhyphenatedInsideTheRepresentativesCell(String surname) throws Exception {
        List<Partner> partners = List.of(Samples.partner("Verein der langen Namen", "Hubert", surname, "language"));
        byte[] pdf = DOCS.partnerOverview(partners).bytes();
        assertThat(Pdfs.text(pdf)).contains(surname);
        List<org.apache.pdfbox.text.TextPosition> name = new java.util.ArrayList<>();
        List<org.apache.pdfbox.text.TextPosition> function = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) {
                    if (line.startsWith("Funktion")) {
                        function.add(positions.get(0));
                    } else if (line.contains(surname)) {
                        name.addAll(positions);
                    }
                }
            };
            stripper.getText(doc);
        }
        float nextCell = function.get(0).getXDirAdj();
        assertThat(name).isNotEmpty().allSatisfy(p ->
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThan(nextCell - 1));
    }

    @Test
    void overviewGroupsPartnersByWorkingGroup() {
        List<Partner> partners = Samples.partners(40);
        byte[] pdf = DOCS.partnerOverview(partners).bytes();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Übersicht der Netzwerkpartner*innen", "Stand 20.11.2026",
                "AG Arbeit und Ausbildung (1)", "AG (Inter-)Kultur und Soziales (1)", "AG Sprache (40)",
                "Arbeitsgruppenübergreifende Treffen (40)");
        assertThat(text.indexOf("AG Arbeit und Ausbildung (1)")).isLessThan(text.indexOf("Polnischer Verein"));
        // names are hyphenated in the narrow column: compare with the words joined again
        String squashed = Pdfs.squash(Pdfs.dehyphenated(pdf));
        for (Partner p : partners) {
            assertThat(squashed).contains(Pdfs.squash(p.organisation().name()));
        }
        assertThat(Pdfs.dehyphenated(pdf)).contains(Samples.UNICODE_NAMES);
    }

    @Test
    void portalListingEscapesAndHoldsNoPersonalData() {
        String html = DOCS.portalListingHtml(List.of(
                new PortalEntry(Samples.HOSTILE, "Magdeburg", List.of("language")),
                new PortalEntry("Українська громада Magdeburg", "", List.of()))).text();
        assertThat(html).startsWith("<ul class=\"netzwerk-beteiligte\" lang=\"de\">")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src")
                .doesNotContain("<script>").doesNotContain("<img")
                .contains("<span class=\"groups\">AG Sprache</span>")
                .contains("<li><span class=\"organisation\">Українська громада Magdeburg</span></li>");
    }

    @Test
    void mailingListOpensInGermanExcelWithBomAndSemicolonsQuotingSemicolonsQuotesAndLineBreaks() {
        Partner tricky = new Partner(new Organisation("Verein \"Brücke\"; Magdeburg", "", "", ""),
                List.of(new Representative("Yılmaz, Şükrü", "Ali\nJunior", "Vorsitz", "", "a@example.org")),
                List.of("language"), false, false, PartnerStatus.ACTIVE, LocalDate.of(2020, 1, 1), null);
        String csv = DOCS.mailingListCsv(List.of(tricky, Samples.unicodePartners().get(1))).text();
        assertThat(csv).isEqualTo(
                "\uFEFFOrganisation;Nachname;Vorname;Funktion;E-Mail;Telefon;Arbeitsgruppen;Arbeitsgruppenübergreifende Treffen\r\n"
                        + "\"Verein \"\"Brücke\"\"; Magdeburg\";Yılmaz, Şükrü;\"Ali\nJunior\";Vorsitz;a@example.org;;AG Sprache;nein\r\n"
                        + "Українська громада Magdeburg;Шевченко;Олена;Koordination;kontakt@example.org;0391 123456;"
                        + "AG Sprache, AG (Inter-)Kultur und Soziales;ja\r\n");
    }

    @Test
    void mailingListCellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        Partner hostile = new Partner(new Organisation("=HYPERLINK(\"http://x.example\",\"klick\")", "", "", ""),
                List.of(new Representative("@SUM(A1)", "-2+3", "\uFF1Dcmd", "+49 391 540-3222", "a@example.org\n=1+1")),
                List.of("language"), false, false, PartnerStatus.ACTIVE, LocalDate.of(2020, 1, 1), null);

        String csv = DOCS.mailingListCsv(List.of(hostile)).text();
        assertThat(csv.substring(csv.indexOf("\r\n") + 2)).isEqualTo(
                "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"klick\"\")\";'@SUM(A1);'-2+3;'\uFF1Dcmd;"
                + "\"'a@example.org\n=1+1\";'+49 391 540-3222;AG Sprache;nein\r\n");
    }
}
