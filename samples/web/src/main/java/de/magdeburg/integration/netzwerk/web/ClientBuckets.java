package de.magdeburg.integration.netzwerk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Token buckets (Bucket4j) per key — a client address or an account — kept in memory while the
 * key is active. Several limits per bucket give a delay that grows: a few attempts per minute,
 * then fewer per hour, then per day.
 *
 * <p>In memory, per instance: with two instances behind a load balancer each allows the limits
 * once, which still bounds an attacker; a shared store (Bucket4j's JDBC proxy manager) would make
 * them exact.
 *
 * <p>Thread-safe.
 */
final class ClientBuckets {
    private final List<Bandwidth> limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /**
     * @param limits the limits every key's bucket has; not empty
     * @param forget how long after its last use a key's bucket is dropped (the longest refill period)
     * @param time the buckets' clock; tests pass their own
     */
    ClientBuckets(List<Bandwidth> limits, Duration forget, TimeMeter time) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("at least one limit");
        }
        this.limits = List.copyOf(limits);
        this.time = Objects.requireNonNull(time, "time");
        this.buckets = Caffeine.newBuilder().expireAfterAccess(forget).maximumSize(100_000).build();
    }

    /** @return a limit of {@code tokens} per {@code period}, refilled all at once at the end of each period */
    static Bandwidth limit(long tokens, Duration period) {
        return Bandwidth.builder().capacity(tokens).refillIntervally(tokens, period).build();
    }

    /**
     * Takes one token.
     *
     * @throws TooManyRequestsException with {@code message} if the key has none left
     */
    void take(String key, String message) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(message, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * Checks without taking a token.
     *
     * @throws TooManyRequestsException with {@code message} if the key has none left
     */
    void check(String key, String message) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new TooManyRequestsException(message, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one token even if none is left (a failed login has happened anyway). */
    void record(String key) {
        bucket(key).consumeIgnoringRateLimits(1);
    }

    private Bucket bucket(String key) {
        Objects.requireNonNull(key, "key");
        return buckets.get(key, k -> {
            var builder = Bucket.builder().withCustomTimePrecision(time);
            limits.forEach(builder::addLimit);
            return builder.build();
        });
    }
}
