package de.magdeburg.integration.netzwerk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void theFormWritesAndReadsExactlyThePublicFieldNames() {
        List<String> constants = List.of(Fields.REQUEST, Fields.ORGANISATION_NAME, Fields.ORGANISATION_STREET,
                Fields.ORGANISATION_POSTAL_CODE, Fields.ORGANISATION_CITY, Fields.LIST_ON_PORTAL, Fields.LAST_NAME,
                Fields.FIRST_NAME, Fields.FUNCTION, Fields.PHONE, Fields.EMAIL, Fields.CROSS_GROUP_MEETINGS,
                Fields.PLACE, Fields.DATE, Fields.SIGNATORY_NAME, Fields.SIGNATURE);

        assertThat(constants).containsExactlyElementsOf(
                Arrays.stream(DeclarationField.values()).map(DeclarationField::fieldName).toList());
        assertThat(Fields.WORKING_GROUP_PREFIX).isEqualTo(DeclarationField.WORKING_GROUP_PREFIX);
    }
}
