package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register's append-only history (§1(3)): replaying all entries in order
 * reproduces the register.
 *
 * <p>Immutable.
 *
 * @param sequence 1 for the first entry, then consecutive
 * @param date the day the change took effect; not null
 * @param action what happened; not null
 * @param partnerKey the register key of the organisation; not empty
 * @param declaration the declaration the change came from; null for {@link HistoryAction#REMOVED_INACTIVE}
 * @param note free text, e.g. the reason of an inactivity removal; may be empty
 */
public record HistoryEntry(int sequence, LocalDate date, HistoryAction action, String partnerKey,
        Declaration declaration, String note) {
    /** Validates. */
    public HistoryEntry {
        if (sequence < 1) {
            throw Text.invalid("history.sequence", "ist " + sequence + ", muss ≥ 1 sein",
                    "must be ≥ 1, got " + sequence);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        partnerKey = Text.require("history.partnerKey", partnerKey, 200);
        if (action != HistoryAction.REMOVED_INACTIVE && declaration == null) {
            throw Text.invalid("history.declaration", "Eintrag " + sequence + " (" + action + ") braucht seine "
                    + "Erklärung", "entry " + sequence + " (" + action + ") needs its declaration");
        }
        note = Text.clean("history.note", note, 2_000);
    }
}
