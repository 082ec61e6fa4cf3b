package de.magdeburg.integration.netzwerk.core;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The alphabetical order of every list of organisations and persons the library prints or exports
 * (register, mailing lists, attendance sheets, invitations, overview, portal listing): DIN 5007-1,
 * the order of dictionaries, in which "Ä" sorts as "A", "Ö" as "O", "ß" as "ss", and case counts
 * only between otherwise equal names ("Äthiopische Gemeinde" before "Vietnamesische …",
 * "Ökumenischer …" before "Stadtteilwerkstatt").
 *
 * <p>A {@link Collator} is not meant to be shared between threads, so each call returns a
 * comparator with its own; keep one per sort, not per comparison.
 */
public final class GermanOrder {
    private GermanOrder() {
    }

    /**
     * @return a new comparator of names after DIN 5007-1; names equal to the collator (only case or
     *     accents differ) are ordered by their UTF-16 code units, so every order is the same on
     *     every run; not null
     */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        collator.setStrength(Collator.TERTIARY);
        Comparator<String> din = collator::compare;
        return din.thenComparing(Comparator.naturalOrder());
    }

    /** @return a new comparator of partners by their organisation's name after DIN 5007-1 */
    public static Comparator<Partner> byOrganisation() {
        return Comparator.comparing(p -> p.organisation().name(), names());
    }
}
