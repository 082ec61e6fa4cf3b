package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Chrome's PDF engine (PDFium, through pypdfium2's form-fill environment) draws when a partner
 * TYPES into the form — not what it shows of our own appearances, which is exactly our drawing.
 *
 * <p>Measured, and pinned here: PDFium keeps the typed value exactly, and draws Latin-1 letters with
 * the form's own embedded font (its /DA font). For any other character it looks for a font of that
 * character's Windows charset: the form's embedded Type0 font has none (PDFium counts an embedded
 * font as "default charset"), so it takes a font of the machine or its built-in fallback, and drops
 * the character when that has no glyph. Nothing in the form changes this: PDFium only borrows a
 * /DR font for another charset when it is a non-embedded font it substituted itself. So typed
 * „ı“ and Arabic are not drawn with the form's font — on a machine without a matching system font
 * they are not drawn at all; Arabic is drawn unjoined. {@code DeclarationForm.archivalCopy} redraws
 * every value with the form's font.
 */
class PdfiumTypingTest {
    private static final Tool PYTHON = new Tool("python3", "install Python 3 and `pip install pypdfium2==5.13.0`");
    private static final Path SCRIPT = Path.of("src/test/pdfium/fill.py").toAbsolutePath();
    private static final String FORM_FONT = "DejaVuSans";

    private static Path filled;
    private static String pdfiumBuild;

    @BeforeAll
    static void typeIntoTheBlankForm() throws IOException {
        Tool.Result probe = PYTHON.run(List.of("-c", "import pypdfium2"), Path.of("."), Duration.ofSeconds(60));
        if (probe.exitCode() != 0) {
            Tool.missing("pypdfium2 is not installed for python3 (pip install pypdfium2==5.13.0): " + probe.stderr());
        }
        Path dir = Forms.workDir("pdfium");
        Path blank = dir.resolve("blank.pdf");
        Files.write(blank, Forms.blank());
        filled = dir.resolve("typed.pdf");
        pdfiumBuild = PYTHON.runOk(List.of(SCRIPT.toString(), blank.toString(), filled.toString(),
                "last_name=Yılmaz", "first_name=محمد", "organisation_city=Magdeburg"), dir, Duration.ofSeconds(120))
                .stdout().strip();
    }

    @Test
    void pdfiumKeepsEveryTypedValueExactly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(filled.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getField("last_name").getValueAsString()).isEqualTo("Yılmaz");
            assertThat(form.getField("first_name").getValueAsString()).isEqualTo("محمد");
            assertThat(form.getField("organisation_city").getValueAsString()).isEqualTo("Magdeburg");
        }
    }

    @Test
    void pdfiumDrawsTypedLatin1WithTheFormsFont() {
        assertThat(drawn("organisation_city")).as("PDFium %s", pdfiumBuild)
                .containsExactly("M " + FORM_FONT, "a " + FORM_FONT, "g " + FORM_FONT, "d " + FORM_FONT,
                        "e " + FORM_FONT, "b " + FORM_FONT, "u " + FORM_FONT, "r " + FORM_FONT, "g " + FORM_FONT);
    }

    @Test
    void pdfiumDoesNotDrawTypedDotlessIOrArabicWithTheFormsFont() {
        List<String> yilmaz = drawn("last_name");
        assertThat(yilmaz).as("PDFium %s", pdfiumBuild)
                .contains("Y " + FORM_FONT, "l " + FORM_FONT, "m " + FORM_FONT, "a " + FORM_FONT, "z " + FORM_FONT)
                .doesNotContain("ı " + FORM_FONT);
        List<String> arabic = drawn("first_name");
        assertThat(arabic).as("PDFium %s", pdfiumBuild).noneMatch(g -> g.endsWith(" " + FORM_FONT));
        // what it did draw is unjoined: no presentation form (the joined letters) among the glyphs
        assertThat(arabic).noneMatch(g -> g.codePointAt(0) >= 0xFB50);
    }

    /** @return "character font" for every glyph the field's saved appearance shows, in stream order */
    private static List<String> drawn(String field) {
        try (PDDocument doc = Loader.loadPDF(filled.toFile())) {
            PDField f = doc.getDocumentCatalog().getAcroForm(null).getField(field);
            PDAnnotationWidget widget = f.getWidgets().get(0);
            Glyphs glyphs = new Glyphs();
            glyphs.walk(widget, doc);
            return glyphs.shown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Glyphs extends PDFTextStripper {
        final List<String> shown = new ArrayList<>();

        void walk(PDAnnotationWidget widget, PDDocument doc) throws IOException {
            getText(doc); // sets up the page geometry the stripper's glyph handling needs
            shown.clear();
            processChildStream(widget.getNormalAppearanceStream(), widget.getPage() != null ? widget.getPage() : doc.getPage(0));
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            String unicode = font.toUnicode(code);
            String name = font.getName() == null ? "?" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
            shown.add((unicode == null ? "?" + code : unicode) + " " + name);
            super.showGlyph(matrix, font, code, displacement);
        }
    }
}
