package de.magdeburg.integration.netzwerk.web;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept ({@code netzwerk.web.retention.*}).
 *
 * @param receivedFiles how long a received file (PDF, reading, hash) is kept after it arrived;
 *     default 12 months
 * @param removedPartners how long after a partner left (deletion declaration or GO-1.4 removal)
 *     the representative's name, phone and e-mail stay in the register history and attendance
 *     before they are replaced by "(gelöscht)"; default 24 months
 */
@ConfigurationProperties("netzwerk.web.retention")
public record RetentionProperties(Period receivedFiles, Period removedPartners) {
    /** Applies the defaults. */
    public RetentionProperties {
        receivedFiles = receivedFiles == null ? Period.ofMonths(12) : receivedFiles;
        removedPartners = removedPartners == null ? Period.ofMonths(24) : removedPartners;
        if (receivedFiles.isNegative() || removedPartners.isNegative()) {
            throw new IllegalArgumentException("netzwerk.web.retention: periods must not be negative ("
                    + receivedFiles + ", " + removedPartners + ")");
        }
    }
}
