package de.magdeburg.integration.netzwerk.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Received files: stored before anything parses them, so nothing a partner sent is lost. */
@Repository
public class ReceivedStore {
    // no 0/O, 1/I/L: receipt numbers are read out on the phone
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final String COLUMNS = "id, receipt, received_at, channel, size_bytes, sha256, status, reason, "
            + "message, reading_json, organisation, error_count, history_sequence";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReceivedStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the bytes exactly as they arrived.
     *
     * @return the stored row, status STORED
     */
    public Received store(byte[] content, String channel) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String receipt = receipt(now);
        jdbc.update("INSERT INTO received_declaration (receipt, received_at, channel, size_bytes, sha256, content, "
                + "status) VALUES (?, ?, ?, ?, ?, ?, ?)", receipt, now, channel, content.length, sha256(content),
                content, Received.Status.STORED.name());
        return requireByReceipt(receipt);
    }

    /** Records a successful reading. */
    public void markRead(long id, String readingJson, String organisation, int errorCount) {
        jdbc.update("UPDATE received_declaration SET status = ?, reading_json = ?, organisation = ?, error_count = ? "
                + "WHERE id = ?", Received.Status.READ.name(), readingJson, organisation, errorCount, id);
    }

    /** Records that the file could not be read. */
    public void markUnreadable(long id, String reason, String message) {
        jdbc.update("UPDATE received_declaration SET status = ?, reason = ?, message = ? WHERE id = ?",
                Received.Status.UNREADABLE.name(), reason, message, id);
    }

    /** Records that the declaration became register history entry {@code sequence}. */
    public void markApplied(long id, int sequence) {
        jdbc.update("UPDATE received_declaration SET status = ?, history_sequence = ? WHERE id = ?",
                Received.Status.APPLIED.name(), sequence, id);
    }

    /** @return all received files, newest first */
    public List<Received> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_declaration ORDER BY id DESC", ReceivedStore::row);
    }

    /** @return the file with this id */
    public Optional<Received> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_declaration WHERE id = ?", ReceivedStore::row, id)
                .stream().findFirst();
    }

    /** @return the file with this receipt number */
    public Optional<Received> findByReceipt(String receipt) {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_declaration WHERE receipt = ?", ReceivedStore::row,
                receipt).stream().findFirst();
    }

    private Received requireByReceipt(String receipt) {
        return findByReceipt(receipt).orElseThrow();
    }

    /** @return the exact bytes as received */
    public byte[] content(long id) {
        return jdbc.queryForObject("SELECT content FROM received_declaration WHERE id = ?", byte[].class, id);
    }

    private String receipt(OffsetDateTime now) {
        StringBuilder b = new StringBuilder("NW-").append(now.format(DateTimeFormatter.ofPattern("uuuuMMdd"))).append('-');
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Received row(ResultSet rs, int n) throws SQLException {
        return new Received(rs.getLong("id"), rs.getString("receipt"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("channel"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Received.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("message"), rs.getString("reading_json"), rs.getString("organisation"),
                rs.getObject("error_count", Integer.class),
                rs.getObject("history_sequence", Integer.class));
    }
}
