package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarationFieldTest {
    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', value = {
        "organisation_postal_code | Postleitzahl",
        "organisation.postalCode  | Postleitzahl",
        "signatory_name           | Name der unterzeichnenden Person",
        "wg_language              | Arbeitsgruppen",
        "workingGroups            | Arbeitsgruppen",
        "language/2027            | language/2027",
    })
    void findingsNameTheirFieldWithTheCaptionAPartnerSees(String field, String caption) {
        assertThat(DeclarationField.captionOf(field)).isEqualTo(caption);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REQUEST, request, RADIO, request", "EMAIL, email, TEXT, representative.email",
        "CROSS_GROUP_MEETINGS, cross_group_meetings, CHECKBOX, crossGroupMeetings"})
    void eachFieldHasItsNameKindAndJsonPath(DeclarationField field, String name, DeclarationField.Kind kind,
            String jsonPath) {
        assertThat(field.fieldName()).isEqualTo(name);
        assertThat(field.kind()).isEqualTo(kind);
        assertThat(field.jsonPath()).isEqualTo(jsonPath);
        assertThat(DeclarationField.find(name)).contains(field);
    }
}
