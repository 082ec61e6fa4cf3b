package de.magdeburg.integration.netzwerk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives declarations: store first (bytes, SHA-256, receipt, committed), then read in the
 * bounded {@link ReadingPool}. Every reading ends in a final state the partner sees — READ or
 * UNREADABLE with a reason — whatever the library call does: an exception, an
 * {@code OutOfMemoryError} or {@code StackOverflowError}, a hang past the time limit, or a crash
 * of the whole service (then {@link #resumeAndMark} records it after the restart). Logs carry
 * receipt numbers, sizes and reason codes only, never what a partner typed.
 */
@Service
public class Intake {
    /** The largest file accepted: the readers' own limit, also configured as the multipart limit. */
    public static final int MAX_BYTES = Math.toIntExact(ReadLimits.DEFAULT_MAX_BYTES);
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    /** How long a stored file may wait unread, or a started reading run past its limit, before the sweep acts. */
    private static final Duration GRACE = Duration.ofMinutes(1);
    private static final String STORED_ANYWAY = " Ihre Datei ist unverändert gespeichert; die Netzwerkkoordination "
            + "kann sie ansehen.";
    static final String TOO_COMPLEX = "Die Datei ist so aufgebaut, dass sie nicht mit vertretbarem Aufwand gelesen "
            + "werden kann. Bitte speichern Sie das Formular noch einmal und senden Sie es erneut." + STORED_ANYWAY;
    static final String TIMEOUT = "Das Lesen der Datei hat zu lange gedauert und wurde abgebrochen. Bitte speichern "
            + "Sie das Formular noch einmal und senden Sie es erneut." + STORED_ANYWAY;
    static final String ABORTED = "Das Lesen der Datei wurde durch einen Neustart des Dienstes unterbrochen. Bitte "
            + "senden Sie das Formular erneut." + STORED_ANYWAY;
    static final String DAMAGED = "Die Datei konnte nicht gelesen werden." + STORED_ANYWAY;
    static final String BUSY = "Es werden gerade sehr viele Dateien geprüft. Ihre Datei wurde nicht angenommen – "
            + "bitte senden Sie sie in einer Minute erneut.";
    static final String QUOTA = "Der Speicher für eingesandte Dateien ist voll. Ihre Datei wurde nicht angenommen – "
            + "bitte versuchen Sie es später erneut oder wenden Sie sich an die Netzwerkkoordination.";

    private final ReceivedStore received;
    private final RegisterStore registerStore;
    private final LibraryAdapter library;
    private final ObjectMapper json;
    private final ReadingPool pool;
    private final IntakeProperties limits;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Intake(ReceivedStore received, RegisterStore registerStore, LibraryAdapter library, ObjectMapper json,
            ReadingPool pool, IntakeProperties limits, TransactionTemplate transaction, Clock clock) {
        this.received = received;
        this.registerStore = registerStore;
        this.library = library;
        this.json = json;
        this.pool = pool;
        this.limits = limits;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores the file and queues its reading; returns as soon as the file is stored, before
     * anything has parsed it. A file is refused before it is stored when the storage quota or the
     * reading queue is full, so a refused partner has no receipt and nothing was kept.
     *
     * @param file what the partner sent, streamed (Tomcat keeps uploads in a temporary file); not null
     * @param size its size in bytes
     * @param channel BROWSER or UPLOAD
     * @return the stored row, status STORED
     * @throws TooManyRequestsException if the quota or the queue is full
     * @throws IOException if the upload cannot be read
     */
    public Received receive(InputStreamSource file, long size, String channel) throws IOException {
        return receive(file, size, channel, null);
    }

    /**
     * Receives as {@link #receive(InputStreamSource, long, String)}, once per submission token:
     * the same file sent again with the same token (a double click) gets the first receipt.
     *
     * @param token the submission token of the form page, or null
     */
    public Received receive(InputStreamSource file, long size, String channel, String token) throws IOException {
        checkQuota(size);
        if (!pool.tryReserve()) {
            LOG.warn("upload of {} bytes refused: {} readers and a queue of {} are busy", size, limits.readers(),
                    limits.queue());
            throw new TooManyRequestsException(BUSY, Duration.ofMinutes(1));
        }
        Received r;
        try {
            ReceivedStore.Stored stored = received.store(file, size, channel, token);
            r = stored.received();
            if (!stored.fresh()) {
                pool.release();
                LOG.info("{} sent again with the same submission token: not stored twice", r.receipt());
                return r;
            }
        } catch (IOException | RuntimeException | Error e) {
            pool.release();
            throw e;
        }
        LOG.info("received {} via {}: {} bytes, sha256 {}", r.receipt(), channel, r.sizeBytes(), r.sha256());
        submit(r.id(), r.receipt());
        return r;
    }

    /**
     * Checks, before an upload's body is read, whether it could be taken now: so a refused sender
     * does not first transfer 20 MB. {@link #receive} checks again, reserving.
     *
     * @param size the announced size in bytes, or -1 if unknown
     * @throws TooManyRequestsException if the quota or the queue is full
     */
    public void admit(long size) {
        checkQuota(Math.max(0, size));
        if (pool.freePlaces() == 0) {
            throw new TooManyRequestsException(BUSY, Duration.ofMinutes(1));
        }
    }

    private void checkQuota(long size) {
        if (received.totalBytes() + size > limits.quota().toBytes()) {
            LOG.warn("upload of {} bytes refused: storage quota of {} reached", size, limits.quota());
            throw new TooManyRequestsException(QUOTA, Duration.ofHours(1));
        }
    }

    private void submit(long id, String receipt) {
        try {
            pool.submit(() -> read(id, receipt), () -> {
                if (received.markUnreadable(id, "TIMEOUT", TIMEOUT)) {
                    LOG.warn("{} reading stopped after {}", receipt, limits.readLimit());
                }
            });
        } catch (RejectedExecutionException e) {
            // cannot happen while places bound the queue; the sweep reads it later
            pool.release();
            LOG.warn("{} left for the sweep: {}", receipt, e.toString());
        }
    }

    /** Reads one stored file; never throws. */
    private void read(long id, String receipt) {
        try {
            if (!received.claim(id)) {
                return;
            }
            readClaimed(id, receipt);
        } catch (Throwable e) {
            // even recording failed (database gone, memory exhausted again): the row keeps its
            // claim, and the sweep gives it a final state
            LOG.error("{} could not be recorded: {}", receipt, e.toString());
        }
    }

    private void readClaimed(long id, String receipt) {
        String reason;
        String message;
        try {
            byte[] content = received.content(id);
            if (!looksLikePdf(content)) {
                reason = "NOT_A_PDF";
                message = "Die Datei ist kein PDF-Dokument. Bitte senden Sie das ausgefüllte Erklärungsformular "
                        + "als PDF-Datei.";
            } else {
                LibraryAdapter.Reading reading = library.readDeclaration(content);
                received.markRead(id, write(reading), reading.declaration().organisation().name(),
                        (int) reading.findings().stream().filter(Finding::isError).count());
                LOG.info("{} read: {} findings", receipt, reading.findings().size());
                return;
            }
        } catch (LibraryAdapter.UnreadableException e) {
            reason = e.reason();
            message = e.getMessage();
        } catch (VirtualMachineError e) {
            // OutOfMemoryError, StackOverflowError from inside the library: the reading's objects
            // are unreachable now; the application goes on (unless -XX:+ExitOnOutOfMemoryError
            // ends the JVM first, then the sweep records it after the restart)
            reason = "TOO_COMPLEX";
            message = TOO_COMPLEX;
            LOG.warn("{} exhausted the reader: {}", receipt, e.getClass().getName());
        } catch (Throwable e) {
            reason = "DAMAGED";
            message = DAMAGED;
            LOG.warn("{} failed: {}", receipt, e.getClass().getName());
        }
        if (received.markUnreadable(id, reason, message)) {
            LOG.info("{} unreadable: {}", receipt, reason);
        }
    }

    /**
     * Waits up to {@code answerWait} for the reading of a just stored file, so that the receipt
     * page usually shows the result at once.
     *
     * @return the file as it stands now; STORED if the reading has not ended yet
     */
    public Received awaitReading(Received r) {
        long deadline = System.nanoTime() + limits.answerWait().toNanos();
        Received now = r;
        while (now.status() == Received.Status.STORED && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = received.find(r.id()).orElse(now);
        }
        return now;
    }

    /**
     * Every minute on every instance, and right after a start: files whose reading started long
     * ago and never ended (their instance died, e.g. by {@code -XX:+ExitOnOutOfMemoryError}) get
     * the final state ABORTED — they are not read again, so a file that crashes the reader cannot
     * crash it in a loop; files stored but never started are read.
     */
    @Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
    public void resumeAndMark() {
        resumeAndMark(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    void resumeAndMark(OffsetDateTime now) {
        for (long id : received.abandoned(now.minus(limits.readLimit()).minus(GRACE))) {
            if (received.markUnreadable(id, "ABORTED", ABORTED)) {
                LOG.warn("received file {}: reading was under way when the service stopped", id);
            }
        }
        for (long id : received.notStarted(now.minus(GRACE))) {
            if (!pool.tryReserve()) {
                return;
            }
            submit(id, "received file " + id);
        }
    }

    /** @return whether the bytes start with the PDF header {@code %PDF-} (after at most 1 KB, as viewers allow) */
    public static boolean looksLikePdf(byte[] content) {
        int window = Math.min(content.length, 1024);
        String head = new String(content, 0, window, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** @return the reading stored for a received file */
    public LibraryAdapter.Reading reading(Received r) {
        try {
            return json.readValue(r.readingJson(), LibraryAdapter.Reading.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reading of " + r.receipt() + " cannot be read", e);
        }
    }

    /**
     * Applies a read declaration to the register, in one transaction with marking the file
     * APPLIED. Within this instance the lock serialises; between instances the history's sequence
     * (primary key) and the file's status are the optimistic locks.
     *
     * @return the findings; empty or warnings only when it was applied
     * @throws IllegalStateException if the file is not (or no longer) READ
     * @throws RegisterChangedException if another instance changed the register meanwhile
     */
    public synchronized List<Finding> apply(Received given, LocalDate on) {
        return transaction.execute(tx -> {
            // the caller loaded it before taking this lock: a double submit must see the first apply
            Received r = received.find(given.id())
                    .orElseThrow(() -> new IllegalStateException(given.receipt() + " is gone"));
            if (r.status() != Received.Status.READ) {
                throw new IllegalStateException(r.receipt() + " is " + r.status());
            }
            Register before = registerStore.load();
            RegisterUpdate update = library.apply(before, reading(r).declaration(), on);
            received.recordApplyFindings(r.id(), write(update.findings()));
            if (!update.rejected()) {
                int sequence = registerStore.append(before, update.register());
                if (!received.markApplied(r.id(), sequence)) {
                    // another instance applied this file between our read and our write
                    throw new RegisterChangedException();
                }
                LOG.info("{} applied as history entry {}", r.receipt(), sequence);
            }
            return update.findings();
        });
    }

    /**
     * Removes a partner for inactivity (GO-1.4).
     *
     * @return the findings; empty when removed
     * @throws RegisterChangedException if another instance changed the register meanwhile
     */
    public synchronized List<Finding> removeInactive(String organisation, LocalDate on) {
        return transaction.execute(tx -> {
            Register before = registerStore.load();
            RegisterUpdate update = before.removeInactive(organisation, on,
                    "GO-1.4: ein Jahr ohne Teilnahme an einer Arbeitsgruppe");
            if (!update.rejected()) {
                int sequence = registerStore.append(before, update.register());
                LOG.info("history entry {}: removed for inactivity", sequence);
            }
            return update.findings();
        });
    }

    /**
     * @return what the last attempt to apply the file found (read back by id: the page after the
     *     redirect gets no findings through the session), empty if it was never tried
     */
    public List<Finding> applyFindings(long id) {
        return received.applyFindingsJson(id).map(text -> {
            try {
                return List.of(json.readValue(text, Finding[].class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored findings of received file " + id + " cannot be read", e);
            }
        }).orElse(List.of());
    }

    private String write(Object reading) {
        try {
            return json.writeValueAsString(reading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reading as JSON", e);
        }
    }
}
