package de.magdeburg.integration.netzwerk.forms.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The field names of the declaration form as compile-time constants (for {@code switch}); the
 * public contract is {@link de.magdeburg.integration.netzwerk.core.DeclarationField}, and
 * {@code FieldsTest} keeps both equal.
 */
public final class Fields {
    /** Radio group: kind of declaration. */
    public static final String REQUEST = "request";
    /** Text: section 1, organisation name. */
    public static final String ORGANISATION_NAME = "organisation_name";
    /** Text: section 1, street and number. */
    public static final String ORGANISATION_STREET = "organisation_street";
    /** Text: section 1, postal code (5 digits expected). */
    public static final String ORGANISATION_POSTAL_CODE = "organisation_postal_code";
    /** Text: section 1, city. */
    public static final String ORGANISATION_CITY = "organisation_city";
    /** Checkbox: consent to the portal listing. */
    public static final String LIST_ON_PORTAL = "list_on_portal";
    /** Text: section 2, representative's last name. */
    public static final String LAST_NAME = "last_name";
    /** Text: section 2, representative's first name. */
    public static final String FIRST_NAME = "first_name";
    /** Text: section 3, function. */
    public static final String FUNCTION = "function";
    /** Text: section 4, phone. */
    public static final String PHONE = "phone";
    /** Text: section 4, email. */
    public static final String EMAIL = "email";
    /** Checkbox: cross-group meetings (§5(2)). */
    public static final String CROSS_GROUP_MEETINGS = "cross_group_meetings";
    /** Text: place of signing. */
    public static final String PLACE = "place";
    /** Text: date of signing, TT.MM.JJJJ. */
    public static final String DATE = "date";
    /** Text: name of the signatory. */
    public static final String SIGNATORY_NAME = "signatory_name";
    /** Signature field. */
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

    /**
     * The bundle in German ({@code messages.properties}) or English ({@code messages_en.properties}),
     * never the JVM's default locale (as core's {@code Messages.bundle}). Looked up here because on
     * the module path only this module sees its bundle.
     *
     * @param locale English for any English locale, German otherwise; not null
     * @return the bundle
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
    }

    private Fields() {
    }
}
