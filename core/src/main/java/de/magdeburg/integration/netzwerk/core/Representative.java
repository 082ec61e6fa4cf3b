package de.magdeburg.integration.netzwerk.core;

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
 */
public record Representative(String lastName, String firstName, String function, String phone, String email) {

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

    /** @return "Vorname Nachname", or whichever part is known */
    public String displayName() {
        return (firstName + " " + lastName).strip();
    }

    /** @return a representative with every component empty */
    public static Representative empty() {
        return new Representative("", "", "", "", "");
    }
}
