package de.magdeburg.integration.netzwerk.core;

/** The Protokollkontrolle of minutes (§5(1)): draft, then reviewed, then approved. */
public enum ReviewState {
    /** Being written; printed with an "ENTWURF" mark. */
    DRAFT,
    /** Checked by the coordinator; still marked as draft when printed. */
    REVIEWED,
    /** Approved; printed with approver and date. */
    APPROVED
}
