package de.magdeburg.integration.netzwerk.web;

import java.security.SecureRandom;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The coordinator's login from configuration ({@code netzwerk.web.coordinator.*}): a user name and
 * a BCrypt hash. Without a hash the application refuses to start, unless
 * {@code one-time-password} is set (the {@code sample} profile does): then a random password valid
 * for this run is generated and printed on the console.
 *
 * @param username the login name; default {@code koordination}
 * @param passwordHash the BCrypt hash ({@code {bcrypt}} prefix optional), or empty
 * @param oneTimePassword whether to generate a password when no hash is configured
 */
@ConfigurationProperties("netzwerk.web.coordinator")
public record CoordinatorAccount(String username, String passwordHash, boolean oneTimePassword) {
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** Applies defaults. */
    public CoordinatorAccount {
        username = username == null || username.isBlank() ? "koordination" : username.strip();
        passwordHash = passwordHash == null ? "" : passwordHash.strip();
    }

    /** @return whether a hash is configured */
    public boolean hasHash() {
        return !passwordHash.isEmpty();
    }

    /** @return a fresh random password of 20 characters */
    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
