package de.magdeburg.integration.netzwerk.web;

import io.github.bucket4j.TimeMeter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How many files one client (IP address, as the proxy reports it with the {@code prod} profile's
 * forwarded headers) may send: {@code netzwerk.web.intake.uploads-per-client} per
 * {@code upload-window}.
 */
@Component
class UploadThrottle {
    static final String TOO_MANY = "Von Ihrem Anschluss wurden in kurzer Zeit sehr viele Dateien gesendet. Ihre "
            + "Datei wurde nicht angenommen – bitte versuchen Sie es später erneut.";

    private final ClientBuckets perClient;

    UploadThrottle(IntakeProperties limits) {
        this.perClient = new ClientBuckets(List.of(ClientBuckets.limit(limits.uploadsPerClient(),
                limits.uploadWindow())), limits.uploadWindow(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    /**
     * Counts one upload of {@code client}, when it starts (before its body is read).
     *
     * @throws TooManyRequestsException if the client has sent its share for now
     */
    void count(String client) {
        perClient.take(client, TOO_MANY);
    }
}
