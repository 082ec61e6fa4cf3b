package de.magdeburg.integration.netzwerk.core;

/** What a {@link Declaration} asks for: Eintrag, Löschung or Änderung (§1(2), Anlage). */
public enum RequestType {
    /** Eintrag: admit the organisation to the register and mailing list. */
    ENTRY,
    /** Löschung: remove the organisation from the register and mailing list. */
    DELETION,
    /** Änderung: update the organisation's registered data. */
    CHANGE
}
