package de.magdeburg.integration.netzwerk.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploads under way, per client and in total, each bounded: a request thread reading an upload
 * body waits on the sender, so a slow sender holds a thread for as long as it likes (issue 23: 205
 * connections sending one byte every 3 s took every thread, and {@code GET /} timed out for the
 * whole minute). Beyond {@code netzwerk.web.intake.uploads-in-progress-per-client} (default 2) or
 * {@code uploads-in-progress} (default 20, of Tomcat's 200 threads) an upload is refused before
 * its body is read.
 */
@Component
class UploadsInProgress {
    static final String CLIENT_BUSY = "Von Ihrem Anschluss werden gerade schon mehrere Dateien gesendet. Ihre "
            + "Datei wurde nicht angenommen – bitte warten Sie, bis diese angekommen sind, und senden Sie sie dann "
            + "erneut.";

    private final int perClient;
    private final int total;
    private final ConcurrentHashMap<String, AtomicInteger> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger all = new AtomicInteger();

    UploadsInProgress(@Value("${netzwerk.web.intake.uploads-in-progress-per-client:2}") int perClient,
            @Value("${netzwerk.web.intake.uploads-in-progress:20}") int total) {
        if (perClient < 1 || total < perClient) {
            throw new IllegalArgumentException("netzwerk.web.intake: uploads-in-progress-per-client must be at least "
                    + "1 and uploads-in-progress at least as many (per client " + perClient + ", in total " + total
                    + ")");
        }
        this.perClient = perClient;
        this.total = total;
    }

    /**
     * Starts an upload of {@code client}; every successful call is followed by {@link #end}.
     *
     * @throws TooManyRequestsException if the client or the service has as many under way as allowed
     */
    void start(String client) {
        if (all.incrementAndGet() > total) {
            all.decrementAndGet();
            throw new TooManyRequestsException(Intake.BUSY, java.time.Duration.ofMinutes(1));
        }
        AtomicInteger mine = byClient.compute(client, (k, v) -> {
            AtomicInteger n = v == null ? new AtomicInteger() : v;
            n.incrementAndGet();
            return n;
        });
        if (mine.get() > perClient) {
            end(client);
            throw new TooManyRequestsException(CLIENT_BUSY, java.time.Duration.ofMinutes(1));
        }
    }

    /** Ends an upload {@link #start} admitted. */
    void end(String client) {
        byClient.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
        all.decrementAndGet();
    }
}
