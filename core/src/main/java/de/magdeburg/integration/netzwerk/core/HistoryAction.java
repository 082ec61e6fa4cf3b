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
    REMOVED_INACTIVE,
    /** A new working group was founded with at least five organisations (GO-4.2, §4(2)). */
    GROUP_FOUNDED,
    /** A speaker of a working group was elected or named for a term (GO-4.3, §4(3)). */
    SPEAKER_ELECTED,
    /** A speaker's term ended before its planned last day, e.g. by resignation or succession (§4(3)). */
    SPEAKER_LEFT,
    /** A guest registered with the coordinator for a meeting (GO-1.5, §1(5)). */
    GUEST_REGISTERED,
    /** A speaker agreed to a registered guest's attendance (GO-1.5, §1(5)). */
    GUEST_APPROVED;

    /** @return whether the action concerns a partner organisation (§1(2)–(4)) rather than the groups, speakers or guests */
    public boolean isPartnerAction() {
        return ordinal() <= REMOVED_INACTIVE.ordinal();
    }
}
