package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Declaration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Data safety (issue 6): a pre-filled form carries the partner's personal data in its fields, which
 * are printed, and nowhere else — not in the document information, the XMP metadata or the file
 * identifier, which viewers, search engines and file managers show without opening the form.
 */
class PersonalDataTest {
    @Test
    void prefilledFormHasNoPersonalDataInItsMetadata() throws Exception {
        Declaration d = Samples.complete();
        byte[] pdf = Samples.FORM.prefilled(d).bytes();
        List<String> personal = List.of(d.representative().lastName(), d.representative().firstName(),
                d.representative().phone(), d.representative().email(), d.representative().function(),
                d.signatoryName(), d.organisation().street());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> metadata = MetadataTexts.of(doc);

            assertThat(metadata).hasSizeGreaterThan(3);
            for (String value : personal) {
                assertThat(metadata).as(value).noneMatch(m -> m.contains(value));
            }
            assertThat(doc.getDocumentInformation().getCOSObject().keySet()).extracting(COSName::getName)
                    .containsExactlyInAnyOrder("Title", "Producer", "Creator", "CreationDate", "ModDate");
        }
    }
}
