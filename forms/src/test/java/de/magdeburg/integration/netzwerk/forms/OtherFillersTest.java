package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.RequestType;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/**
 * Filling our blank form with PDFBox's own high-level API (which draws appearances from /DA and the
 * /DR font, as viewers do): the values must read back. Third-party clients are tested in interop/.
 */
class OtherFillersTest {
    @Test
    void formFilledWithPdfBoxSetValueReadsBack() throws Exception {
        byte[] filled = Pdfs.rewrite(Samples.FORM.blank().bytes(), doc -> {
            var form = doc.getDocumentCatalog().getAcroForm();
            ((PDTextField) form.getField("organisation_name")).setValue("Verein „Мрія“ e. V.");
            ((PDTextField) form.getField("last_name")).setValue("Yılmaz");
            ((PDTextField) form.getField("first_name")).setValue("Şükrü");
            ((PDTextField) form.getField("date")).setValue("26.11.2026");
            ((PDRadioButton) form.getField("request")).setValue("change");
            ((PDCheckBox) form.getField("wg_language")).check();
        });
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "forms-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "forms-samples", "filled-by-pdfbox.pdf"), filled);
        var d = Samples.FORM.read(Input.of(filled)).declaration();
        assertThat(d.organisation().name()).isEqualTo("Verein „Мрія“ e. V.");
        assertThat(d.representative().lastName()).isEqualTo("Yılmaz");
        assertThat(d.representative().firstName()).isEqualTo("Şükrü");
        assertThat(d.date()).hasToString("2026-11-26");
        assertThat(d.request()).isEqualTo(RequestType.CHANGE);
        assertThat(d.workingGroups()).containsExactly("language");
    }
}
