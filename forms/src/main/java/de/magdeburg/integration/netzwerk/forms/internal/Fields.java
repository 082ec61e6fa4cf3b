package de.magdeburg.integration.netzwerk.forms.internal;

import java.util.List;

/** The field names of the declaration form contract (DESIGN.md); public API of the PDF. */
public final class Fields {
    public static final String REQUEST = "request";
    public static final String ORGANISATION_NAME = "organisation_name";
    public static final String ORGANISATION_STREET = "organisation_street";
    public static final String ORGANISATION_POSTAL_CODE = "organisation_postal_code";
    public static final String ORGANISATION_CITY = "organisation_city";
    public static final String LIST_ON_PORTAL = "list_on_portal";
    public static final String LAST_NAME = "last_name";
    public static final String FIRST_NAME = "first_name";
    public static final String FUNCTION = "function";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String CROSS_GROUP_MEETINGS = "cross_group_meetings";
    public static final String PLACE = "place";
    public static final String DATE = "date";
    public static final String SIGNATORY_NAME = "signatory_name";
    public static final String SIGNATURE = "signature";
    /** Prefix of the working-group checkboxes, {@code wg_<groupId>}. */
    public static final String WORKING_GROUP_PREFIX = "wg_";

    /** Export values of the request radio group, in the order ENTRY, DELETION, CHANGE. */
    public static final List<String> REQUEST_VALUES = List.of("entry", "deletion", "change");
    /** The on-state of every checkbox we write. */
    public static final String ON = "Yes";

    /** Fields without which a form is not ours (FOREIGN_FORM). */
    public static final List<String> REQUIRED = List.of(REQUEST, ORGANISATION_NAME, ORGANISATION_STREET,
            ORGANISATION_POSTAL_CODE, ORGANISATION_CITY, LIST_ON_PORTAL, LAST_NAME, FIRST_NAME, FUNCTION, PHONE,
            EMAIL, CROSS_GROUP_MEETINGS, PLACE, DATE, SIGNATORY_NAME);

    /** Resource bundle of the forms module (German default, English variant). */
    public static final String BUNDLE = "de.magdeburg.integration.netzwerk.forms.messages";

    private Fields() {
    }
}
