package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The bound on every byte PDFBox decodes while one untrusted file is read, in bytes and in time.
 *
 * <p>PDFBox 3 decodes a stream completely into a heap buffer before the first byte is used, and
 * it does so wherever a stream is needed: object streams and cross-reference streams while the
 * parser dereferences objects, and fonts, images, CMaps, ICC profiles, embedded files and content
 * streams on demand. The one place all of these pass is the {@link Filter} instances of
 * {@link FilterFactory#INSTANCE}: {@code Filter.decode}, {@code COSStream}, inline images and
 * the image factories all take their filters from there. PDFBox offers no hook for that, so each
 * of its filters is wrapped once (by reflection on the factory's private map, see
 * {@link #install()}, called by {@link PdfSandbox#install()} before the first untrusted read) in a
 * filter that counts what it writes against the budget of the reading thread. A thread without a
 * budget — rendering our own documents, an embedding application's own use of PDFBox — decodes
 * exactly as before.
 *
 * <p>The budget is shared by all decodes of one read (every filter stage counts), so the decoded
 * bytes held at any time stay below it; the deadline is checked on each write, so a slow
 * inflation stops within one buffer of the time limit. Once a bound is hit, every later decode of
 * the same read fails at once: PDFBox catches many failures and tries to repair the file by
 * parsing it again, which must not start the bomb over.
 */
final class DecodeBudget {
    private static final ThreadLocal<DecodeBudget> CURRENT = new ThreadLocal<>();

    private final long maxBytes;
    private final UntrustedPdf.Deadline deadline;
    private long used;
    private long nextClockCheck;
    private boolean exceeded;

    DecodeBudget(long maxBytes, UntrustedPdf.Deadline deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    /** @return the most bytes all decodes of the read may produce together */
    long maxBytes() {
        return maxBytes;
    }

    /** @return whether a decode of this read was stopped by the size bound */
    boolean exceeded() {
        return exceeded;
    }

    /**
     * Runs a read of the calling thread under this budget.
     *
     * @param read the read
     * @return its result
     * @throws IOException as the read
     */
    <T> T run(UntrustedPdf.IoSupplier<T> read) throws IOException {
        DecodeBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    private void charge(int bytes) throws IOException {
        if (exceeded) {
            throw new LimitReached("decoded more than " + maxBytes + " bytes");
        }
        used += bytes;
        if (used > maxBytes) {
            exceeded = true;
            throw new LimitReached("decoded more than " + maxBytes + " bytes");
        }
        // the clock every 64 KiB: some filters write byte by byte
        if (used >= nextClockCheck) {
            nextClockCheck = used + 64 * 1024;
            if (deadline.passed()) {
                throw new LimitReached("read time limit reached while decoding");
            }
        }
    }

    /**
     * Wraps every filter of PDFBox's factory once; idempotent.
     *
     * @throws NetzwerkException if the factory's private map is not there (another PDFBox version):
     *     every decode would be unbounded, so no untrusted file may be read
     */
    static void install() {
        wrapFilters(FilterFactory.INSTANCE);
    }

    /**
     * @param factory PDFBox's filter factory (a parameter so that a test can hand in another object)
     * @throws NetzwerkException if it has no map {@code filters} of PDFBox filters
     */
    @SuppressWarnings("unchecked")
    static void wrapFilters(Object factory) {
        try {
            Field field = factory.getClass().getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(factory);
            // values replaced in place: no structural change of the map, which other threads may be reading
            filters.replaceAll((name, filter) -> filter instanceof Counted ? filter : new Counted(filter));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new NetzwerkException("Fremde PDF-Dateien werden nicht gelesen: das Entpacken lässt sich nicht "
                    + "begrenzen, " + factory.getClass().getName() + ".filters fehlt (" + e + ", geprüft mit PDFBox "
                    + PdfSandbox.PDFBOX_VERSION + ") / untrusted PDF files are not read: decoding cannot be bounded, "
                    + factory.getClass().getName() + ".filters is missing (" + e + ", checked with PDFBox "
                    + PdfSandbox.PDFBOX_VERSION + ")", e);
        }
    }

    /** @return whether PDFBox's filter for the name is wrapped by {@link #install()} */
    static boolean wraps(COSName filter) throws IOException {
        return FilterFactory.INSTANCE.getFilter(filter) instanceof Counted;
    }

    /** @return whether PDFBox's filter for the name is wrapped twice, which would count twice */
    static boolean wrapsTwice(COSName filter) throws IOException {
        return FilterFactory.INSTANCE.getFilter(filter) instanceof Counted counted && counted.filter instanceof Counted;
    }

    /** A bound was hit; an IOException so that it travels through PDFBox's filters and parsers. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(String message) {
            super(message);
        }
    }

    /** A PDFBox filter whose decoded output is charged to the reading thread's budget. */
    private static final class Counted extends Filter {
        private final Filter filter;

        Counted(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return filter.decode(encoded, charged(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                DecodeOptions options) throws IOException {
            return filter.decode(encoded, charged(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        private static OutputStream charged(OutputStream decoded) throws IOException {
            DecodeBudget budget = CURRENT.get();
            if (budget == null) {
                return decoded;
            }
            budget.charge(0);
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    budget.charge(1);
                    decoded.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    budget.charge(len);
                    decoded.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    decoded.flush();
                }

                @Override
                public void close() throws IOException {
                    decoded.close();
                }
            };
        }
    }
}
