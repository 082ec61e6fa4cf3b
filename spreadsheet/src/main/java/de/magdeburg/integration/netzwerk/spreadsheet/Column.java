package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import java.util.Optional;

/**
 * What a column of the partner list holds: a part of the declaration (§1(2), Anlage) a row becomes.
 * Each maps to the declaration's form field, so the findings of the rules name the same fields as
 * for a form.
 */
public enum Column {
    /** The organisation's name; required. */
    ORGANISATION_NAME(DeclarationField.ORGANISATION_NAME),
    /** Street and number. */
    ORGANISATION_STREET(DeclarationField.ORGANISATION_STREET),
    /** Postal code; a number cell of four digits gets its leading zero back. */
    ORGANISATION_POSTAL_CODE(DeclarationField.ORGANISATION_POSTAL_CODE),
    /** City. */
    ORGANISATION_CITY(DeclarationField.ORGANISATION_CITY),
    /** The representative's last name. */
    LAST_NAME(DeclarationField.LAST_NAME),
    /** The representative's first name. */
    FIRST_NAME(DeclarationField.FIRST_NAME),
    /** The representative's function. */
    FUNCTION(DeclarationField.FUNCTION),
    /** Phone; a number cell gets its leading zero back. */
    PHONE(DeclarationField.PHONE),
    /** Email. */
    EMAIL(DeclarationField.EMAIL),
    /** Working groups, by name or id, separated by comma, semicolon or line break (§4(1)). */
    WORKING_GROUPS(null),
    /** Taking part in cross-group meetings (§5(2)): x, ja, yes, 1 or true. */
    CROSS_GROUP_MEETINGS(DeclarationField.CROSS_GROUP_MEETINGS),
    /** Consent to the listing on the Integrationsportal: x, ja, yes, 1 or true. */
    LIST_ON_PORTAL(DeclarationField.LIST_ON_PORTAL),
    /** The day the declaration was signed (a date cell, an Excel serial number or TT.MM.JJJJ). */
    DATE(DeclarationField.DATE),
    /** Who signed; without this column the representative is taken as the signatory. */
    SIGNATORY_NAME(DeclarationField.SIGNATORY_NAME);

    private final DeclarationField field;

    Column(DeclarationField field) {
        this.field = field;
    }

    /** @return the declaration's form field this column fills; empty for {@link #WORKING_GROUPS} */
    public Optional<DeclarationField> field() {
        return Optional.ofNullable(field);
    }

    /** @return the field name findings use: the form field's, or {@code workingGroups} */
    public String fieldName() {
        return field == null ? "workingGroups" : field.fieldName();
    }
}
