package de.magdeburg.integration.netzwerk.core;

/** Whether a partner is on the register and mailing list (§1(3), §1(4)). */
public enum PartnerStatus {
    /** On the register and the mailing list. */
    ACTIVE,
    /** Removed by a deletion declaration (Löschung). */
    DELETED,
    /** Removed for a year without attendance (GO-1.4); a new declaration re-admits. */
    REMOVED_INACTIVE
}
