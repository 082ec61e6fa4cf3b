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

    /**
     * Four letters at least stay together at either end of a word: no "Jah-resbilanz", no
     * "Mi-granten…", no "-des" alone on a line; a short word is not broken at all.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Netzwerkkoordination, Netz-werk-ko-or-di-na-tion",
        "Arbeitsgruppenübergreifendes, Arbeits-grup-pen-über-grei-fendes",
        "Veranstaltung, Veran-stal-tung",
        "Ausbildungsbörse, Ausbil-dungs-börse",
        "Arbeitsgruppe, Arbeits-gruppe",
        "Jahresbilanz, Jahres-bi-lanz",
        "Migrantenselbstorganisationen, Migran-ten-selbst-or-ga-ni-sa-tionen",
        "Rahman, Rahman",
        "Yılmaz, Yılmaz",
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
    void anEmailAddressBreaksOnlyAfterItsAtOrBeforeADotOfItsLocalPartAndATimeRangeNotAtItsDash() {
        String text = "Mail an s.yilmaz@bruecke-nschlag.example oder 16:00–18:00";
        assertThat(breaks(text)).containsExactly("Mail ", "an ", "s", ".yilmaz@", "bruecke-nschlag.example ",
                "oder ", "16:00–18:00");
    }

    @Test
    void aWebAddressBreaksAfterASlashOrBeforeADot() {
        assertThat(breaks("https://www.magdeburg.de/integration")).containsExactly("https:/", "/", "www",
                ".magdeburg", ".de/", "integration");
    }

    @Test
    void weekdayAndDateDayMonthAndYearAndPostalCodeAndTownStayTogether() {
        assertThat(typeset("Mi., 16.06.2027, Donnerstag, 3. Dezember 2026, 39104 Halle"))
                .isEqualTo("Mi.,\u00A016.06.2027, Donnerstag, 3.\u00A0Dezember\u00A02026, 39104\u00A0Halle");
    }

    @Test
    void everyLineOfAValueCellIsAValue() {
        String html = Typesetting.apply("<html lang=\"de\"><head><title>t</title></head><body>"
                + "<td class=\"name\">Jugendbegegnung<br/>Umfassungsstraße 76</td>"
                + "<td><span class=\"label\">Thema</span><br/>Veranstaltung</td></body></html>");
        assertThat(html).contains(">Jugendbegegnung<br/>Umfassungsstraße\u00A076</td>", "<br/>Veran" + SHY + "stal"
                + SHY + "tung</td>");
    }

    @Test
    void aDataValueGetsNoSoftHyphensNorDoItsWordsInProseButAWordLongerThanAnyColumnBreaksAtItsSyllables() {
        String html = Typesetting.apply("<html lang=\"de\"><head><title>t</title></head><body>"
                + "<td class=\"org name\">Kulturforum Migrantenselbstorganisationen</td>"
                + "<p>Kulturforum Veranstaltung</p></body></html>");
        assertThat(html).contains(">Kulturforum Migran" + SHY + "ten" + SHY + "selbst" + SHY + "or" + SHY + "ga" + SHY
                + "ni" + SHY + "sa" + SHY + "tionen</td>", "<p>Kulturforum Veran" + SHY + "stal" + SHY + "tung</p>");
    }

    @Test
    void aQuotationMarkStaysWithTheWordItTouches() {
        assertThat(breaks("vor der Sitzung „5. Sitzung 2027“ am 14.09.2027")).containsExactly("vor ", "der ",
                "Sitzung ", "„5. ", "Sitzung ", "2027“ ", "am ", "14.09.2027");
    }

    @Test
    void aValueWhoseCellWasSizedToHoldItsLongestWordGetsNoSoftHyphensAtAll() {
        String html = Typesetting.apply("<html lang=\"de\"><head><title>t</title></head><body>"
                + "<td class=\"rep name whole\">Hubert Wolfeschlegelsteinhausenbergerdorff</td></body></html>");
        assertThat(html).contains(">Hubert Wolfeschlegelsteinhausenbergerdorff</td>");
    }

    private static List<String> breaks(String text) {
        var breaker = new LineBreaker();
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
