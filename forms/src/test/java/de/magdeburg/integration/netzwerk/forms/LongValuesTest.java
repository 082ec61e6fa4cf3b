package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long values on the form: every text field takes as many characters as the reader accepts
 * ({@link DeclarationField#maxLength()}, 200 for the organisation's name) and its appearance shows
 * every one of them at 8 pt or more, inside the box, in mixed case and in capitals (which are
 * about a quarter wider).
 */
class LongValuesTest {
    /** Realistic text: words of mixed case, umlauts, digits and punctuation. */
    private static final String WORDS = "Interkulturelle Begegnungsstätte „Brückenschlag“ Süd-Ost e. V. 2027 ";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mixed case", "capitals"})
    void everyTextFieldShowsEveryCharacterOfAValueAsLongAsItsLimitAtEightPointOrMore(String letters)
            throws Exception {
        Map<String, String> values = longestValues(letters.equals("capitals") ? WORDS.toUpperCase(Locale.GERMAN) : WORDS);
        byte[] pdf = Samples.FORM.prefilled(declaration(values)).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            Map<String, PDRectangle> boxes = new LinkedHashMap<>();
            for (String name : values.keySet()) {
                boxes.put(name, ((PDTextField) form.getField(name)).getWidgets().get(0).getRectangle());
            }
            // flattening draws exactly our appearance streams into the page, where text can be located
            form.flatten();
            List<TextPosition> glyphs = glyphsOnPageOne(doc);
            SoftAssertions softly = new SoftAssertions();
            for (var e : values.entrySet()) {
                PDRectangle box = boxes.get(e.getKey());
                StringBuilder shown = new StringBuilder();
                for (TextPosition g : glyphs) {
                    if (centreIn(g, box)) {
                        shown.append(g.getUnicode());
                        if (g.getUnicode().isBlank()) {
                            continue; // a space at a line break may reach past the edge; it draws nothing
                        }
                        softly.assertThat(g.getFontSizeInPt()).as(e.getKey()).isGreaterThanOrEqualTo(8);
                        softly.assertThat(g.getX()).as(e.getKey() + " left edge of " + g).isGreaterThanOrEqualTo(
                                box.getLowerLeftX() + 1);
                        softly.assertThat(g.getX() + g.getWidth()).as(e.getKey() + " right edge of " + g)
                                .isLessThanOrEqualTo(box.getUpperRightX() - 1);
                        float baseline = doc.getPage(0).getMediaBox().getHeight() - g.getY();
                        softly.assertThat(baseline - 0.24f * g.getFontSizeInPt()).as(e.getKey() + " descender of " + g)
                                .isGreaterThanOrEqualTo(box.getLowerLeftY() + 1);
                        softly.assertThat(baseline + 0.76f * g.getFontSizeInPt()).as(e.getKey() + " top of " + g)
                                .isLessThanOrEqualTo(box.getUpperRightY() - 1);
                    }
                }
                softly.assertThat(shown.toString().replace(" ", "")).as(e.getKey())
                        .isEqualTo(e.getValue().replace(" ", ""));
            }
            softly.assertAll();
        }
    }

    @Test
    void theOrganisationsNameTakesTwoHundredCharacters() {
        assertThat(longestValues().get("organisation_name")).hasSize(200);
    }

    @Test
    void everyTextFieldsMaxLenIsTheLimitOfThePublicContract() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.FORM.blank().bytes())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            for (DeclarationField f : DeclarationField.values()) {
                if (f.kind() == DeclarationField.Kind.TEXT) {
                    assertThat(((PDTextField) form.getField(f.fieldName())).getMaxLen()).as(f.fieldName())
                            .isEqualTo(f.maxLength());
                }
            }
            assertThat(DeclarationField.ORGANISATION_POSTAL_CODE.maxLength()).isEqualTo(5);
            assertThat(DeclarationField.DATE.maxLength()).isEqualTo(16);
        }
    }

    @Test
    void aValueLongerThanItsFieldTakesIsRefusedNotCut() {
        Declaration d = Samples.complete().withRepresentative(
                new Representative("Yılmaz", "Şükrü", "Vorsitzender", "0391 123456", "a".repeat(69) + "@example.org"));
        assertThatThrownBy(() -> Samples.FORM.prefilled(d).bytes()).isInstanceOf(NetzwerkException.class)
                .hasMessageStartingWith("Der Wert im Feld „email“ ist 81 Zeichen lang; das Formular nimmt höchstens 80");
    }

    /** For every text field but the date, a value exactly as long as the field takes. */
    static Map<String, String> longestValues() {
        return longestValues(WORDS);
    }

    static Map<String, String> longestValues(String words) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DeclarationField f : DeclarationField.values()) {
            if (f.kind() != DeclarationField.Kind.TEXT || f == DeclarationField.DATE) {
                continue;
            }
            String value = switch (f) {
                case ORGANISATION_POSTAL_CODE -> "39104";
                case PHONE -> fill("0391 540-3222 / ", f.maxLength());
                case EMAIL -> fill("vorname.nachname-", f.maxLength() - 17) + "@stadt.example.de";
                default -> fill(words, f.maxLength());
            };
            values.put(f.fieldName(), value);
        }
        return values;
    }

    private static Declaration declaration(Map<String, String> v) {
        return Declaration.of(RequestType.ENTRY, new Organisation(v.get("organisation_name"),
                        v.get("organisation_street"), v.get("organisation_postal_code"), v.get("organisation_city")))
                .withRepresentative(new Representative(v.get("last_name"), v.get("first_name"), v.get("function"),
                        v.get("phone"), v.get("email")))
                .withWorkingGroups(List.of("language"), false)
                .withSigning(v.get("place"), LocalDate.of(2026, 11, 26), v.get("signatory_name"));
    }

    private static boolean centreIn(TextPosition g, PDRectangle box) {
        float pageHeight = 842;
        float x = g.getX() + g.getWidth() / 2;
        float y = pageHeight - g.getY() + g.getFontSizeInPt() * 0.3f;
        return x > box.getLowerLeftX() && x < box.getUpperRightX() && y > box.getLowerLeftY()
                && y < box.getUpperRightY();
    }

    private static List<TextPosition> glyphsOnPageOne(PDDocument doc) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        return out;
    }

    /** The pattern repeated to exactly {@code length} characters, the last one an "x" (never a space). */
    private static String fill(String pattern, int length) {
        return pattern.repeat(length / pattern.length() + 1).substring(0, length - 1) + "x";
    }
}
