package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register's append-only history (§1(3)): replaying all entries in order
 * reproduces the register — its partners and also its working groups, speakers and guests.
 *
 * <p>Immutable. A partner entry ({@link HistoryAction#isPartnerAction()}) names its partner and,
 * except for {@link HistoryAction#REMOVED_INACTIVE}, its declaration; every other entry carries
 * exactly the one detail of its action: {@code group} for {@link HistoryAction#GROUP_FOUNDED}
 * (§4(2)), {@code speaker} for {@link HistoryAction#SPEAKER_ELECTED} and
 * {@link HistoryAction#SPEAKER_LEFT} (§4(3)), {@code guest} for
 * {@link HistoryAction#GUEST_REGISTERED} and {@link HistoryAction#GUEST_APPROVED} (§1(5)).
 *
 * @param sequence 1 for the first entry, then consecutive
 * @param date the day the change took effect; not null
 * @param action what happened; not null
 * @param partnerKey the register key of the organisation; not empty for a partner entry, empty otherwise
 * @param declaration the declaration the change came from; null for {@link HistoryAction#REMOVED_INACTIVE}
 *     and for entries that are not about partners
 * @param note free text, e.g. the reason of an inactivity removal; may be empty
 * @param by who decided or recorded the change, e.g. the approving speaker of a
 *     {@link HistoryAction#GUEST_APPROVED}; may be empty (never for an approval)
 * @param speaker the speaker's term as it stands after the change; only for speaker entries, else null
 * @param group the founded group; only for {@link HistoryAction#GROUP_FOUNDED}, else null
 * @param guest the guest; only for guest entries, else null
 */
public record HistoryEntry(int sequence, LocalDate date, HistoryAction action, String partnerKey,
        Declaration declaration, String note, String by, SpeakerTerm speaker, WorkingGroupFounding group,
        GuestNotice guest) {
    /** Validates. */
    public HistoryEntry {
        if (sequence < 1) {
            throw Text.invalid("history.sequence", "ist " + sequence + ", muss ≥ 1 sein",
                    "must be ≥ 1, got " + sequence);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        note = Text.clean("history.note", note, 2_000);
        by = Text.clean("history.by", by, 200);
        if (action.isPartnerAction()) {
            partnerKey = Text.require("history.partnerKey", partnerKey, 200);
            if (action != HistoryAction.REMOVED_INACTIVE && declaration == null) {
                throw Text.invalid("history.declaration", "Eintrag " + sequence + " (" + action + ") braucht seine "
                        + "Erklärung", "entry " + sequence + " (" + action + ") needs its declaration");
            }
            requireAbsent(sequence, action, "speaker", speaker);
            requireAbsent(sequence, action, "group", group);
            requireAbsent(sequence, action, "guest", guest);
        } else {
            partnerKey = Text.clean("history.partnerKey", partnerKey, 200);
            requireAbsent(sequence, action, "partnerKey", partnerKey.isEmpty() ? null : partnerKey);
            requireAbsent(sequence, action, "declaration", declaration);
            boolean speakerEntry = action == HistoryAction.SPEAKER_ELECTED || action == HistoryAction.SPEAKER_LEFT;
            boolean guestEntry = action == HistoryAction.GUEST_REGISTERED || action == HistoryAction.GUEST_APPROVED;
            requirePresence(sequence, action, "speaker", speaker, speakerEntry);
            requirePresence(sequence, action, "group", group, action == HistoryAction.GROUP_FOUNDED);
            requirePresence(sequence, action, "guest", guest, guestEntry);
            if (action == HistoryAction.GUEST_APPROVED && by.isEmpty()) {
                throw Text.invalid("history.by", "Eintrag " + sequence + " (" + action + ") nennt nicht, wer "
                        + "zugestimmt hat", "entry " + sequence + " (" + action + ") does not name who approved");
            }
        }
    }

    /**
     * A partner entry, as before the register kept groups, speakers and guests.
     *
     * @param sequence 1 for the first entry, then consecutive
     * @param date the day the change took effect; not null
     * @param action a partner action; not null
     * @param partnerKey the register key of the organisation; not empty
     * @param declaration the declaration; null only for {@link HistoryAction#REMOVED_INACTIVE}
     * @param note free text; may be empty
     */
    public HistoryEntry(int sequence, LocalDate date, HistoryAction action, String partnerKey,
            Declaration declaration, String note) {
        this(sequence, date, action, partnerKey, declaration, note, "", null, null, null);
    }

    private static void requirePresence(int sequence, HistoryAction action, String field, Object value, boolean needed) {
        if (needed && value == null) {
            throw Text.invalid("history." + field, "Eintrag " + sequence + " (" + action + ") braucht „" + field + "“",
                    "entry " + sequence + " (" + action + ") needs '" + field + "'");
        }
        if (!needed) {
            requireAbsent(sequence, action, field, value);
        }
    }

    private static void requireAbsent(int sequence, HistoryAction action, String field, Object value) {
        if (value != null) {
            throw Text.invalid("history." + field, "Eintrag " + sequence + " (" + action + ") hat kein „" + field
                    + "“", "entry " + sequence + " (" + action + ") has no '" + field + "'");
        }
    }
}
