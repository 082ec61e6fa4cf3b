package de.magdeburg.integration.netzwerk.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the intake ({@code netzwerk.web.intake.*}): how many files are read at once, how long
 * one reading may take, and what anonymous senders may store.
 *
 * @param readers files read at the same time; default 2 (one per core of a small server)
 * @param queue files stored and waiting to be read beyond {@code readers}; default 14. When readers
 *     and queue are full, an upload is refused with 429 before anything is stored
 * @param readLimit the longest one reading may take before the file gets the final state TIMEOUT;
 *     default 30 s
 * @param answerWait how long the receipt page waits for the reading before it shows "wird geprüft"
 *     and reloads itself; default 10 s
 * @param quota the total size of all stored files beyond which uploads are refused; default 2 GB
 * @param uploadsPerClient uploads one client (IP address) may send per {@code uploadWindow};
 *     default 10
 * @param uploadWindow see {@code uploadsPerClient}; default 10 minutes
 */
@ConfigurationProperties("netzwerk.web.intake")
public record IntakeProperties(int readers, Integer queue, Duration readLimit, Duration answerWait, DataSize quota,
        int uploadsPerClient, Duration uploadWindow) {

    /** Applies the defaults and checks the ranges. */
    public IntakeProperties {
        readers = readers == 0 ? 2 : readers;
        queue = queue == null ? 14 : queue;
        readLimit = readLimit == null ? Duration.ofSeconds(30) : readLimit;
        answerWait = answerWait == null ? Duration.ofSeconds(10) : answerWait;
        quota = quota == null ? DataSize.ofGigabytes(2) : quota;
        uploadsPerClient = uploadsPerClient == 0 ? 10 : uploadsPerClient;
        uploadWindow = uploadWindow == null ? Duration.ofMinutes(10) : uploadWindow;
        if (readers < 1 || queue < 0 || uploadsPerClient < 1 || readLimit.isNegative() || readLimit.isZero()
                || answerWait.isNegative() || uploadWindow.isNegative() || uploadWindow.isZero()) {
            throw new IllegalArgumentException("netzwerk.web.intake: readers and uploads-per-client must be at "
                    + "least 1, queue at least 0, read-limit and upload-window positive (readers=" + readers
                    + ", queue=" + queue + ", read-limit=" + readLimit + ", uploads-per-client=" + uploadsPerClient
                    + ", upload-window=" + uploadWindow + ")");
        }
    }
}
