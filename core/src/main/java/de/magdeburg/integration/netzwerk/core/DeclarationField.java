package de.magdeburg.integration.netzwerk.core;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of the declaration form (Erklärung, §1(2) and Anlage): the contract between the PDF
 * form, its JSON and the findings about it. The {@linkplain #fieldName() field names} are public
 * API: city applications and partners' tools pre-fill and read the form by name, and every
 * {@link Finding} about a declaration names its field with them.
 *
 * <p>The working-group checkboxes are not constants: there is one per working group of the
 * profile, named {@link #workingGroupField(String)} ({@code wg_<groupId>}).
 *
 * <p>Immutable and thread-safe.
 */
public enum DeclarationField {
    /** Kind of declaration: export values {@code entry} / {@code deletion} / {@code change}. */
    REQUEST("request", Kind.RADIO, "request", "Eintrag / Löschung / Änderung", 0),
    /** Section 1: the organisation's name. */
    ORGANISATION_NAME("organisation_name", Kind.TEXT, "organisation.name", "Name der Organisation", 200),
    /** Section 1: street and number. */
    ORGANISATION_STREET("organisation_street", Kind.TEXT, "organisation.street", "Straße", 80),
    /** Section 1: postal code, exactly five digits. */
    ORGANISATION_POSTAL_CODE("organisation_postal_code", Kind.TEXT, "organisation.postalCode", "Postleitzahl", 5),
    /** Section 1: city. */
    ORGANISATION_CITY("organisation_city", Kind.TEXT, "organisation.city", "Ort", 60),
    /** Consent to the listing on the Integrationsportal. */
    LIST_ON_PORTAL("list_on_portal", Kind.CHECKBOX, "listOnPortal", "Eintrag im Integrationsportal", 0),
    /** Section 2: the representative's last name. */
    LAST_NAME("last_name", Kind.TEXT, "representative.lastName", "Name", 60),
    /** Section 2: the representative's first name. */
    FIRST_NAME("first_name", Kind.TEXT, "representative.firstName", "Vorname", 60),
    /** Section 3: the representative's function in the organisation. */
    FUNCTION("function", Kind.TEXT, "representative.function", "Funktion", 100),
    /** Section 4: phone. */
    PHONE("phone", Kind.TEXT, "representative.phone", "Telefon", 40),
    /** Section 4: email. */
    EMAIL("email", Kind.TEXT, "representative.email", "E-Mail", 80),
    /** Section 5: taking part in cross-group meetings (§5(2)). */
    CROSS_GROUP_MEETINGS("cross_group_meetings", Kind.CHECKBOX, "crossGroupMeetings",
            "arbeitsgruppenübergreifende Treffen", 0),
    /** Place of signing. */
    PLACE("place", Kind.TEXT, "place", "Ort", 60),
    /** Date of signing, written {@code TT.MM.JJJJ} on the form and ISO {@code yyyy-MM-dd} in JSON. */
    DATE("date", Kind.TEXT, "date", "Datum", 16),
    /** Name of the person who signs. */
    SIGNATORY_NAME("signatory_name", Kind.TEXT, "signatoryName", "Name der unterzeichnenden Person", 120),
    /** The signature field: {@code NONE} / {@code SIGNED_VALID} / {@code SIGNED_INVALID} in JSON. */
    SIGNATURE("signature", Kind.SIGNATURE, "signature", "Unterschrift", 0);

    /** Prefix of the working-group checkbox names, {@code wg_<groupId>}. */
    public static final String WORKING_GROUP_PREFIX = "wg_";

    /** Caption of every working-group checkbox, as a label for findings about them. */
    public static final String WORKING_GROUPS_CAPTION = "Arbeitsgruppen";

    /** The on-state of every checkbox of the form; off is {@code Off}. */
    public static final String CHECKBOX_ON = "Yes";

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    /** What kind of form field carries the value. */
    public enum Kind {
        /** A single-line text field. */
        TEXT,
        /** A radio group. */
        RADIO,
        /** A checkbox with on-state {@code Yes}. */
        CHECKBOX,
        /** A signature field. */
        SIGNATURE
    }

    private final String fieldName;
    private final Kind kind;
    private final String jsonPath;
    private final String caption;
    private final int maxLength;

    DeclarationField(String fieldName, Kind kind, String jsonPath, String caption, int maxLength) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.jsonPath = jsonPath;
        this.caption = caption;
        this.maxLength = maxLength;
    }

    /** @return the form field's name, e.g. {@code organisation_postal_code}; public API */
    public String fieldName() {
        return fieldName;
    }

    /** @return the kind of form field */
    public Kind kind() {
        return kind;
    }

    /** @return where the value is in a declaration's JSON, e.g. {@code organisation.postalCode} */
    public String jsonPath() {
        return jsonPath;
    }

    /** @return the German caption a partner sees, e.g. {@code Postleitzahl} */
    public String caption() {
        return caption;
    }

    /**
     * The most characters a text field takes: the form's {@code MaxLen} (a viewer lets nobody type
     * more) and the limit the reader accepts. Sized for the content (a postal code 5; a date 16: ten
     * characters with room for the spaces a partner types around them, which the reader trims) and
     * for the box on the form, which shows that many characters at 8 pt or more.
     *
     * @return the limit, 1 to 200; 0 for fields that are not {@link Kind#TEXT}
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * This field's value in a declaration, as the form shows it: the text of a text field (the date
     * as {@code TT.MM.JJJJ}, empty when not filled), {@value #CHECKBOX_ON} or {@code Off} for a
     * checkbox, the {@linkplain #requestValue(RequestType) export value} of the request type, and the
     * signature's state ({@code NONE}, {@code SIGNED_VALID}, {@code SIGNED_INVALID}).
     *
     * @param declaration the declaration; not null
     * @return the value; not null, empty when the field is not filled
     */
    public String valueIn(Declaration declaration) {
        var o = declaration.organisation();
        var r = declaration.representative();
        return switch (this) {
            case REQUEST -> requestValue(declaration.request());
            case ORGANISATION_NAME -> o.name();
            case ORGANISATION_STREET -> o.street();
            case ORGANISATION_POSTAL_CODE -> o.postalCode();
            case ORGANISATION_CITY -> o.city();
            case LIST_ON_PORTAL -> checkbox(declaration.listOnPortal());
            case LAST_NAME -> r.lastName();
            case FIRST_NAME -> r.firstName();
            case FUNCTION -> r.function();
            case PHONE -> r.phone();
            case EMAIL -> r.email();
            case CROSS_GROUP_MEETINGS -> checkbox(declaration.crossGroupMeetings());
            case PLACE -> declaration.place();
            case DATE -> declaration.date() == null ? "" : FORM_DATE.format(declaration.date());
            case SIGNATORY_NAME -> declaration.signatoryName();
            case SIGNATURE -> declaration.signature().name();
        };
    }

    /**
     * @param request a request type; not null
     * @return its export value in the {@link #REQUEST} radio group: {@code entry}, {@code deletion}
     *     or {@code change}
     */
    public static String requestValue(RequestType request) {
        return request.name().toLowerCase(Locale.ROOT);
    }

    /** @return the text fields, in the order of the form */
    public static List<DeclarationField> textFields() {
        return Arrays.stream(values()).filter(f -> f.kind == Kind.TEXT).toList();
    }

    private static String checkbox(boolean on) {
        return on ? CHECKBOX_ON : "Off";
    }

    /**
     * @param fieldName a form field name; may be null
     * @return the field of that name; empty for a working-group checkbox or an unknown name
     */
    public static Optional<DeclarationField> find(String fieldName) {
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName)).findFirst();
    }

    /**
     * @param groupId a working group id of the profile; not empty
     * @return the name of its checkbox, {@code wg_<groupId>}
     */
    public static String workingGroupField(String groupId) {
        return WORKING_GROUP_PREFIX + groupId;
    }

    /**
     * The German caption for a field name as findings carry it.
     *
     * @param fieldName a form field name, a {@code wg_} checkbox name, a JSON path such as
     *     {@code organisation.postalCode} or anything else; may be null
     * @return the caption; {@value #WORKING_GROUPS_CAPTION} for a working-group checkbox and for
     *     {@code workingGroups}; the name itself when it is no field of the form; empty for null
     */
    public static String captionOf(String fieldName) {
        if (fieldName == null) {
            return "";
        }
        if (fieldName.startsWith(WORKING_GROUP_PREFIX) || fieldName.equals("workingGroups")) {
            return WORKING_GROUPS_CAPTION;
        }
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName) || f.jsonPath.equals(fieldName))
                .findFirst().map(DeclarationField::caption).orElse(fieldName);
    }
}
