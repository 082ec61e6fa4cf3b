package de.magdeburg.integration.netzwerk.forms;

/**
 * Bounds for reading a returned declaration, which arrives from outside the city and is untrusted.
 *
 * <p>Immutable and thread-safe. The size is checked before parsing (for a {@code Path} from the
 * file size, for a stream while reading it), the page count right after the document structure is
 * parsed, before any field is read. PDFBox keeps at most {@code maxBytes} of scratch data in
 * memory; beyond that it uses a temporary file.
 *
 * @param maxBytes largest accepted file, in bytes; 1 – 2<sup>31</sup>−9 (arrays hold the file)
 * @param maxPages largest accepted page count; at least 1
 */
public record ReadLimits(long maxBytes, int maxPages) {
    /** Default largest file: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Default largest page count: 50. */
    public static final int DEFAULT_MAX_PAGES = 50;

    /**
     * Validates the ranges.
     *
     * @param maxBytes largest accepted file, in bytes; 1 – 2<sup>31</sup>−9
     * @param maxPages largest accepted page count; at least 1
     * @throws IllegalArgumentException if a limit is out of range, naming the value
     */
    public ReadLimits {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes is " + maxBytes + ", must be 1–" + (Integer.MAX_VALUE - 8));
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages is " + maxPages + ", must be at least 1");
        }
    }

    /** @return 20 MB and 50 pages */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }

    /**
     * @param bytes the new size limit in bytes; see {@link #maxBytes()}
     * @return a copy with it
     */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxPages);
    }

    /**
     * @param pages the new page limit; at least 1
     * @return a copy with it
     */
    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(maxBytes, pages);
    }
}
