package de.magdeburg.integration.netzwerk.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.InputStreamSource;
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
    private final Durability durability;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReceivedStore(JdbcTemplate jdbc, Durability durability, Clock clock) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Stores the bytes exactly as they arrived, streamed from {@code source} (read twice: once for
     * the SHA-256, once into the database), so no copy of the file is held on the heap. Commits
     * before anything parses the file.
     *
     * @param source the file, e.g. the upload Tomcat has written to a temporary file; not null
     * @param size its size in bytes
     * @param channel BROWSER or UPLOAD
     * @return the stored row, status STORED
     * @throws IOException if the source cannot be read
     */
    public Received store(InputStreamSource source, long size, String channel) throws IOException {
        return store(source, size, channel, null).received();
    }

    /**
     * Stores as {@link #store(InputStreamSource, long, String)}, once per submission: the same
     * file sent again with the same token (a double click, also two requests at once) is not
     * stored again; the unique key decides between concurrent requests, also on two instances.
     *
     * @param token the submission token the form page handed out, or null
     * @return the stored row and whether this call stored it
     */
    public Stored store(InputStreamSource source, long size, String channel, String token) throws IOException {
        String sha256;
        try (InputStream in = source.getInputStream()) {
            sha256 = sha256(in);
        }
        String key = token == null || token.isBlank() || token.length() > 100 ? null
                : sha256((token + ":" + sha256).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (key != null) {
            Optional<Received> earlier = findBySubmission(key);
            if (earlier.isPresent()) {
                return new Stored(earlier.get(), false);
            }
        }
        OffsetDateTime now = now();
        String receipt = receipt(now);
        try (InputStream in = source.getInputStream()) {
            jdbc.update(con -> {
                PreparedStatement insert = con.prepareStatement("INSERT INTO received_declaration (receipt, "
                        + "received_at, channel, size_bytes, sha256, content, status, submission_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                insert.setString(1, receipt);
                insert.setObject(2, now);
                insert.setString(3, channel);
                insert.setLong(4, size);
                insert.setString(5, sha256);
                insert.setBinaryStream(6, in, size);
                insert.setString(7, Received.Status.STORED.name());
                insert.setString(8, key);
                return insert;
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same submission, committed by a concurrent request while this one was inserting
            // (the receipt numbers' own uniqueness is 31^8 per day: a collision there is not retried)
            if (key != null) {
                Optional<Received> earlier = findBySubmission(key);
                if (earlier.isPresent()) {
                    return new Stored(earlier.get(), false);
                }
            }
            throw e;
        }
        // durable before the receipt is shown or logged
        durability.sync();
        return new Stored(requireByReceipt(receipt), true);
    }

    /**
     * @param received the stored row
     * @param fresh whether this call stored it (false: the same submission was stored before)
     */
    public record Stored(Received received, boolean fresh) {
        /** Validates. */
        public Stored {
            java.util.Objects.requireNonNull(received, "received");
        }
    }

    private Optional<Received> findBySubmission(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM received_declaration WHERE submission_key = ?",
                ReceivedStore::row, key).stream().findFirst();
    }

    /**
     * Claims a stored file for reading, once: a second instance, or a restart, does not read it
     * again.
     *
     * @return whether this caller may read it
     */
    public boolean claim(long id) {
        return durable(jdbc.update("UPDATE received_declaration SET reading_started_at = ? WHERE id = ? AND status = ? "
                + "AND reading_started_at IS NULL", now(), id, Received.Status.STORED.name())) == 1;
    }

    /** Records a successful reading, unless the file already has a final state (e.g. TIMEOUT). */
    public void markRead(long id, String readingJson, String organisation, int errorCount) {
        durable(jdbc.update("UPDATE received_declaration SET status = ?, reading_json = ?, organisation = ?, "
                + "error_count = ? WHERE id = ? AND status = ?", Received.Status.READ.name(), readingJson,
                organisation, errorCount, id, Received.Status.STORED.name()));
    }

    /**
     * Records that the file could not be read, unless it already has a final state.
     *
     * @return whether this call recorded it
     */
    public boolean markUnreadable(long id, String reason, String message) {
        return durable(jdbc.update("UPDATE received_declaration SET status = ?, reason = ?, message = ? WHERE id = ? "
                + "AND status = ?", Received.Status.UNREADABLE.name(), reason, message, id,
                Received.Status.STORED.name())) == 1;
    }

    /**
     * Records that the declaration became register history entry {@code sequence}; only a READ
     * file can, so of two instances applying the same file one wins.
     *
     * @return whether this call recorded it
     */
    public boolean markApplied(long id, int sequence) {
        return durable(jdbc.update("UPDATE received_declaration SET status = ?, history_sequence = ? WHERE id = ? "
                + "AND status = ?", Received.Status.APPLIED.name(), sequence, id, Received.Status.READ.name())) == 1;
    }

    /**
     * Keeps what applying the file found, so the page after the redirect (and any later look)
     * reads it back by id instead of carrying it in the session.
     */
    public void recordApplyFindings(long id, String findingsJson) {
        jdbc.update("UPDATE received_declaration SET apply_findings_json = ? WHERE id = ?", findingsJson, id);
    }

    /** @return the findings of the last attempt to apply the file, as JSON, if there was one */
    public Optional<String> applyFindingsJson(long id) {
        return jdbc.queryForList("SELECT apply_findings_json FROM received_declaration WHERE id = ?", String.class,
                id).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** @return {@code rows}, once a change of state is durable (before the caller logs it) */
    private int durable(int rows) {
        if (rows > 0) {
            durability.sync();
        }
        return rows;
    }

    /** @return ids of files stored before {@code before} whose reading never started, oldest first */
    public List<Long> notStarted(OffsetDateTime before) {
        return jdbc.queryForList("SELECT id FROM received_declaration WHERE status = ? AND reading_started_at IS "
                + "NULL AND received_at < ? ORDER BY id", Long.class, Received.Status.STORED.name(), before);
    }

    /** @return ids of files whose reading started before {@code before} and never ended */
    public List<Long> abandoned(OffsetDateTime before) {
        return jdbc.queryForList("SELECT id FROM received_declaration WHERE status = ? AND reading_started_at < ? "
                + "ORDER BY id", Long.class, Received.Status.STORED.name(), before);
    }

    /** @return the total size of all stored files, in bytes */
    public long totalBytes() {
        Long total = jdbc.queryForObject("SELECT COALESCE(SUM(size_bytes), 0) FROM received_declaration", Long.class);
        return total == null ? 0 : total;
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
