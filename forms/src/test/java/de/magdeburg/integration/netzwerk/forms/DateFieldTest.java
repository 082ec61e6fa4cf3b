package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MaxLen leaves room for what the reader accepts (issue 22): a date typed in any accepted format,
 * with the spaces partners type around it, fits the field, so no viewer cuts it before the reader
 * trims it; where a limit is hard, the field's tooltip says so.
 */
class DateFieldTest {
    private static final DeclarationForm FORM = Samples.FORM;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' 05.03.2027 '|2027-03-05", "'  05.03.2027  '|2027-03-05", "5.3.2027|2027-03-05", "26.11.26|2026-11-26",
        "'2026-11-26 '|2026-11-26"})
    void everyAcceptedDateFormatFitsTheFieldAndReadsAsTheDate(String typed, LocalDate expected) throws Exception {
        try (PDDocument doc = Loader.loadPDF(FORM.blank().bytes())) {
            int maxLen = ((PDTextField) doc.getDocumentCatalog().getAcroForm(null).getField("date")).getMaxLen();
            assertThat(typed.length()).as("MaxLen %d", maxLen).isLessThanOrEqualTo(maxLen);
        }
        byte[] pdf = Pdfs.rewrite(FORM.prefilled(Samples.complete()).bytes(),
                doc -> Pdfs.field(doc, "date").setString(COSName.V, typed));
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.declaration().date()).isEqualTo(expected);
        assertThat(reading.findings()).noneMatch(f -> f.field().equals("date") && f.rule().equals("FORM")
                && !f.message().contains("Zukunft"));
    }

    @Test
    void textFieldsWithAHardLimitSayItInTheirTooltip() throws Exception {
        try (PDDocument doc = Loader.loadPDF(FORM.blank().bytes())) {
            var form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getField("organisation_name").getAlternateFieldName())
                    .isEqualTo("1 Organisation: Name (höchstens 200 Zeichen)");
            assertThat(form.getField("email").getAlternateFieldName())
                    .isEqualTo("4 E-Mail-Adresse (höchstens 80 Zeichen)");
            assertThat(form.getField("organisation_postal_code").getAlternateFieldName())
                    .isEqualTo("1 Organisation: Postleitzahl (5 Ziffern)");
            assertThat(form.getField("date").getAlternateFieldName())
                    .isEqualTo("Datum der Unterzeichnung (TT.MM.JJJJ)");
        }
    }
}
