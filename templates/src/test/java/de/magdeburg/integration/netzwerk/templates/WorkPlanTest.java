package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class WorkPlanTest {
    private static final Documents DOCS = Samples.DOCS;

    @Test
    void passesPdfA2uAndPdfUa1() {
        byte[] pdf = DOCS.workPlan(Samples.workPlan(), Samples.findings()).bytes();
        Pdfs.keep("jahresarbeitsplan.pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void printsYearOverviewQuartersEventsAndFindings() {
        String text = Pdfs.dehyphenated(DOCS.workPlan(Samples.workPlan(), Samples.findings()).bytes());
        assertThat(text).contains("Jahresarbeitsplan 2027", "AG Sprache · Stand 20.11.2026", "Do., 18.02.2027",
                "18.11.2027", "Jahrestreffen aller AGs", "1. Quartal", "4. Quartal", "12.10.2027", "ENTWURF",
                "Abdeckung der Handlungsfelder (§ 2)",
                "Interkulturelle Woche: Sprachcafé", "Türkischer Kulturverein Magdeburg e. V.",
                "Українська громада Magdeburg", "Spracherwerb", "berufliche Qualifizierung und",
                "Şükrü Yılmaz", "endet 31.05.2027", "Warnung (GO-4.3):",
                "Die Amtszeit von Şükrü Yılmaz als Sprecher*in der AG Sprache endet am")
                .doesNotContain("Keine Beanstandungen");
    }

    @Test
    void noFindingsMeansNoObjections() {
        byte[] pdf = DOCS.workPlan(Samples.workPlan(), List.of()).bytes();
        assertThat(Pdfs.text(pdf)).contains("Keine Beanstandungen.");
        assertThat(Pdfs.pages(pdf)).isEqualTo(2);
    }
}
