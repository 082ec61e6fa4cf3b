package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The minutes of a meeting (Protokoll, §5(1)) with the state of their review (Protokollkontrolle).
 *
 * <p>Immutable. The review goes {@link ReviewState#DRAFT} → {@link ReviewState#REVIEWED} →
 * {@link ReviewState#APPROVED}; {@link #reviewed(String, LocalDate)} and
 * {@link #approved(String, LocalDate)} return new values and refuse to go back or skip.
 *
 * @param meeting the meeting; not null
 * @param minuteTaker who took the minutes; may be empty
 * @param moderation who moderated (usually the speakers); not null
 * @param present organisations present; not null
 * @param excused organisations excused; not null
 * @param guests guests present, by name; not null
 * @param items what was discussed per agenda item; not null
 * @param nextMeeting the next meeting; null if not fixed
 * @param state review state; not null
 * @param reviewedBy who reviewed; empty until reviewed
 * @param approvedBy who approved; empty until approved
 * @param approvedOn day of approval; null until approved
 */
public record Minutes(Meeting meeting, String minuteTaker, List<String> moderation, List<String> present,
        List<String> excused, List<String> guests, List<MinutesItem> items, LocalDateTime nextMeeting,
        ReviewState state, String reviewedBy, String approvedBy, LocalDate approvedOn) {

    /** Validates. */
    public Minutes {
        Objects.requireNonNull(meeting, "meeting");
        minuteTaker = Text.clean("minutes.minuteTaker", minuteTaker, 200);
        moderation = Text.list("minutes.moderation", moderation);
        present = Text.list("minutes.present", present);
        excused = Text.list("minutes.excused", excused);
        guests = Text.list("minutes.guests", guests);
        items = Text.list("minutes.items", items);
        Objects.requireNonNull(state, "state");
        reviewedBy = Text.clean("minutes.reviewedBy", reviewedBy, 200);
        approvedBy = Text.clean("minutes.approvedBy", approvedBy, 200);
        if (state == ReviewState.APPROVED && (approvedBy.isEmpty() || approvedOn == null)) {
            throw Text.invalid("minutes.approvedBy", "das genehmigte Protokoll von „" + meeting.id() + "“ braucht "
                    + "approvedBy und approvedOn", "approved minutes of '" + meeting.id()
                    + "' need approvedBy and approvedOn");
        }
        if (state != ReviewState.APPROVED && approvedOn != null) {
            throw Text.invalid("minutes.approvedOn", "das Protokoll von „" + meeting.id() + "“ im Zustand " + state
                    + " kann kein Genehmigungsdatum haben", "minutes of '" + meeting.id() + "' in state " + state
                    + " cannot have an approval date");
        }
    }

    /**
     * Marks draft minutes as reviewed.
     *
     * @param reviewer who reviewed; not empty
     * @param on the day; not null
     * @return reviewed minutes
     * @throws NetzwerkException unless the minutes are a draft
     */
    public Minutes reviewed(String reviewer, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (state != ReviewState.DRAFT) {
            throw new NetzwerkException("Das Protokoll von „" + meeting.id() + "“ ist " + state + ", nicht DRAFT / "
                    + "minutes of '" + meeting.id() + "' are " + state + ", not DRAFT");
        }
        return new Minutes(meeting, minuteTaker, moderation, present, excused, guests, items, nextMeeting,
                ReviewState.REVIEWED, Text.require("reviewer", reviewer, 200), "", null);
    }

    /**
     * Approves reviewed minutes.
     *
     * @param approver who approved; not empty
     * @param on the day of approval; not null
     * @return approved minutes
     * @throws NetzwerkException unless the minutes are reviewed
     */
    public Minutes approved(String approver, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (state != ReviewState.REVIEWED) {
            throw new NetzwerkException("Das Protokoll von „" + meeting.id() + "“ ist " + state + ", nicht REVIEWED / "
                    + "minutes of '" + meeting.id() + "' are " + state + ", not REVIEWED");
        }
        return new Minutes(meeting, minuteTaker, moderation, present, excused, guests, items, nextMeeting,
                ReviewState.APPROVED, reviewedBy, Text.require("approver", approver, 200), on);
    }
}
