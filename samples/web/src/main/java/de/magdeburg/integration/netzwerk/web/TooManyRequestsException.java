package de.magdeburg.integration.netzwerk.web;

import java.time.Duration;
import java.util.Objects;

/**
 * A request refused for now (HTTP 429): the message is for the sender, in German; the sender may
 * try again after {@link #retryAfterSeconds()}.
 */
public final class TooManyRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    /**
     * @param message the German sentence shown to the sender; not null
     * @param retryAfter when to try again; rounded up to whole seconds, at least one; not null
     */
    public TooManyRequestsException(String message, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"));
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** @return the value of the {@code Retry-After} header: whole seconds, at least 1 */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
