package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.templates.CalendarEntry;
import de.magdeburg.integration.netzwerk.web.Meetings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings the calendar feeds publish (§5(2)), with the revision and time of their last change,
 * so a subscribed calendar replaces a changed meeting and marks a cancelled one. The revision is
 * the server's: a changed meeting gets the stored revision plus one, whatever the client sent, so
 * two clients cannot publish the same revision twice. Starts with the sample's meetings.
 *
 * <p>Thread-safe.
 */
@Repository
class PublishedMeetings implements ApplicationRunner {
    private final JdbcTemplate jdbc;
    private final Meetings sample;
    private final Clock clock;

    PublishedMeetings(JdbcTemplate jdbc, Meetings sample, Clock clock) {
        this.jdbc = jdbc;
        this.sample = sample;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM published_meeting", Integer.class) == 0) {
            sample.all().forEach(this::publish);
        }
    }

    /**
     * Publishes a new or changed meeting; an unchanged one stays as it is.
     *
     * @return the meeting as published, with its revision
     */
    @Transactional
    public Meeting publish(Meeting meeting) {
        Optional<CalendarEntry> stored = find(meeting.id());
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO published_meeting (meeting_id, group_id, meeting_json, sequence, last_modified, "
                    + "cancelled) VALUES (?, ?, ?, ?, ?, FALSE)", meeting.id(), meeting.groupId(),
                    JsonCodec.MEETING.toJson(meeting), meeting.sequence(), now());
            return meeting;
        }
        Meeting before = stored.get().meeting();
        Meeting same = withSequence(meeting, before.sequence());
        if (same.equals(before) && !stored.get().cancelled()) {
            return before;
        }
        Meeting next = withSequence(meeting, before.sequence() + (stored.get().cancelled() ? 2 : 1));
        jdbc.update("UPDATE published_meeting SET group_id = ?, meeting_json = ?, sequence = ?, last_modified = ?, "
                + "cancelled = FALSE WHERE meeting_id = ?", next.groupId(), JsonCodec.MEETING.toJson(next), next.sequence(),
                now(), next.id());
        return next;
    }

    /** Cancels a meeting. @return whether there was one to cancel */
    public boolean cancel(String id) {
        return jdbc.update("UPDATE published_meeting SET cancelled = TRUE, last_modified = ? WHERE meeting_id = ? AND "
                + "cancelled = FALSE", now(), id) == 1;
    }

    /** @return the meetings of {@code groupId}, or all when null, by start */
    public List<CalendarEntry> entries(String groupId) {
        return jdbc.query("SELECT meeting_json, last_modified, cancelled FROM published_meeting"
                + (groupId == null ? "" : " WHERE group_id = ?") + " ORDER BY meeting_id", (rs, n) -> new CalendarEntry(
                        JsonCodec.MEETING.read(rs.getString(1).getBytes(StandardCharsets.UTF_8)),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBoolean(3)),
                groupId == null ? new Object[0] : new Object[] {groupId}).stream()
                .sorted(java.util.Comparator.comparing((CalendarEntry e) -> e.meeting().start())).toList();
    }

    private Optional<CalendarEntry> find(String id) {
        return jdbc.query("SELECT meeting_json, last_modified, cancelled FROM published_meeting WHERE meeting_id = ?",
                (rs, n) -> new CalendarEntry(JsonCodec.MEETING.read(rs.getString(1).getBytes(StandardCharsets.UTF_8)),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBoolean(3)), id).stream().findFirst();
    }

    private static Meeting withSequence(Meeting m, int sequence) {
        return new Meeting(m.id(), m.kind(), m.groupId(), m.title(), m.start(), m.end(), m.place(), m.agenda(),
                m.guests(), sequence);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
