package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.templates.internal.PdfEngine;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class FontsTest {
    @Test
    void everyFontIsAnEmbeddedDejaVuSubset() throws IOException {
        for (byte[] pdf : new byte[][] {
                Samples.DOCS.minutes(Samples.minutes(ReviewState.DRAFT)).bytes(),
                Samples.DOCS.attendanceSheet(Samples.meeting(), Samples.partners(3)).bytes()}) {
            Set<String> names = new TreeSet<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (PDPage page : doc.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName n : res.getFontNames()) {
                        PDFont font = res.getFont(n);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        names.add(font.getName());
                    }
                }
            }
            // header and footer (page margin boxes) use the same embedded font as the body
            assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), "subset DejaVu");
        }
    }

    @Test
    void theStylesheetNamesTheEnginesFallbackChainSoThatGermanDocumentsCanDropIt() throws IOException {
        try (var in = PdfEngine.class.getResourceAsStream("/de/magdeburg/integration/netzwerk/templates/templates/style.css.mustache")) {
            String css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(css).contains("font-family: " + PdfEngine.FONT_STACK + ";");
        }
    }

    @Test
    void aDocumentWithAChineseNameEmbedsTheCjkFallbackAsASubset() throws IOException {
        byte[] pdf = Samples.DOCS.partnerOverview(List.of(Samples.partner("Verein", "芳", "王", "language"))).bytes();
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        assertThat(names).anyMatch(n -> n.matches("[A-Z]{6}\\+DroidSansFallback"));
    }
}
