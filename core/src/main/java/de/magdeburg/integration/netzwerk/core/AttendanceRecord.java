package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One partner's attendance at one meeting, as ticked on an attendance sheet (Anwesenheitsliste,
 * §1(4)); the evidence for GO-1.4.
 *
 * <p>Immutable.
 *
 * @param meetingId the meeting's id; not empty
 * @param date the day of the meeting; not null
 * @param kind the kind of meeting; not null
 * @param groupId the working group, empty for cross-group meetings and speakers' rounds
 * @param organisation the partner organisation's name; not empty
 * @param person who signed for it; may be empty
 * @param present whether the partner was present
 */
public record AttendanceRecord(String meetingId, LocalDate date, MeetingKind kind, String groupId,
        String organisation, String person, boolean present) {
    /** Validates. */
    public AttendanceRecord {
        meetingId = Text.require("attendance.meetingId", meetingId, 100);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        groupId = Text.clean("attendance.groupId", groupId, 100);
        organisation = Text.require("attendance.organisation", organisation, 200);
        person = Text.clean("attendance.person", person, 200);
    }

    /** @return the register key of the organisation */
    public String partnerKey() {
        return Organisation.key(organisation);
    }
}
