package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for reading a returned declaration or attendance sheet, which arrives from outside the
 * city and is untrusted.
 *
 * <p>Immutable and thread-safe. The size is checked before parsing (for a {@code Path} from the
 * file size, for a stream while reading it), the page count right after the document structure is
 * parsed, before any field is read. {@code maxBytes} also bounds what one read decodes: all
 * streams PDFBox decompresses during the read together (object and cross-reference streams,
 * field values, fonts, images, anything), every filter stage counted; beyond it the read stops
 * with {@link FormReadException.Reason#TOO_LARGE}, so a decompression bomb costs neither memory
 * nor time, wherever it sits. Field values stored as streams are in addition cut at 64 KiB.
 * Reads running in parallel each reserve three times {@code maxBytes} from half of the JVM's
 * heap and wait for it within {@code maxParseTime}.
 *
 * <p>{@code maxParseTime} bounds the wall-clock time of one read. PDFBox has no timeout of its
 * own, and the reader starts no thread that could be abandoned: the time is checked cooperatively,
 * each time the parser reads from the file, while a stream is decompressed and between fields,
 * in the caller's thread. Everything PDFBox does while parsing reads from the file, so a slow or
 * looping parse stops soon after the deadline with {@link FormReadException.Reason#TOO_COMPLEX};
 * a caller needing a hard bound for code that reads nothing (no such case is known) must run the
 * read in its own worker.
 *
 * @param maxBytes largest accepted file, in bytes; 1 – 2<sup>31</sup>−9 (arrays hold the file)
 * @param maxPages largest accepted page count; at least 1
 * @param maxParseTime longest time one read may take; positive, not null
 */
public record ReadLimits(long maxBytes, int maxPages, Duration maxParseTime) {
    /** Default largest file: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Default largest page count: 50. */
    public static final int DEFAULT_MAX_PAGES = 50;
    /** Default longest read: 5 seconds (our own form reads in a few milliseconds). */
    public static final Duration DEFAULT_MAX_PARSE_TIME = Duration.ofSeconds(5);

    /**
     * Validates the ranges.
     *
     * @param maxBytes largest accepted file, in bytes; 1 – 2<sup>31</sup>−9
     * @param maxPages largest accepted page count; at least 1
     * @param maxParseTime longest time one read may take; positive, not null
     * @throws InvalidDataException if a limit is out of range, naming the limit and the value
     * @throws NullPointerException if {@code maxParseTime} is null
     */
    public ReadLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException("maxBytes", "ist " + maxBytes + ", erlaubt sind 1–" + (Integer.MAX_VALUE - 8)
                    + " / is " + maxBytes + ", must be 1–" + (Integer.MAX_VALUE - 8));
        }
        if (maxPages < 1) {
            throw new InvalidDataException("maxPages", "ist " + maxPages + ", muss mindestens 1 sein / is " + maxPages
                    + ", must be at least 1");
        }
        Objects.requireNonNull(maxParseTime, "maxParseTime");
        if (maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new InvalidDataException("maxParseTime", "ist " + maxParseTime + ", muss positiv sein / is "
                    + maxParseTime + ", must be positive");
        }
    }

    /**
     * Size and page limits with the {@linkplain #DEFAULT_MAX_PARSE_TIME default time limit}.
     *
     * @param maxBytes largest accepted file, in bytes; 1 – 2<sup>31</sup>−9
     * @param maxPages largest accepted page count; at least 1
     * @throws InvalidDataException if a limit is out of range, naming the limit and the value
     */
    public ReadLimits(long maxBytes, int maxPages) {
        this(maxBytes, maxPages, DEFAULT_MAX_PARSE_TIME);
    }

    /** @return 20 MB, 50 pages and 5 seconds */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_PARSE_TIME);
    }

    /**
     * @param bytes the new size limit in bytes; see {@link #maxBytes()}
     * @return a copy with it
     */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxPages, maxParseTime);
    }

    /**
     * @param pages the new page limit; at least 1
     * @return a copy with it
     */
    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(maxBytes, pages, maxParseTime);
    }

    /**
     * @param time the new time limit for one read; positive, not null
     * @return a copy with it
     */
    public ReadLimits withMaxParseTime(Duration time) {
        return new ReadLimits(maxBytes, maxPages, time);
    }
}
