package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A meeting (Zusammenkunft / Sitzung, §5(2), §5(3)): planned or held.
 *
 * <p>Immutable.
 *
 * @param id stable id chosen by the caller, e.g. "language-2026-03"; not empty
 * @param kind the kind of meeting; not null
 * @param groupId the working group for {@link MeetingKind#WORKING_GROUP} and group-internal project
 *     groups; empty for cross-group meetings and speakers' rounds
 * @param title title, e.g. "2. Sitzung der AG Sprache"; not empty
 * @param start date and time of the start; not null
 * @param end time the meeting ends on the same day; null if open
 * @param place where; may be empty while planning
 * @param agenda agenda items in order; not null
 * @param guests guests announced for the meeting (GO-1.5); not null
 * @param sequence the meeting's revision: 0 for the first invitation (and when absent from the
 *     JSON), one more each time the invitation is changed and sent again, so calendars replace
 *     the earlier entry (iCalendar {@code SEQUENCE}, RFC 5545 §3.8.7.4); 0–1,000,000
 */
public record Meeting(String id, MeetingKind kind, String groupId, String title, LocalDateTime start,
        LocalTime end, String place, List<AgendaItem> agenda, List<Guest> guests,
        // optional in the JSON: meetings written before it existed are the first revision
        @JsonSetter(nulls = Nulls.AS_EMPTY) int sequence) {
    /** Validates. */
    public Meeting {
        id = Text.require("meeting.id", id, 100);
        Objects.requireNonNull(kind, "kind");
        groupId = Text.clean("meeting.groupId", groupId, 100);
        if (kind == MeetingKind.WORKING_GROUP && groupId.isEmpty()) {
            throw Text.invalid("meeting.groupId", "die AG-Sitzung „" + id + "“ braucht eine groupId",
                    "working group meeting '" + id + "' needs a groupId");
        }
        title = Text.require("meeting.title", title, 500);
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start.toLocalTime())) {
            throw Text.invalid("meeting.end", "die Sitzung „" + id + "“ endet um " + end + ", vor ihrem Beginn um "
                    + start.toLocalTime(), "meeting '" + id + "' ends at " + end + ", before it starts at "
                    + start.toLocalTime());
        }
        place = Text.clean("meeting.place", place, 500);
        agenda = Text.list("meeting.agenda", agenda);
        guests = Text.list("meeting.guests", guests);
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw Text.invalid("meeting.sequence", "ist " + sequence + ", erlaubt sind 0–" + MAX_SEQUENCE,
                    "is " + sequence + ", allowed are 0–" + MAX_SEQUENCE);
        }
    }

    /** The highest {@link #sequence()}: far more revisions than any meeting has. */
    public static final int MAX_SEQUENCE = 1_000_000;

    /**
     * A meeting in its first revision ({@link #sequence()} 0).
     *
     * @param id stable id; not empty
     * @param kind the kind of meeting; not null
     * @param groupId the working group; see the record's components
     * @param title title; not empty
     * @param start date and time of the start; not null
     * @param end time the meeting ends on the same day; null if open
     * @param place where; may be empty
     * @param agenda agenda items in order; not null
     * @param guests guests announced for the meeting (GO-1.5); not null
     */
    public Meeting(String id, MeetingKind kind, String groupId, String title, LocalDateTime start, LocalTime end,
            String place, List<AgendaItem> agenda, List<Guest> guests) {
        this(id, kind, groupId, title, start, end, place, agenda, guests, 0);
    }

    /**
     * @param value the guests; not null
     * @return this meeting with other guests
     */
    public Meeting withGuests(List<Guest> value) {
        return new Meeting(id, kind, groupId, title, start, end, place, agenda, value, sequence);
    }

    /**
     * @return this meeting as changed once more: {@link #sequence()} one higher, so a calendar
     *     that holds the earlier invitation replaces it
     * @throws InvalidDataException if the sequence would exceed {@link #MAX_SEQUENCE}
     */
    public Meeting nextRevision() {
        return new Meeting(id, kind, groupId, title, start, end, place, agenda, guests, sequence + 1);
    }
}
