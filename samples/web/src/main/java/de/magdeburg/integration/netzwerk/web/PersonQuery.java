package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Organisation;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Whose data an Art. 15 export or Art. 17 erasure is about: an organisation (also one that never
 * became a partner), a person's name, a person's e-mail — at least one of them. Every value is
 * compared {@linkplain #fold folded}: the register's key (case and white space, GO-1.1) and, beyond
 * it, without diacritics, so „TESTVEREIN  PROBE E. V.“, „Testverein Probe e. V.“ and
 * „Testverein Probé e. V.“ are one organisation, „Jürgen Weiß“ and „JURGEN WEISS“ one person.
 *
 * @param organisation the organisation's name as anyone spelt it, or empty
 * @param name the person's name (first and last name, in either order), or empty
 * @param email the person's e-mail address, or empty
 */
public record PersonQuery(String organisation, String name, String email) {
    /** The longest value accepted (the register's own limit for a name). */
    public static final int MAX_LENGTH = 200;

    /** Strips; refuses a query that names nobody or a value longer than {@link #MAX_LENGTH}. */
    public PersonQuery {
        organisation = clean("organisation", organisation);
        name = clean("name", name);
        email = clean("email", email);
        if (organisation.isEmpty() && name.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("Bitte Organisation, Name oder E-Mail angeben. / "
                    + "Please give an organisation, a name or an e-mail address.");
        }
    }

    private static String clean(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Angabe „" + field + "“ ist länger als " + MAX_LENGTH
                    + " Zeichen. / Field '" + field + "' is longer than " + MAX_LENGTH + " characters.");
        }
        return v;
    }

    /** @return a query for one organisation only */
    public static PersonQuery organisation(String organisation) {
        return new PersonQuery(organisation, "", "");
    }

    /** @return who the query is about, for the page and the audit entry's subject (no e-mail, no name) */
    public String subject() {
        return organisation.isEmpty() ? "(Person nach Name/E-Mail)" : organisation;
    }

    /**
     * The one comparison form of every value searched: the register key of {@link Organisation#key}
     * (trimmed, white space collapsed, lower case), without diacritics and with „ß“ as „ss“.
     *
     * @param text any text; not null
     * @return the folded text
     */
    public static String fold(String text) {
        String key = Organisation.key(text);
        String decomposed = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace("ß", "ss").toLowerCase(Locale.ROOT);
    }
}
