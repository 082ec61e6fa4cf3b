package de.magdeburg.integration.netzwerk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Receives declarations: store first, then sniff, then read with the library. Logs carry receipt
 * numbers, sizes and reason codes only, never what a partner typed.
 */
@Service
public class Intake {
    /** The largest file accepted, also configured as the multipart limit. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final ReceivedStore received;
    private final RegisterStore registerStore;
    private final LibraryAdapter library;
    private final ObjectMapper json;

    Intake(ReceivedStore received, RegisterStore registerStore, LibraryAdapter library, ObjectMapper json) {
        this.received = received;
        this.registerStore = registerStore;
        this.library = library;
        this.json = json;
    }

    /**
     * Stores the bytes, then reads them.
     *
     * @param content what the partner sent; not null
     * @param channel BROWSER or UPLOAD
     * @return the stored row after reading
     */
    public Received receive(byte[] content, String channel) {
        Received r = received.store(content, channel);
        LOG.info("received {} via {}: {} bytes, sha256 {}", r.receipt(), channel, r.sizeBytes(), r.sha256());
        if (!looksLikePdf(content)) {
            received.markUnreadable(r.id(), "NOT_A_PDF", "Die Datei ist kein PDF-Dokument. Bitte senden Sie das "
                    + "ausgefüllte Erklärungsformular als PDF-Datei.");
            LOG.info("{} is not a PDF", r.receipt());
            return received.find(r.id()).orElseThrow();
        }
        try {
            LibraryAdapter.Reading reading = library.readDeclaration(content);
            received.markRead(r.id(), write(reading), reading.declaration().organisation().name(),
                    (int) reading.findings().stream().filter(Finding::isError).count());
            LOG.info("{} read: {} findings", r.receipt(), reading.findings().size());
        } catch (LibraryAdapter.UnreadableException e) {
            received.markUnreadable(r.id(), e.reason(), e.getMessage());
            LOG.info("{} unreadable: {}", r.receipt(), e.reason());
        } catch (RuntimeException e) {
            // the bytes are stored; the coordinator can still download them
            received.markUnreadable(r.id(), "DAMAGED", "Die Datei konnte nicht gelesen werden.");
            LOG.warn("{} failed: {}", r.receipt(), e.getClass().getName());
        }
        return received.find(r.id()).orElseThrow();
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
     * Applies a read declaration to the register.
     *
     * @return the findings; empty or warnings only when it was applied
     */
    public synchronized List<Finding> apply(Received given, LocalDate on) {
        // the caller loaded it before taking this lock: a double submit must see the first apply
        Received r = received.find(given.id()).orElseThrow(() -> new IllegalStateException(given.receipt() + " is gone"));
        if (r.status() != Received.Status.READ) {
            throw new IllegalStateException(r.receipt() + " is " + r.status());
        }
        Register before = registerStore.load();
        RegisterUpdate update = library.apply(before, reading(r).declaration(), on);
        if (!update.rejected()) {
            int sequence = registerStore.append(before, update.register());
            received.markApplied(r.id(), sequence);
            LOG.info("{} applied as history entry {}", r.receipt(), sequence);
        }
        return update.findings();
    }

    /**
     * Removes a partner for inactivity (GO-1.4).
     *
     * @return the findings; empty when removed
     */
    public synchronized List<Finding> removeInactive(String organisation, LocalDate on) {
        Register before = registerStore.load();
        RegisterUpdate update = before.removeInactive(organisation, on,
                "GO-1.4: ein Jahr ohne Teilnahme an einer Arbeitsgruppe");
        if (!update.rejected()) {
            int sequence = registerStore.append(before, update.register());
            LOG.info("history entry {}: removed for inactivity", sequence);
        }
        return update.findings();
    }

    private String write(LibraryAdapter.Reading reading) {
        try {
            return json.writeValueAsString(reading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reading as JSON", e);
        }
    }
}
