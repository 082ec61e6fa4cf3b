package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The one way an untrusted PDF is opened, for declarations and attendance sheets alike: size,
 * header and end marker checked first; then PDFBox parses under {@link ReadLimits}: the file's
 * reads and every decoded byte ({@link DecodeBudget}) count against the time limit, decoded bytes
 * against {@code maxBytes}, and every failure becomes a {@link FormReadException} with its reason.
 * The newest revision is read — repaired where PDFium's incremental save leaves it unrecognisable
 * ({@link NewestRevision}) — or the file is DAMAGED; an older revision never answers.
 *
 * <p>Thread-safe. Reads in parallel share the heap: each read reserves three times
 * {@code maxBytes} (the file, what it decodes, what is parsed from that) from a budget of half the
 * JVM's maximum heap and waits for it within its time limit, so that many hostile files at once
 * cannot exhaust memory that one alone cannot. The decode bound and that heap budget are installed
 * by the first read ({@link PdfSandbox#install()}), not when this class is loaded.
 */
public final class UntrustedPdf {
    private static final int MIB = 1 << 20;

    private UntrustedPdf() {
    }

    /**
     * A read step that may fail with an {@link IOException}.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface IoSupplier<T> {
        /**
         * @return the result
         * @throws IOException if PDFBox fails
         */
        T get() throws IOException;
    }

    /**
     * What is read from the parsed document.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * @param doc the parsed document; closed afterwards
         * @param deadline the read's time limit, to check in long loops
         * @return the result
         * @throws IOException if PDFBox fails
         */
        T read(PDDocument doc, Deadline deadline) throws IOException;
    }

    /**
     * Opens and reads an untrusted file.
     *
     * @param <T> what is read
     * @param pdf the whole file; not null
     * @param limits the bounds; not null
     * @param reading what to read from the document
     * @return its result
     * @throws FormReadException for every file that cannot be read within the bounds
     * @throws NetzwerkException if the sandbox cannot be installed ({@link PdfSandbox#install()})
     */
    public static <T> T read(byte[] pdf, ReadLimits limits, Reading<T> reading) {
        PdfSandbox sandbox = PdfSandbox.install();
        if (pdf.length > limits.maxBytes()) {
            throw tooLarge(pdf.length, limits);
        }
        if (!startsLikePdf(pdf)) {
            throw new FormReadException(Reason.NOT_A_PDF, pdf.length == 0 ? "leere Datei" : "",
                    pdf.length == 0 ? "empty file" : "", null);
        }
        if (!endsLikePdf(pdf)) {
            throw new FormReadException(Reason.DAMAGED, "Dateiende %%EOF fehlt, die Datei ist abgeschnitten",
                    "end marker %%EOF missing, the file is truncated", null);
        }
        Deadline deadline = new Deadline(limits.maxParseTime());
        int permits = (int) Math.min(sandbox.heapMiB(), Math.max(1, 3 * limits.maxBytes() / MIB));
        Semaphore heap = sandbox.heap();
        try {
            if (!heap.tryAcquire(permits, deadline.remainingNanos(), TimeUnit.NANOSECONDS)) {
                throw deadline.exception();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deadline.exception();
        }
        try {
            DecodeBudget budget = new DecodeBudget(limits.maxBytes(), deadline);
            return budget.run(() -> parse(pdf, limits, reading, deadline, budget));
        } catch (IOException e) {
            throw damaged(e);
        } finally {
            heap.release(permits);
        }
    }

    private static <T> T parse(byte[] pdf, ReadLimits limits, Reading<T> reading, Deadline deadline,
            DecodeBudget budget) {
        PDDocument doc;
        NewestRevision newest = NewestRevision.of(pdf);
        try {
            doc = Loader.loadPDF(new TimedBuffer(newest.bytes(), deadline), "", null, null,
                    MemoryUsageSetting.setupMixed(limits.maxBytes(), limits.maxBytes() * 4).streamCache);
        } catch (InvalidPasswordException e) {
            throw new FormReadException(Reason.ENCRYPTED, "Kennwort zum Öffnen nötig", "password needed to open it",
                    e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw bounded(e, deadline, budget);
        }
        try (doc) {
            if (!newest.isNewest(doc.getDocument().getStartXref())) {
                throw new FormReadException(Reason.DAMAGED, "die neueste Fassung (Querverweise ab Byte "
                        + newest.expectedOffset() + ") ist nicht lesbar, eine ältere wird nicht gelesen",
                        "the newest revision (cross-references at byte " + newest.expectedOffset()
                        + ") cannot be read, and an older one is not read instead", null);
            }
            T result = reading.read(doc, deadline);
            // PDFBox swallows some failures and reads on; a bound that was hit still decides
            check(deadline, budget, null);
            return result;
        } catch (NetzwerkException e) {
            // our own verdict (a FormReadException, a sheet of another meeting), unless a bound was hit first
            check(deadline, budget, e);
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw bounded(e, deadline, budget);
        }
    }

    /** PDFBox may turn a bound that was hit into any failure; the bound is the true reason. */
    private static FormReadException bounded(Throwable e, Deadline deadline, DecodeBudget budget) {
        check(deadline, budget, e);
        return damaged(e);
    }

    private static void check(Deadline deadline, DecodeBudget budget, Throwable cause) {
        if (budget.exceeded()) {
            throw new FormReadException(Reason.TOO_LARGE, "entpackt mehr als " + budget.maxBytes() + " Bytes",
                    "decompresses to more than " + budget.maxBytes() + " bytes", cause);
        }
        deadline.check();
    }

    /**
     * @param size the file's size in bytes
     * @param limits the bounds
     * @return the exception for a file over the size limit
     */
    public static FormReadException tooLarge(long size, ReadLimits limits) {
        return new FormReadException(Reason.TOO_LARGE, size + " Bytes, höchstens " + limits.maxBytes(),
                size + " bytes, at most " + limits.maxBytes(), null);
    }

    private static FormReadException damaged(Throwable e) {
        return new FormReadException(Reason.DAMAGED, "", "", e);
    }

    private static boolean startsLikePdf(byte[] pdf) {
        String head = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean endsLikePdf(byte[] pdf) {
        int from = Math.max(0, pdf.length - 1024);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** The wall-clock bound of one read; see {@link ReadLimits#maxParseTime()}. */
    public static final class Deadline {
        private final long end;
        private final Duration limit;

        Deadline(Duration limit) {
            this.limit = limit;
            // a limit of centuries would overflow; nanoTime differences stay exact below 2^62
            long nanos = limit.compareTo(Duration.ofDays(36_500)) > 0 ? Duration.ofDays(36_500).toNanos()
                    : limit.toNanos();
            this.end = System.nanoTime() + nanos;
        }

        boolean passed() {
            return System.nanoTime() - end > 0;
        }

        long remainingNanos() {
            return Math.max(0, end - System.nanoTime());
        }

        /** @throws FormReadException TOO_COMPLEX if the time is up */
        public void check() {
            if (passed()) {
                throw exception();
            }
        }

        FormReadException exception() {
            return new FormReadException(Reason.TOO_COMPLEX, "nach " + limit.toMillis() + " ms abgebrochen",
                    "stopped after " + limit.toMillis() + " ms", null);
        }
    }

    /**
     * The file as PDFBox reads it, failing every read once the deadline has passed: PDFBox reads
     * from the file in every parsing step, so this stops a runaway parse in the caller's thread.
     */
    private static final class TimedBuffer extends RandomAccessReadBuffer {
        private final Deadline deadline;
        private int reads;

        TimedBuffer(byte[] pdf, Deadline deadline) {
            super(pdf);
            this.deadline = deadline;
        }

        private void tick() throws IOException {
            // System.nanoTime() on every byte would cost more than the parse itself
            if ((++reads & 0xFFF) == 0 && deadline.passed()) {
                throw new IOException("read time limit reached");
            }
        }

        @Override
        public int read() throws IOException {
            tick();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            tick();
            return super.read(b, off, len);
        }
    }
}
