package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings the coordinator creates on her pages, each stored as the library's JSON
 * ({@link JsonCodec}) with the revision last sent (iCalendar SEQUENCE), and a log of every
 * invitation and cancellation sent. Thread-safe (the database does the locking).
 */
@Repository
public class MeetingStore {
    /**
     * A stored meeting.
     *
     * @param meeting the meeting as last saved
     * @param sentSequence the revision last sent by e-mail; null if never sent
     * @param cancelled whether its cancellation was sent
     * @param changedBy the account that saved it last
     * @param changedAt when
     */
    public record Stored(Meeting meeting, Integer sentSequence, boolean cancelled, String changedBy,
            OffsetDateTime changedAt) {
        /** @return whether this revision has gone out: a further change must raise the SEQUENCE */
        public boolean sent() {
            return sentSequence != null && sentSequence == meeting.sequence();
        }
    }

    /** One invitation or cancellation sent. */
    public record Mail(String method, int sequence, int recipients, String sentBy, OffsetDateTime sentAt) {
    }

    private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(
            JsonCodec.MEETING.read(rs.getString("meeting_json").getBytes(StandardCharsets.UTF_8)),
            (Integer) rs.getObject("sent_sequence"), rs.getBoolean("cancelled"), rs.getString("changed_by"),
            rs.getObject("changed_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;
    private final Durability durability;
    private final Clock clock;

    MeetingStore(JdbcTemplate jdbc, Durability durability, Clock clock) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.clock = clock;
    }

    /** @return every stored meeting, earliest first */
    public List<Stored> all() {
        return jdbc.query("SELECT * FROM authored_meeting", ROW).stream()
                .sorted(Comparator.comparing((Stored s) -> s.meeting().start()).thenComparing(s -> s.meeting().id()))
                .toList();
    }

    /** @return the stored meeting with this id */
    public Optional<Stored> find(String id) {
        return jdbc.query("SELECT * FROM authored_meeting WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** @return whether a meeting with this id is stored */
    public boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM authored_meeting WHERE id = ?", Integer.class, id) > 0;
    }

    /** Stores a new meeting or the changed revision of a stored one. */
    @Transactional
    public void save(Meeting meeting, String by) {
        int updated = jdbc.update("UPDATE authored_meeting SET meeting_json = ?, changed_by = ?, changed_at = ? "
                + "WHERE id = ?", JsonCodec.MEETING.toJson(meeting), by, OffsetDateTime.now(clock), meeting.id());
        if (updated == 0) {
            jdbc.update("INSERT INTO authored_meeting (id, meeting_json, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                    meeting.id(), JsonCodec.MEETING.toJson(meeting), by, OffsetDateTime.now(clock));
        }
        durability.sync();
    }

    /**
     * Records that a revision went out by e-mail.
     *
     * @param meeting the meeting as sent (for a cancellation: with the cancellation's SEQUENCE)
     * @param method {@code REQUEST} or {@code CANCEL}
     */
    @Transactional
    public void sent(Meeting meeting, String method, int recipients, String by) {
        jdbc.update("UPDATE authored_meeting SET meeting_json = ?, sent_sequence = ?, cancelled = ? WHERE id = ?",
                JsonCodec.MEETING.toJson(meeting), meeting.sequence(), "CANCEL".equals(method), meeting.id());
        jdbc.update("INSERT INTO meeting_mail (meeting_id, method, sequence, recipients, sent_by, sent_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", meeting.id(), method, meeting.sequence(), recipients, by,
                OffsetDateTime.now(clock));
        durability.sync();
    }

    /** @return the e-mails sent for a meeting, oldest first */
    public List<Mail> mails(String meetingId) {
        return jdbc.query("SELECT method, sequence, recipients, sent_by, sent_at FROM meeting_mail WHERE meeting_id = ? "
                + "ORDER BY id", (rs, n) -> new Mail(rs.getString("method"), rs.getInt("sequence"),
                        rs.getInt("recipients"), rs.getString("sent_by"),
                        rs.getObject("sent_at", OffsetDateTime.class)), meetingId);
    }
}
