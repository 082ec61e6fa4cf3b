package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentativeTest {

    @ParameterizedTest(name = "{0} {1}, family name first {2} → {3}")
    @CsvSource({
        "Kowalczyk, Agnieszka, false, Agnieszka Kowalczyk",
        "王, 芳, true, 王芳",
        "Nguyễn, Văn An, true, Nguyễn Văn An",
        "王, 芳, false, 芳 王",
        "'', Sahar, true, Sahar",
    })
    void theNameIsPrintedInTheOrderThePersonWritesIt(String last, String first, boolean familyFirst, String shown) {
        assertThat(new Representative(last, first, "", "", "", familyFirst).displayName()).isEqualTo(shown);
    }

    @Test
    void familyNameFirstIsWrittenToJsonOnlyWhenTrueAndFilesWithoutItReadAsGivenNameFirst() {
        Declaration plain = Fixtures.entry("Chinesisch-Deutsche Brücke e. V.");
        Declaration chinese = plain.withRepresentative(new Representative("王", "芳", "Vorsitzende", "", "", true));

        String plainJson = JsonCodec.DECLARATION.toJson(plain);
        String chineseJson = JsonCodec.DECLARATION.toJson(chinese);

        assertThat(plainJson).doesNotContain("familyNameFirst");
        assertThat(chineseJson).contains("\"familyNameFirst\" : true");
        assertThat(JsonCodec.DECLARATION.read(plainJson.getBytes(StandardCharsets.UTF_8)).representative()
                .familyNameFirst()).isFalse();
        assertThat(JsonCodec.DECLARATION.read(chineseJson.getBytes(StandardCharsets.UTF_8)).representative()
                .displayName()).isEqualTo("王芳");
    }
}
