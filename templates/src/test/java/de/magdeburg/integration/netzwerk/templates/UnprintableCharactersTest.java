package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A name in a script that no bundled font covers (here Cherokee): every document that prints it
 * says so in a WARNING naming the name and the document, and the name's "#" stay in their cell.
 */
class UnprintableCharactersTest {
    /** Cherokee: neither DejaVu Sans nor a fallback font has a glyph for it. */
    private static final String FIRST = "ᏌᏊᏍᎦᏯᏍᏗᏍᏓᏅᎯ";
    private static final String LAST = "ᎠᏍᎦᏯᏓᏲᏓ";
    private static final String NAME = FIRST + " " + LAST;

    private static List<Partner> partners() {
        List<Partner> partners = new ArrayList<>(Samples.partners(3));
        partners.add(Samples.partner("Cherokee-Kulturverein", FIRST, LAST, "language"));
        return partners;
    }

    private static Finding warning(String document) {
        return new Finding(Severity.WARNING, "FONT", NAME, document + ": „" + NAME + "“ enthält Zeichen, für die"
                + " keine Schrift vorhanden ist; sie werden als „#“ gedruckt.",
                document + ": \"" + NAME + "\" has characters no font can show; they print as \"#\".");
    }

    @Test
    void everyDocumentThatPrintsTheNameWarnsNamingTheNameAndTheDocument() {
        var out = new ByteArrayOutputStream();
        assertThat(Samples.DOCS.attendanceSheet(Samples.meeting(), partners()).writeTo(out).findings())
                .contains(warning("Anwesenheitsliste"));
        assertThat(Samples.DOCS.invitation(Samples.meeting(), partners()).writeTo(out).findings())
                .contains(warning("Einladung"));
        assertThat(Samples.DOCS.partnerOverview(partners()).writeTo(out).findings()).containsExactly(warning("Übersicht"));
        assertThat(Samples.DOCS.minutes(Samples.minutes(ReviewState.DRAFT)).writeTo(out).findings()).isEmpty();
        assertThat(Samples.DOCS.partnerOverview(Samples.partners(3)).writeTo(out).findings()).isEmpty();
    }

    /**
     * The page shows "#", the text layer the name: each tagged line of "#" carries the characters
     * it stands for as its /ActualText, in order, so that search, copy and screen readers get the
     * name as written.
     */
    @Test
    void theTextLayerCarriesTheRealCharactersOfTheHashesAsActualText() throws IOException {
        for (byte[] pdf : List.of(Samples.DOCS.attendanceSheet(Samples.meeting(), partners()).bytes(),
                Samples.DOCS.partnerOverview(partners()).bytes())) {
            StringBuilder actual = new StringBuilder();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (var page : doc.getPages()) {
                    for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
                        if (token instanceof org.apache.pdfbox.cos.COSDictionary d
                                && d.getString(org.apache.pdfbox.cos.COSName.getPDFName("ActualText")) != null) {
                            actual.append(d.getString(org.apache.pdfbox.cos.COSName.getPDFName("ActualText")));
                        }
                    }
                }
            }
            // the overview lists the partner in each of its groups
            assertThat(actual.toString().replaceAll("\\s", "")).matches("(" + FIRST + LAST + ")+");
            assertThat(Pdfs.squashed(pdf)).contains(FIRST + LAST);
        }
    }

    @Test
    void theNamesHashesStayInsideTheRepresentativesCellOfTheSheet() throws IOException {
        byte[] pdf = Samples.DOCS.attendanceSheet(Samples.meeting(), partners()).bytes();
        List<TextPosition> hashes = new ArrayList<>();
        List<TextPosition> present = new ArrayList<>();
        List<TextPosition> representative = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("Anwe")) {
                        present.add(positions.get(0));
                    } else if (text.startsWith("Vertreter*in")) {
                        representative.add(positions.get(0));
                    }
                    // PDFBox reads the /ActualText: a line of "#" reads as the name's characters, all
                    // on its first glyph's position, the other glyphs' positions empty
                    if (text.codePoints().anyMatch(c -> NAME.indexOf(c) >= 0 && c != ' ')) {
                        positions.stream().filter(p -> !p.getUnicode().equals(" ")).forEach(hashes::add);
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        assertThat(hashes).hasSizeGreaterThanOrEqualTo(NAME.length() - 1);
        float cellLeft = representative.get(0).getXDirAdj();
        float nextCell = present.get(0).getXDirAdj();
        for (TextPosition h : hashes) {
            assertThat(h.getXDirAdj()).isGreaterThanOrEqualTo(cellLeft - 0.5f);
            assertThat(h.getXDirAdj() + h.getWidthDirAdj()).isLessThan(nextCell - 1);
        }
    }
}
