package de.magdeburg.integration.netzwerk.core;

/** What a {@link HistoryEntry} of the {@link Register} did. */
public enum HistoryAction {
    /** An entry declaration admitted the partner (GO-1.2), or re-admitted a removed one (GO-1.4). */
    ADMITTED,
    /** A change declaration updated the partner's data. */
    CHANGED,
    /** A deletion declaration removed the partner from register and mailing list. */
    DELETED,
    /** The coordinator removed the partner after a year without attendance (GO-1.4). */
    REMOVED_INACTIVE
}
