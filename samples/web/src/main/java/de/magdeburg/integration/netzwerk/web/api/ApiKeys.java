package de.magdeburg.integration.netzwerk.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The API keys of machine clients (issue 27): {@code nzk_<key id>_<secret>}. Only the SHA-256 of
 * the secret is stored — the secret has 256 random bits, so a fast hash is enough (a slow password
 * hash protects guessable secrets) and checking a key costs no more than a lookup. The key id is
 * public: it names the key in logs and in {@link #revoke}.
 *
 * <p>Thread-safe.
 */
@Repository
public class ApiKeys {
    private static final String PREFIX = "nzk_";
    private static final HexFormat HEX = HexFormat.of();

    /**
     * A client a key belongs to.
     *
     * @param keyId the public part of the key; not blank
     * @param name who the key was issued to, e.g. {@code Bürgerportal}; not blank
     * @param scopes what the key allows; not null, copied
     */
    public record Client(String keyId, String name, Set<ApiScope> scopes) {
        /** Validates and copies. */
        public Client {
            if (keyId == null || keyId.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("keyId and name must not be blank");
            }
            scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Issues a key. The returned key is shown once; only its hash is kept.
     *
     * @param name who gets it; not blank, at most 200 characters
     * @param scopes what it allows; not empty
     * @return the key, {@code nzk_<key id>_<secret>}
     */
    public String issue(String name, Set<ApiScope> scopes) {
        if (name == null || name.isBlank() || name.length() > 200 || scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key needs a name (1 to 200 characters) and at least one scope");
        }
        String keyId = HEX.formatHex(bytes(8));
        String secret = HEX.formatHex(bytes(32));
        jdbc.update("INSERT INTO api_key (key_id, secret_sha256, name, scopes, created_at) VALUES (?, ?, ?, ?, ?)",
                keyId, sha256(secret), name, scopes.stream().map(ApiScope::value).sorted()
                        .collect(Collectors.joining(" ")), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return PREFIX + keyId + "_" + secret;
    }

    /** Revokes a key: it authenticates no more. @param keyId the key's public id @return whether it was active */
    public boolean revoke(String keyId) {
        return jdbc.update("UPDATE api_key SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), keyId) == 1;
    }

    /**
     * @param key what the client sent; may be anything
     * @return the client of an active key, empty for an unknown, malformed or revoked one
     */
    public Optional<Client> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        String[] parts = key.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        List<Client> found = jdbc.query("SELECT key_id, secret_sha256, name, scopes FROM api_key WHERE key_id = ? AND "
                + "revoked_at IS NULL", (rs, n) -> {
                    // constant time: how much of a guessed secret matched stays unknown
                    boolean match = MessageDigest.isEqual(rs.getString("secret_sha256").getBytes(StandardCharsets.US_ASCII),
                            sha256(parts[1]).getBytes(StandardCharsets.US_ASCII));
                    return match ? new Client(rs.getString("key_id"), rs.getString("name"), scopes(rs.getString("scopes")))
                            : null;
                }, parts[0]);
        return found.stream().filter(Objects::nonNull).findFirst();
    }

    private static Set<ApiScope> scopes(String text) {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(text.split(" ")).map(ApiScope::find).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String sha256(String secret) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
