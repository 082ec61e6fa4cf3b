package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.HistoryAction;
import de.magdeburg.integration.netzwerk.core.HistoryEntry;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Register;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register, stored as its history rows and rebuilt with {@link Register#replay}: the history
 * is what GO-1.3 asks the coordinator to keep, and a replay proves that the stored rows and the
 * library agree; the declaration in each row is the library's JSON (JsonCodec.DECLARATION). Attendance records are stored next to it.
 */
@Repository
public class RegisterStore {
    private final JdbcTemplate jdbc;
    private final Durability durability;
    private final java.time.Clock clock;

    RegisterStore(JdbcTemplate jdbc, Durability durability, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.clock = clock;
    }

    /** @return the current register */
    public Register load() {
        List<HistoryEntry> history = jdbc.query("SELECT sequence, entry_date, action, partner_key, declaration_json, "
                + "note, by_whom, detail_json FROM register_history ORDER BY sequence", (rs, n) -> HistoryDetails.entry(
                        rs.getInt("sequence"), rs.getObject("entry_date", LocalDate.class),
                        HistoryAction.valueOf(rs.getString("action")), rs.getString("partner_key"),
                        declaration(rs.getString("declaration_json")), rs.getString("note"), rs.getString("by_whom"),
                        rs.getString("detail_json")));
        return Register.replay(history);
    }

    /**
     * Stores the history entries {@code updated} has beyond {@code before}.
     *
     * @return the sequence number of the last new entry
     * @throws RegisterChangedException if another instance stored an entry with the same sequence
     *     first: the sequence (primary key) is the register's optimistic lock
     */
    @Transactional
    public int append(Register before, Register updated) {
        return append(before, updated, null);
    }

    /**
     * As {@link #append(Register, Register)}, naming who typed the change in (GO-1.3: who changed
     * what, when).
     *
     * @param recordedBy the coordinator's account; null when the application itself recorded it
     * @return the sequence number of the last new entry
     * @throws RegisterChangedException if another instance stored an entry with the same sequence first
     */
    @Transactional
    public int append(Register before, Register updated, String recordedBy) {
        List<HistoryEntry> all = updated.history();
        for (HistoryEntry e : all.subList(before.history().size(), all.size())) {
            insert(e, recordedBy);
        }
        durability.sync();
        return all.size();
    }

    private void insert(HistoryEntry e, String recordedBy) {
        try {
            jdbc.update("INSERT INTO register_history (sequence, entry_date, action, partner_key, declaration_json, "
                    + "note, by_whom, detail_json, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.sequence(), e.date(), e.action().name(), e.partnerKey(),
                    e.declaration() == null ? null : write(e.declaration()), e.note(), e.by(), HistoryDetails.write(e),
                    recordedBy, java.time.OffsetDateTime.now(clock));
        } catch (DuplicateKeyException lost) {
            throw new RegisterChangedException();
        }
    }

    /** Who typed a history entry in and when (GO-1.3), as the page of the network's history shows it. */
    public record Recorded(int sequence, String by, java.time.OffsetDateTime at) {
    }

    /** @return who recorded each history entry and when; entries from before V10 have neither */
    public List<Recorded> recorded() {
        return jdbc.query("SELECT sequence, recorded_by, recorded_at FROM register_history ORDER BY sequence",
                (rs, n) -> new Recorded(rs.getInt("sequence"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class)));
    }

    /** @return all attendance records */
    public List<AttendanceRecord> attendance() {
        return jdbc.query("SELECT meeting_id, meeting_date, kind, group_id, organisation, person, present FROM "
                + "attendance ORDER BY id", (rs, n) -> new AttendanceRecord(rs.getString("meeting_id"),
                        rs.getObject("meeting_date", LocalDate.class), MeetingKind.valueOf(rs.getString("kind")),
                        rs.getString("group_id"), rs.getString("organisation"), rs.getString("person"),
                        rs.getBoolean("present")));
    }

    /** Replaces the records of the meetings in {@code records}. */
    @Transactional
    public void recordAttendance(List<AttendanceRecord> records) {
        records.stream().map(AttendanceRecord::meetingId).distinct()
                .forEach(id -> jdbc.update("DELETE FROM attendance WHERE meeting_id = ?", id));
        for (AttendanceRecord r : records) {
            jdbc.update("INSERT INTO attendance (meeting_id, meeting_date, kind, group_id, organisation, person, "
                    + "present) VALUES (?, ?, ?, ?, ?, ?, ?)", r.meetingId(), r.date(), r.kind().name(), r.groupId(),
                    r.organisation(), r.person(), r.present());
        }
        durability.sync();
    }

    /** @return whether the register has no history yet */
    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM register_history", Integer.class) == 0;
    }

    private static String write(Declaration d) {
        return JsonCodec.DECLARATION.toJson(d);
    }

    private static Declaration declaration(String text) {
        return text == null ? null : JsonCodec.DECLARATION.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
