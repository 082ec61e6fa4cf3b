package de.magdeburg.integration.netzwerk.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypesettingTest {
    private static final String SHY = "\u00AD";

    private static String typeset(String bodyText) {
        String html = Typesetting.apply("<html lang=\"de\"><head><title>Netzwerkkoordination</title></head><body><p>"
                + bodyText + "</p></body></html>");
        return html.substring(html.indexOf("<p>") + 3, html.indexOf("</p>"));
    }

    /** Three letters at least stay together at the end of a word ("-se" would look lost on its line). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Netzwerkkoordination, Netz-werk-ko-or-di-na-tion",
        "Arbeitsgruppenübergreifendes, Ar-beits-grup-pen-über-grei-fen-des",
        "Veranstaltung, Ver-an-stal-tung",
        "Ausbildungsbörse, Aus-bil-dungs-börse",
        "Arbeitsgruppe, Ar-beits-gruppe",
        "Rahman, Rah-man",
        "Yılmaz, Yıl-maz",
    })
    void germanWordsGetSoftHyphensWhereTheTexPatternsAllowABreak(String word, String hyphenated) {
        assertThat(typeset(word)).isEqualTo(hyphenated.replace("-", SHY));
    }

    @Test
    void abbreviationsParagraphsNumbersWithUnitsAndHouseNumbersDoNotSplit() {
        assertThat(typeset("Haus e. V., § 5 Abs. 1, 16:00 Uhr, 60 mm, Alter Markt 6, 0391 540 3222"))
                .isEqualTo("Haus e.\u00A0V., §\u00A05 Abs.\u00A01, 16:00\u00A0Uhr, 60\u00A0mm, Alter Markt\u00A06, "
                        + "0391\u00A0540\u00A03222");
    }

    @Test
    void addressesGetNoSoftHyphensAndTheTitleAndMarkupStayAsTheyAre() {
        String html = Typesetting.apply("<html lang=\"de\"><head><title>Netzwerkkoordination</title></head>"
                + "<body><p class=\"Netzwerkkoordination\">s.yilmaz@bruecke-nschlag.example &amp; "
                + "https://www.magdeburg.de/Integrationsarbeit</p></body></html>");
        assertThat(html).contains("<title>Netzwerkkoordination</title>", "class=\"Netzwerkkoordination\"",
                ">s.yilmaz@bruecke-nschlag.example &amp; https://www.magdeburg.de/Integrationsarbeit<");
    }

    @Test
    void aDocumentInALanguageWithoutPatternsIsNotHyphenated() {
        String html = Typesetting.apply("<html lang=\"xx\"><head><title>t</title></head><body><p>Netzwerke"
                + "</p></body></html>");
        assertThat(html).contains("<p>Netzwerke</p>");
    }

    @Test
    void aWordLongerThanAnyColumnBreaksWithAHyphenEveryFewLetters() {
        assertThat(typeset("X".repeat(40))).isEqualTo(String.join(SHY, List.of("X".repeat(6), "X".repeat(6),
                "X".repeat(6), "X".repeat(6), "X".repeat(6), "X".repeat(6), "X".repeat(4))));
    }

    @Test
    void anAddressBreaksOnlyAfterAtDotHyphenOrSlash() {
        String text = "Mail an s.yilmaz@bruecke-nschlag.example oder 16:00–18:00";
        assertThat(breaks(text)).containsExactly("Mail ", "an ", "s.", "yilmaz@", "bruecke-", "nschlag.",
                "example ", "oder ", "16:00–", "18:00");
    }

    private static List<String> breaks(String text) {
        var breaker = new Typesetting.LineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int p = breaker.next(); p != BreakIterator.DONE; p = breaker.next()) {
            pieces.add(text.substring(from, p));
            from = p;
        }
        return pieces;
    }
}
