package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A person who represents a partner organisation in the working groups (Vertreter*in, §1(1)).
 *
 * <p>Immutable. Components are never null; unknown values are empty strings.
 *
 * @param lastName family name (form field {@code last_name})
 * @param firstName given name(s) (form field {@code first_name})
 * @param function role in the organisation (form field {@code function})
 * @param phone phone number as typed
 * @param email email address as typed (checked by the rules, not here)
 * @param familyNameFirst whether the person writes the family name first ("王芳", "Nguyễn Văn An"):
 *     then every document prints the name in that order; false by default, and in JSON written only
 *     when true, so files without it read as before
 */
public record Representative(String lastName, String firstName, String function, String phone, String email,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean familyNameFirst) {

    /** Maximum length of each component, in characters. */
    public static final int MAX_LENGTH = 200;

    /** Validates lengths and normalises white space. */
    public Representative {
        lastName = Text.clean("representative.lastName", lastName, MAX_LENGTH);
        firstName = Text.clean("representative.firstName", firstName, MAX_LENGTH);
        function = Text.clean("representative.function", function, MAX_LENGTH);
        phone = Text.clean("representative.phone", phone, MAX_LENGTH);
        email = Text.clean("representative.email", email, MAX_LENGTH);
    }

    /**
     * A representative who writes the given name first.
     *
     * @param lastName family name
     * @param firstName given name(s)
     * @param function role in the organisation
     * @param phone phone number as typed
     * @param email email address as typed
     */
    public Representative(String lastName, String firstName, String function, String phone, String email) {
        this(lastName, firstName, function, phone, email, false);
    }

    /**
     * @return the name as the person writes it: "Vorname Nachname", or with
     *     {@link #familyNameFirst()} "Nachname Vorname" (Chinese, Japanese and Korean names so written
     *     without a space between: "王芳"); whichever part is known
     */
    public String displayName() {
        String first = familyNameFirst ? lastName : firstName;
        String second = familyNameFirst ? firstName : lastName;
        if (first.isEmpty() || second.isEmpty()) {
            return (first + second).strip();
        }
        return first + (familyNameFirst && writtenWithoutSpaces(first.codePointBefore(first.length()))
                && writtenWithoutSpaces(second.codePointAt(0)) ? "" : " ") + second;
    }

    private static boolean writtenWithoutSpaces(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** @return a representative with every component empty */
    public static Representative empty() {
        return new Representative("", "", "", "", "");
    }
}
