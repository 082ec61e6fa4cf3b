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
    private final PersonSearch search;

    DataProtection(JdbcTemplate jdbc, RegisterStore register, RetentionProperties retention,
            TransactionTemplate transaction, Clock clock, PersonSearch search) {
        this.search = search;
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
     * Everything stored about one organisation (GDPR Art. 15), as {@link #export(PersonQuery, String)}.
     *
     * @param organisation the organisation's name, in any spelling of its register key; not null
     * @param actor who asked, for the audit entry; not null
     * @return a JSON-ready map
     */
    public Map<String, Object> export(String organisation, String actor) {
        return export(PersonQuery.organisation(organisation), actor);
    }

    /**
     * Everything stored about an organisation or a person (GDPR Art. 15), found by
     * {@link PersonSearch}: received files (metadata and reading; the files themselves are
     * downloadable by receipt), register history entries, attendance, the audit entries, and the
     * list of what was found and why.
     *
     * @param query whose data; not null
     * @param actor who asked, for the audit entry; not null
     * @return a JSON-ready map
     */
    public Map<String, Object> export(PersonQuery query, String actor) {
        PersonFindings findings = search.find(query);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisation", query.organisation());
        out.put("name", query.name());
        out.put("email", query.email());
        out.put("exportiertAm", now().toString());
        out.put("gefunden", findings.found().stream().map(f -> Map.of("art", f.kind().german(), "was", f.label(),
                "gefundenUeber", f.matchedBy(), "beiLoeschung", f.outcome())).toList());
        out.put("eingesandteDateien", byIds("SELECT receipt, received_at, channel, size_bytes, sha256, status, reason, "
                + "message, reading_json, organisation, history_sequence FROM received_declaration WHERE id = ?",
                findings.ids(PersonFindings.Kind.RECEIVED)));
        out.put("registerHistorie", byIds("SELECT sequence, entry_date, action, partner_key, declaration_json, note "
                + "FROM register_history WHERE sequence = ?", findings.ids(PersonFindings.Kind.HISTORY)));
        out.put("anwesenheit", byIds("SELECT meeting_id, meeting_date, kind, group_id, organisation, person, present "
                + "FROM attendance WHERE id = ?", findings.ids(PersonFindings.Kind.ATTENDANCE)));
        out.put("protokoll", byIds("SELECT at, actor, action, details FROM audit_entry WHERE id = ?",
                findings.ids(PersonFindings.Kind.AUDIT)));
        audit(actor, "EXPORT", query.subject(), "Auskunft nach Art. 15 DSGVO erteilt: "
                + findings.found().size() + " Fundstellen");
        return out;
    }

    private List<Map<String, String>> byIds(String sql, List<Long> ids) {
        List<Map<String, String>> out = new ArrayList<>();
        for (long id : ids) {
            out.addAll(rows(sql, id));
        }
        return out;
    }

    /**
     * What an erasure did.
     *
     * @param filesDeleted received files deleted
     * @param attendanceDeleted attendance records deleted
     * @param historyKept register history entries kept under GO-1.3 (anonymised after the retention period)
     * @param confirmed false when nothing was deleted because a new search no longer found what the
     *     coordinator had confirmed (the list changed in between; search again)
     */
    public record ErasureReport(int filesDeleted, int attendanceDeleted, int historyKept, boolean confirmed) {
    }

    /**
     * Erases one organisation's data without a confirmation step, as
     * {@link #erase(PersonQuery, String, String)} with the current search's fingerprint (for the
     * retention tests and the command line; the coordinator's page always confirms).
     *
     * @param organisation the organisation's name, in any spelling of its register key; not null
     * @param actor who erased, for the audit entry; not null
     * @return what was done
     */
    public ErasureReport erase(String organisation, String actor) {
        PersonQuery query = PersonQuery.organisation(organisation);
        return erase(query, search.find(query).fingerprint(), actor);
    }

    /**
     * Erases what no retention duty covers (GDPR Art. 17): the received files and attendance
     * records {@link PersonSearch} finds — but only if they are exactly the ones the coordinator
     * saw and confirmed ({@code fingerprint}). The register history stays (GO-1.3); it is
     * anonymised by retention once the partner has left.
     *
     * @param query whose data; not null
     * @param fingerprint {@link PersonFindings#fingerprint()} of the list the coordinator confirmed; not null
     * @param actor who erased, for the audit entry; not null
     * @return what was done
     */
    public ErasureReport erase(PersonQuery query, String fingerprint, String actor) {
        return transaction.execute(tx -> {
            PersonFindings findings = search.find(query);
            int kept = findings.ids(PersonFindings.Kind.HISTORY).size();
            if (!findings.fingerprint().equals(fingerprint)) {
                return new ErasureReport(0, 0, kept, false);
            }
            int files = 0;
            for (long id : findings.erasable(PersonFindings.Kind.RECEIVED)) {
                files += jdbc.update("DELETE FROM received_declaration WHERE id = ? AND status <> ?", id,
                        Received.Status.STORED.name());
            }
            int attendance = 0;
            for (long id : findings.erasable(PersonFindings.Kind.ATTENDANCE)) {
                attendance += jdbc.update("DELETE FROM attendance WHERE id = ?", id);
            }
            ErasureReport report = new ErasureReport(files, attendance, kept, true);
            audit(actor, "ERASURE", query.subject(), files + " eingesandte Dateien und " + attendance
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
