package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.util.concurrent.Semaphore;

/**
 * The process-wide guards of untrusted reads — the decoded-bytes bound on PDFBox's filters
 * ({@link DecodeBudget}) and the heap shared by reads in parallel — installed explicitly, once, by
 * the first untrusted read ({@link UntrustedPdf#read}), never by loading a class.
 *
 * <p>Why explicit: a static initialiser that fails leaves the embedding application an
 * {@code ExceptionInInitializerError} and then {@code NoClassDefFoundError}s for the rest of the
 * JVM's life. Here a failure is a {@link NetzwerkException} naming the cause, every read asks
 * again, and nothing is installed in a JVM that never reads an untrusted file.
 *
 * <p>What stays untouched: the wrapped filters only count for a thread inside an untrusted read;
 * rendering our documents and an application's own PDFBox use decode exactly as without them
 * ({@code PdfSandboxTest}). The reflection is pinned to {@link #PDFBOX_VERSION} by a test, so a
 * PDFBox upgrade has to look at {@link DecodeBudget} again.
 *
 * <p>Thread-safe; installing is idempotent.
 */
public final class PdfSandbox {
    /** The PDFBox release whose private {@code FilterFactory.filters} map {@link DecodeBudget} was checked against. */
    public static final String PDFBOX_VERSION = "3.0.8";

    private static final int MIB = 1 << 20;
    private static volatile PdfSandbox installed;

    private final int heapMiB;
    private final Semaphore heap;

    private PdfSandbox(int heapMiB) {
        this.heapMiB = heapMiB;
        this.heap = new Semaphore(heapMiB, true);
    }

    /**
     * Installs the guards if they are not yet installed; cheap once they are.
     *
     * @return the installed sandbox; never null
     * @throws NetzwerkException if PDFBox's decoding cannot be bounded (another PDFBox version); no
     *     untrusted file is read then, and the next read tries again
     */
    public static PdfSandbox install() {
        PdfSandbox sandbox = installed;
        if (sandbox != null) {
            return sandbox;
        }
        synchronized (PdfSandbox.class) {
            if (installed == null) {
                DecodeBudget.install();
                // half the heap for all reads in progress together, see UntrustedPdf
                installed = new PdfSandbox((int) Math.max(1, Runtime.getRuntime().maxMemory() / 2 / MIB));
            }
            return installed;
        }
    }

    /** @return the heap, in MiB, that all untrusted reads in progress share */
    int heapMiB() {
        return heapMiB;
    }

    /** @return the permits of {@link #heapMiB()}, one per MiB */
    Semaphore heap() {
        return heap;
    }
}
