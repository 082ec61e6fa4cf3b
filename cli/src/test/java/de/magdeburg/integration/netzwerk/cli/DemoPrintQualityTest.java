package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    @MethodSource("documents")
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
    @MethodSource("documents")
    void everyPageHoldsAtLeastThreeLinesOfContent(String document) {
        assertThat(PrintedText.pagesWithFewerLines(DemoOutput.read(document), 3)).isEmpty();
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
