package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class MinutesTest {
    private static final Documents DOCS = Samples.DOCS;

    @ParameterizedTest
    @EnumSource(ReviewState.class)
    void passesPdfA2uAndPdfUa1InEveryReviewState(ReviewState state) {
        byte[] pdf = DOCS.minutes(Samples.minutes(state)).bytes();
        Pdfs.keep("protokoll-" + state.name().toLowerCase() + ".pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void printsEveryFieldOfTheRecord() {
        Minutes minutes = Samples.minutes(ReviewState.DRAFT);
        String text = Pdfs.text(DOCS.minutes(minutes).bytes());
        assertThat(text).contains("Protokoll", "AG Sprache", "4. Sitzung der AG Sprache", "Donnerstag, 26. November 2026",
                "16:00–18:00 Uhr", "Rathaus Magdeburg, Raum 1.23", "Anna Beispiel, Şükrü Yılmaz", "Nguyễn Văn An",
                "Beispielverein Nr. 005 e. V.", "Nguyễn Thị Mai (Volkshochschule Magdeburg)",
                "Donnerstag, 18. Februar 2027, 16:00 Uhr");
        String squashed = Pdfs.squash(text);
        minutes.present().forEach(p -> assertThat(squashed).contains(Pdfs.squash(p)));
        for (MinutesItem item : minutes.items()) {
            assertThat(text).contains(item.title());
            item.decisions().forEach(d -> assertThat(text).contains(d));
            item.recommendations().forEach(r -> assertThat(text).contains(r));
            for (Task t : item.tasks()) {
                assertThat(text).contains(t.what(), t.who());
            }
        }
        assertThat(text).contains("15.01.2027", "Fachliche Empfehlungen (im Konsens, § 5 Abs. 1)");
        assertThat(text).contains(Samples.UNICODE_NAMES.subList(0, 1)).contains("Łukasz Żółć");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewState.class, names = {"DRAFT", "REVIEWED"})
    void marksEveryPageOfUnapprovedMinutesAsDraft(ReviewState state) {
        byte[] pdf = DOCS.minutes(Samples.minutes(state)).bytes();
        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = Pdfs.text(pdf);
        // the diagonal mark is drawn on each page, but it is no text: copied text has the banner only
        for (int page = 0; page < pages; page++) {
            assertThat(Pdfs.markPixels(pdf, page)).as("mark on page %d", page + 1).isGreaterThan(1500);
        }
        assertThat(text.split("ENTWURF", -1).length - 1).isEqualTo(1);
        assertThat(text).contains("ENTWURF – noch nicht genehmigt").doesNotContain("Genehmigt am 18");
    }

    @Test
    void approvedMinutesNameApproverAndDateWithoutDraftMark() {
        String text = Pdfs.text(DOCS.minutes(Samples.minutes(ReviewState.APPROVED)).bytes());
        assertThat(text).doesNotContain("ENTWURF").contains("Genehmigt am 18.02.2027 durch Олена Шевченко")
                .contains("Koordination Integration");
        assertThat(Pdfs.markPixels(DOCS.minutes(Samples.minutes(ReviewState.APPROVED)).bytes(), 0)).isLessThan(300);
    }

    @Test
    void endsWithSignatureLinesOfMinuteTakerAndReviewerAndTheDistributionList() {
        String text = Pdfs.dehyphenated(DOCS.minutes(Samples.minutes(ReviewState.REVIEWED)).bytes());
        assertThat(text).contains("Protokollführung: Nguyễn Văn An", "Protokollkontrolle: Koordination Integration",
                "Verteiler Netzwerkpartner*innen im Verteiler der AG Sprache (§ 1 Abs. 4), Sprecher*innen, "
                        + "Netzwerkkoordinator*in");
    }

    @Test
    void hasTheExpectedNumberOfPages() {
        assertThat(Pdfs.pages(DOCS.minutes(Samples.minutes(ReviewState.APPROVED)).bytes())).isEqualTo(5);
    }

    @Test
    void listsTheExpectedPartnersNeitherPresentNorExcusedAsAbsent() {
        // the four Unicode partners are present, no. 005 is excused: 006 and 007 stayed away
        String text = Pdfs.text(DOCS.minutes(Samples.minutes(ReviewState.DRAFT), Samples.partners(7)).bytes());
        String absent = text.substring(text.indexOf("Abwesend ohne Entschuldigung (§ 1 Abs. 4)"), text.indexOf("Gäste"));
        assertThat(absent).isEqualTo("Abwesend ohne Entschuldigung (§ 1 Abs. 4) Beispielverein Nr. 006 e. V."
                + " Beispielverein Nr. 007 e. V. ");
    }

    @Test
    void whenEveryExpectedPartnerCameTheAbsentListSaysSo() {
        String text = Pdfs.text(DOCS.minutes(Samples.minutes(ReviewState.DRAFT), Samples.unicodePartners()).bytes());
        assertThat(text).contains("Abwesend ohne Entschuldigung (§ 1 Abs. 4) – Gäste");
    }

    @Test
    void withoutTheExpectedPartnersNoAbsentListIsPrinted() {
        assertThat(Pdfs.text(DOCS.minutes(Samples.minutes(ReviewState.DRAFT)).bytes())).doesNotContain("Abwesend");
    }
}
