package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention, access (GDPR Art. 15) and erasure (Art. 17) of what the application stores about
 * an organisation and its representative. Every run leaves an audit entry (who, when, what,
 * counts — never the data).
 *
 * <p>What is kept, and why: the register history is the record GO-1.3 asks the coordinator to
 * keep, so erasure leaves its entries, and retention replaces the representative's personal data
 * in them by "(gelöscht)" once the partner has been gone for {@code removed-partners}; the
 * organisation's name stays (it identifies the history, and is not a person's data).
 */
@Service
public class DataProtection {
    /** What replaces a person's name, phone and e-mail. */
    static final String ERASED = "(gelöscht)";
    private static final Logger LOG = LoggerFactory.getLogger(DataProtection.class);

    private final JdbcTemplate jdbc;
    private final RegisterStore register;
    private final RetentionProperties retention;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DataProtection(JdbcTemplate jdbc, RegisterStore register, RetentionProperties retention,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.retention = retention;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What a retention run did.
     *
     * @param filesDeleted received files deleted because older than {@code received-files}
     * @param partnersAnonymised removed partners whose representative data was replaced
     */
    public record RetentionReport(int filesDeleted, int partnersAnonymised) {
    }

    /** Every night at 03:30, on every instance (a second run finds nothing left to do). */
    @Scheduled(cron = "0 30 3 * * *")
    public void nightly() {
        applyRetention("Aufbewahrungsfristen (nächtlicher Lauf)");
    }

    /**
     * Deletes received files older than {@code received-files} (not those still being read) and
     * anonymises the history and attendance of partners gone longer than {@code removed-partners}.
     *
     * @param actor who started it, for the audit entry; not null
     * @return what was done
     */
    public RetentionReport applyRetention(String actor) {
        RetentionReport report = transaction.execute(tx -> {
            OffsetDateTime now = now();
            int files = jdbc.update("DELETE FROM received_declaration WHERE received_at < ? AND status <> ?",
                    now.minus(retention.receivedFiles()), Received.Status.STORED.name());
            LocalDate goneBefore = now.toLocalDate().minus(retention.removedPartners());
            List<String> gone = jdbc.queryForList("SELECT h.partner_key FROM register_history h WHERE h.sequence = "
                    + "(SELECT MAX(l.sequence) FROM register_history l WHERE l.partner_key = h.partner_key) AND "
                    + "h.action IN ('DELETED', 'REMOVED_INACTIVE') AND h.entry_date < ?", String.class, goneBefore);
            int anonymised = 0;
            for (String key : gone) {
                if (anonymise(key)) {
                    anonymised++;
                }
            }
            // the rows must still replay to the same register, or the history would not be a record
            register.load();
            audit(actor, "RETENTION", null, files + " eingesandte Dateien gelöscht, " + anonymised
                    + " ausgeschiedene Partner anonymisiert");
            return new RetentionReport(files, anonymised);
        });
        LOG.info("retention: {} files deleted, {} partners anonymised", report.filesDeleted(),
                report.partnersAnonymised());
        return report;
    }

    private boolean anonymise(String partnerKey) {
        boolean changed = false;
        for (Map<String, String> row : rows("SELECT sequence, declaration_json FROM register_history "
                + "WHERE partner_key = ? AND declaration_json IS NOT NULL", partnerKey)) {
            Declaration d = JsonCodec.DECLARATION.read(row.get("declaration_json").getBytes(StandardCharsets.UTF_8));
            Declaration without = anonymised(d);
            if (!without.equals(d)) {
                jdbc.update("UPDATE register_history SET declaration_json = ? WHERE sequence = ?",
                        JsonCodec.DECLARATION.toJson(without), Integer.parseInt(row.get("sequence")));
                changed = true;
            }
        }
        for (String name : attendanceNames(partnerKey)) {
            changed |= jdbc.update("UPDATE attendance SET person = ? WHERE organisation = ? AND person <> ?", ERASED,
                    name, ERASED) > 0;
        }
        return changed;
    }

    /** @return the spellings under which attendance of the organisation with this register key is stored */
    private List<String> attendanceNames(String partnerKey) {
        return spellings("SELECT DISTINCT organisation FROM attendance", partnerKey);
    }

    /**
     * @return the spellings under which received files of the organisation with this register key
     *     are stored: as the partner typed it, e.g. „TESTVEREIN  PROBE E. V.“ for the register's
     *     „Testverein Probe e. V.“ (issue 23: erasure and export matched the exact name only)
     */
    private List<String> receivedNames(String partnerKey) {
        return spellings("SELECT DISTINCT organisation FROM received_declaration WHERE organisation IS NOT NULL",
                partnerKey);
    }

    private List<String> spellings(String distinctNames, String partnerKey) {
        return jdbc.queryForList(distinctNames, String.class).stream()
                .filter(name -> Organisation.key(name).equals(partnerKey)).toList();
    }

    private static Declaration anonymised(Declaration d) {
        Representative r = d.representative();
        Declaration out = d;
        if (r != null && !ERASED.equals(r.lastName())) {
            out = out.withRepresentative(new Representative(ERASED, ERASED, r.function(), ERASED, ERASED));
        }
        if (d.signatoryName() != null && !d.signatoryName().isEmpty() && !ERASED.equals(d.signatoryName())) {
            out = out.withSigning(d.place(), d.date(), ERASED);
        }
        return out;
    }

    /**
     * Everything stored about one organisation (GDPR Art. 15): received files (metadata and
     * reading; the files themselves are downloadable by receipt), register history entries,
     * attendance, and the audit entries about it.
     *
     * @param organisation the organisation's name as in the register; not null
     * @param actor who asked, for the audit entry; not null
     * @return a JSON-ready map
     */
    public Map<String, Object> export(String organisation, String actor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisation", organisation);
        out.put("exportiertAm", now().toString());
        List<Map<String, String>> files = new ArrayList<>();
        for (String name : receivedNames(Organisation.key(organisation))) {
            files.addAll(rows("SELECT receipt, received_at, channel, size_bytes, sha256, status, reason, message, "
                    + "reading_json, history_sequence FROM received_declaration WHERE organisation = ? ORDER BY id",
                    name));
        }
        out.put("eingesandteDateien", files);
        out.put("registerHistorie", rows("SELECT sequence, entry_date, action, declaration_json, note "
                + "FROM register_history WHERE partner_key = ? ORDER BY sequence", Organisation.key(organisation)));
        List<Map<String, String>> attendance = new ArrayList<>();
        for (String name : attendanceNames(Organisation.key(organisation))) {
            attendance.addAll(rows("SELECT meeting_id, meeting_date, kind, group_id, person, present FROM attendance "
                    + "WHERE organisation = ? ORDER BY id", name));
        }
        out.put("anwesenheit", attendance);
        out.put("protokoll", rows("SELECT at, actor, action, details FROM audit_entry WHERE subject = ? "
                + "ORDER BY id", organisation));
        audit(actor, "EXPORT", organisation, "Auskunft nach Art. 15 DSGVO erteilt");
        return out;
    }

    /**
     * What an erasure did.
     *
     * @param filesDeleted received files deleted
     * @param attendanceDeleted attendance records deleted
     * @param historyKept register history entries kept under GO-1.3 (anonymised after the retention period)
     */
    public record ErasureReport(int filesDeleted, int attendanceDeleted, int historyKept) {
    }

    /**
     * Erases what no retention duty covers (GDPR Art. 17): the organisation's received files and
     * attendance records. The register history stays (GO-1.3); it is anonymised by retention once
     * the partner has left.
     *
     * @param organisation the organisation's name; not null
     * @param actor who erased, for the audit entry; not null
     * @return what was done
     */
    public ErasureReport erase(String organisation, String actor) {
        return transaction.execute(tx -> {
            int files = 0;
            for (String name : receivedNames(Organisation.key(organisation))) {
                files += jdbc.update("DELETE FROM received_declaration WHERE organisation = ? AND status <> ?", name,
                        Received.Status.STORED.name());
            }
            int attendance = 0;
            for (String name : attendanceNames(Organisation.key(organisation))) {
                attendance += jdbc.update("DELETE FROM attendance WHERE organisation = ?", name);
            }
            Integer kept = jdbc.queryForObject("SELECT COUNT(*) FROM register_history WHERE partner_key = ?",
                    Integer.class, Organisation.key(organisation));
            ErasureReport report = new ErasureReport(files, attendance, kept == null ? 0 : kept);
            audit(actor, "ERASURE", organisation, files + " eingesandte Dateien und " + attendance
                    + " Anwesenheitseinträge gelöscht; " + report.historyKept()
                    + " Einträge der Registerhistorie bleiben (GO-1.3)");
            return report;
        });
    }

    /** @return the audit entries, newest first, as maps (at, actor, action, subject, details) */
    public List<Map<String, String>> audit() {
        return rows("SELECT at, actor, action, subject, details FROM audit_entry ORDER BY id DESC");
    }

    /** Rows as text under lower-case column names, the same on H2 and PostgreSQL (CLOBs, time stamps). */
    private List<Map<String, String>> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
            }
            return row;
        }, args);
    }

    private void audit(String actor, String action, String subject, String details) {
        jdbc.update("INSERT INTO audit_entry (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)", now(),
                actor, action, subject, details);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
