package de.magdeburg.integration.netzwerk.web;

import org.springframework.stereotype.Component;

/**
 * The upload page's limits for other entry points (the HTTP API, issue 27): storage quota, reading
 * queue, files per client and window, uploads under way per client — checked in the same order
 * and counted in the same buckets as {@link UploadAdmission}, so a client cannot get around them
 * by switching from the page to the API.
 *
 * <p>Thread-safe.
 */
@Component
public class UploadLimits {
    private final UploadThrottle throttle;
    private final Intake intake;
    private final UploadsInProgress inProgress;

    UploadLimits(UploadThrottle throttle, Intake intake, UploadsInProgress inProgress) {
        this.throttle = throttle;
        this.intake = intake;
        this.inProgress = inProgress;
    }

    /**
     * Admits one upload of {@code client} before its body is read; every successful call is
     * followed by {@link #end}.
     *
     * @param client the client's address; not null
     * @param size the announced size in bytes, or -1 if unknown
     * @throws TooManyRequestsException if the quota, the queue or the client's share is used up
     */
    public void start(String client, long size) {
        intake.admit(size);
        throttle.count(client);
        inProgress.start(client);
    }

    /** Ends an upload {@link #start} admitted. @param client the client's address; not null */
    public void end(String client) {
        inProgress.end(client);
    }
}
