package de.magdeburg.integration.netzwerk.core;

import java.util.Locale;
import java.util.Objects;

/**
 * An organisation's name and seat, as on the declaration form (section 1, "Organisation/Anschrift/Sitz").
 *
 * <p>Immutable. Components are never null; an unknown value is the empty string, so that a
 * half-filled form can still be represented and reported on. Surrounding white space is removed.
 *
 * @param name organisation name, e.g. "Beispielverein e. V."
 * @param street street and house number
 * @param postalCode postal code as typed (checked by the rules, not here)
 * @param city city
 */
public record Organisation(String name, String street, String postalCode, String city) {

    /** Maximum length of each component, in characters. */
    public static final int MAX_LENGTH = 200;

    /** Validates lengths and normalises white space. */
    public Organisation {
        name = Text.clean("organisation.name", name, MAX_LENGTH);
        street = Text.clean("organisation.street", street, MAX_LENGTH);
        postalCode = Text.clean("organisation.postalCode", postalCode, MAX_LENGTH);
        city = Text.clean("organisation.city", city, MAX_LENGTH);
    }

    /**
     * The key under which the register files this organisation: the name, trimmed, inner
     * white space folded and lower-cased, so that "Verein  X" and "verein x" are one partner.
     *
     * @return the register key; empty if the name is empty
     */
    public String key() {
        return key(name);
    }

    /**
     * The register key for an organisation name.
     *
     * @param organisationName any name; not null
     * @return the normalised key
     */
    public static String key(String organisationName) {
        Objects.requireNonNull(organisationName, "organisationName");
        return organisationName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
