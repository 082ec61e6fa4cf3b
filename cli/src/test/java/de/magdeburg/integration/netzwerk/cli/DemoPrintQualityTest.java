package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.samples.DemoData;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The printed documents of {@code netzwerk demo}, read from their text layer as a reviewer would. */
class DemoPrintQualityTest {
    private static final Set<String> REGISTER_WORDS = RegisterWords.all();
    private static final String SIGNATURE_CAPTION = "Ort, Datum, Unterschrift";
    private static final float MM = 72 / 25.4f;

    static List<String> documents() {
        return DemoOutput.printedDocuments();
    }

    static List<String> allPdfs() {
        return DemoOutput.pdfs();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noWordIsBrokenWithoutAHyphen(String document) {
        assertThat(PrintedText.wordsBrokenWithoutHyphen(DemoOutput.read(document))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noTextRunsOutOfItsCell(String document) {
        assertThat(PrintedText.overlappingLines(DemoOutput.read(document))).isEmpty();
    }

    @Test
    void theRegistersWordsAreKnownToTheTest() {
        assertThat(REGISTER_WORDS).contains("Kowalczyk", "Petrović", "Magdeburg", "Mensah", "Ökumenischer",
                "kontakt@begegnun.example");
    }

    @ParameterizedTest
    @MethodSource("allPdfs")
    void noNameOrganisationPlaceOrEmailOfTheRegisterIsSplitOverTwoLines(String document) {
        assertThat(PrintedText.splitWords(DemoOutput.read(document), REGISTER_WORDS)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allPdfs")
    void noTextLayerHoldsALigatureCharacterSoSearchingForFiktivFindsIt(String document) {
        assertThat(PrintedText.text(DemoOutput.read(document)).codePoints()
                .filter(c -> c >= 0xFB00 && c <= 0xFB06).mapToObj(Character::toString).toList()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allPdfs")
    void everyPageHoldsAtLeastThreeLinesOfContent(String document) {
        assertThat(PrintedText.pagesWithFewerLines(DemoOutput.read(document), 3)).isEmpty();
    }

    /** The demo's register, and larger ones, so that the overview's end falls on every part of a page. */
    static IntStream registerSizes() {
        return IntStream.rangeClosed(DemoData.register().activePartners().size(), 56).filter(n -> n % 3 == 0 || n < 36);
    }

    /**
     * "The partner overview ends with a blank page" (issue 24) did not show with the demo's 32
     * partners; a register that grows, partner by partner, moves the overview's last group over
     * the page ends, and no page may then hold less than three lines.
     */
    @ParameterizedTest(name = "{0} Netzwerkpartner*innen")
    @MethodSource("registerSizes")
    void theOverviewOfARegisterOfAnySizeHasNoNearlyEmptyPage(int size) {
        assertThat(PrintedText.pagesWithFewerLines(OVERVIEWS.partnerOverview(register(size)).bytes(), 3)).isEmpty();
    }

    @Test
    void theRegisterSizesMoveTheOverviewsEndOverSeveralPageEnds() {
        int[] sizes = registerSizes().toArray();
        int first = PrintedText.pages(OVERVIEWS.partnerOverview(register(sizes[0])).bytes());
        int last = PrintedText.pages(OVERVIEWS.partnerOverview(register(sizes[sizes.length - 1])).bytes());
        assertThat(last - first).isGreaterThanOrEqualTo(2);
    }

    private static final Documents OVERVIEWS = Documents.create();

    /** The demo's partners, repeated under numbered names until there are {@code size}. */
    private static List<Partner> register(int size) {
        List<Partner> demo = DemoData.register().activePartners();
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Partner p = demo.get(i % demo.size());
            Organisation o = p.organisation();
            partners.add(i < demo.size() ? p : new Partner(new Organisation(o.name() + " " + (i / demo.size() + 1),
                    o.street(), o.postalCode(), o.city()), p.representatives(), p.workingGroups(),
                    p.crossGroupMeetings(), p.listOnPortal(), p.status(), p.joinedOn(), p.removedOn()));
        }
        return partners;
    }

    /**
     * Minutes are signed: above every caption "Ort, Datum, Unterschrift" a line at least 50 mm long
     * is drawn, no more than 3 mm above the caption, over the caption's start.
     */
    @ParameterizedTest
    @ValueSource(strings = {"protokoll-genehmigt.pdf", "protokoll-entwurf.pdf"})
    void everySignatureCaptionOfTheMinutesHasADrawnLineAboveIt(String document) {
        byte[] pdf = DemoOutput.read(document);
        List<PrintedText.Line> captions = PrintedText.lines(pdf).stream()
                .filter(l -> l.text().strip().equals(SIGNATURE_CAPTION)).toList();
        assertThat(captions).hasSize(2);
        for (PrintedText.Line caption : captions) {
            float captionTop = caption.baseline() - caption.size();
            assertThat(DrawnRules.on(pdf, caption.page()))
                    .as("Linie über „%s“ bei x = %.0f pt", SIGNATURE_CAPTION, caption.left())
                    .anySatisfy(rule -> {
                        assertThat(rule.width()).isGreaterThan(50 * MM);
                        assertThat(rule.left()).isLessThanOrEqualTo(caption.left() + 1);
                        assertThat(rule.right()).isGreaterThan(caption.right());
                        assertThat(captionTop - rule.y()).isBetween(0f, 3 * MM);
                    });
        }
    }

    @Test
    void theApprovedMinutesNameTheSignersUnderTheirLinesAndTheReviewerByName() {
        String text = PrintedText.text(DemoOutput.read("protokoll-genehmigt.pdf"));
        assertThat(text).contains("Protokollführung: Lena Schneider", "Protokollkontrolle: Laura Lubinski",
                "Geprüft von Laura Lubinski", "Genehmigt von Agnieszka Kowalczyk");
    }
}
