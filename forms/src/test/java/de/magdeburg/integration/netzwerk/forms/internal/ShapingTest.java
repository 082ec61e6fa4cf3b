package de.magdeburg.integration.netzwerk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShapingTest {
    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(sb.isEmpty() ? "" : " ").append(Integer.toHexString(cp).toUpperCase()));
        return sb.toString();
    }

    @Test
    void anArabicNameIsJoinedAndDrawnFromRightToLeft() {
        // محمد: meem initial, hah medial, meem medial, dal final; drawn left to right: dal first
        assertThat(hex(Shaping.shape("محمد"))).isEqualTo("FEE3 FEA4 FEE4 FEAA");
        assertThat(hex(Shaping.visual("محمد"))).isEqualTo("FEAA FEE4 FEA4 FEE3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // the Persian letters take their forms from Arabic Presentation Forms-A
        "پور, FB58 FEEE FEAD",              // peh initial, waw final, reh isolated (waw joins on the right only)
        "زهرا پورمحمدی, FEAF FEEB FEAE FE8D 20 FB58 FEEE FEAD FEE3 FEA4 FEE4 FEAA FBFC",
        "چگینی, FB7C FB95 FBFF FEE8 FBFD",  // tcheh initial, gaf medial, farsi yeh medial, noon medial, farsi yeh final
        "ژاله, FB8A FE8D FEDF FEEA",        // jeh joins on the right only: it and the alef after it are isolated
        "کیا, FB90 FBFF FE8E",              // keheh initial, farsi yeh medial, alef final
    })
    void persianLettersJoinLikeArabicOnes(String logical, String shaped) {
        assertThat(hex(Shaping.shape(logical))).isEqualTo(shaped);
        assertThat(Normalizer.normalize(Shaping.shape(logical), Normalizer.Form.NFKC)).isEqualTo(logical);
    }

    @Test
    void aLatinNameInsideArabicKeepsItsOrder() {
        assertThat(Shaping.visual("Verein محمد e. V.")).isEqualTo("Verein " + new StringBuilder(Shaping.shape("محمد")).reverse() + " e. V.");
    }

    @Test
    void textWithoutRightToLeftCharactersIsUnchanged() {
        String s = "Şükrü Yılmaz, Nguyễn Thị Hương, Олена, Νίκος (e. V.)";
        assertThat(Shaping.visual(s)).isSameAs(s);
        assertThat(Shaping.shape(s)).isSameAs(s);
    }

    @Test
    void deshapingGivesTheTypedLettersBack() {
        assertThat(Shaping.deshape(Shaping.shape("محمد العلي"))).isEqualTo("محمد العلي");
    }

    @Test
    void theFormFontHasEveryShapedFormOfTheCorpus() {
        for (String name : new String[] {"محمد العلي", "زهرا پورمحمدی", "چگینی", "ژاله کیا"}) {
            assertThat(FormFont.get().missing(Shaping.visual(name))).as(name).isEmpty();
        }
    }
}
