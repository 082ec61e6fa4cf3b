package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.forms.MetadataTexts;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data safety (issue 6): the documents that print partners' names carry them on the page and
 * nowhere else — not in the document information, the XMP metadata or the file identifier, which
 * file managers, search engines and viewers show without opening the document.
 */
class PersonalDataTest {
    private static final List<String> PERSONAL = Stream.concat(
            Samples.UNICODE_NAMES.stream().flatMap(n -> Stream.of(n.split(" "))).filter(s -> s.length() > 2),
            Stream.of("0391 123456", "kontakt@example.org")).toList();

    static Stream<Arguments> documents() {
        var partners = Samples.unicodePartners();
        return Stream.of(
                Arguments.of("attendance sheet", Samples.DOCS.attendanceSheet(Samples.meeting(), partners).bytes()),
                Arguments.of("invitation", Samples.DOCS.invitation(Samples.meeting(), partners).bytes()),
                Arguments.of("partner overview", Samples.DOCS.partnerOverview(partners).bytes()),
                Arguments.of("minutes", Samples.DOCS.minutes(Samples.minutes(ReviewState.APPROVED)).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noPersonalDataInTheMetadata(String name, byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> metadata = MetadataTexts.of(doc);

            for (String value : PERSONAL) {
                assertThat(metadata).as(name + ": " + value).noneMatch(m -> m.contains(value));
            }
        }
    }
}
