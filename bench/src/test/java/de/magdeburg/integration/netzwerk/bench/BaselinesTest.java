package de.magdeburg.integration.netzwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The naive baseline writes the same fields and values the library's form carries. */
class BaselinesTest {
    @Test
    void naiveFormCarriesTheSameValuesAsOurs() {
        byte[] naive = Baselines.naiveForm(BenchData.declaration());

        assertThat(Baselines.pdfBoxFields(naive)).containsEntry("last_name", "Шевченко")
                .containsEntry("organisation_postal_code", "39112").containsEntry("request", "entry")
                .containsEntry("list_on_portal", "Yes").containsKey("signature");
    }
}
