package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Whatever the library does with a file — throw an {@code Error}, hang, ignore interrupts — the
 * partner gets a receipt and a final state with a German reason, and the application goes on.
 * One reader and no queue, so the bounds show with few files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1",
    "netzwerk.web.intake.readers=1",
    "netzwerk.web.intake.queue=0",
    "netzwerk.web.intake.read-limit=1s",
    "netzwerk.web.intake.answer-wait=5s",
    "netzwerk.web.intake.uploads-per-client=1000",
})
class IntakeResilienceTest {
    private static final byte[] PDF = "%PDF-1.7\nnot really a form\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    ReceivedStore received;

    @Autowired
    Intake intake;

    @Autowired
    ReadingPool pool;

    @MockitoSpyBean
    LibraryAdapter library;

    private PartnerClient partner;

    @BeforeEach
    void session() throws InterruptedException {
        partner = new PartnerClient(port);
        // a reader left over from the test before gives its place back
        for (int i = 0; i < 100 && pool.freePlaces() == 0; i++) {
            Thread.sleep(50);
        }
    }

    private Received finalState(HttpResponse<String> upload) {
        return received.findByReceipt(PartnerClient.receiptOf(upload)).orElseThrow();
    }

    @Test
    void outOfMemoryInTheLibraryGivesTheReceiptAReasonAndTheServiceGoesOn() throws Exception {
        doThrow(new OutOfMemoryError("Java heap space")).when(library).readDeclaration(any());
        HttpResponse<String> sent = partner.upload(PDF);
        assertThat(partner.receiptPage(sent)).contains("nicht mit vertretbarem Aufwand gelesen werden");
        assertThat(finalState(sent).reason()).isEqualTo("TOO_COMPLEX");
        assertThat(partner.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void stackOverflowInTheLibraryGivesTheReceiptAReason() throws Exception {
        doThrow(new StackOverflowError()).when(library).readDeclaration(any());
        HttpResponse<String> sent = partner.upload(PDF);
        assertThat(partner.receiptPage(sent)).contains("nicht mit vertretbarem Aufwand gelesen werden");
        assertThat(finalState(sent).status()).isEqualTo(Received.Status.UNREADABLE);
    }

    @Test
    void aReadingThatHangsEndsAtTheTimeLimit() throws Exception {
        doAnswer(call -> {
            Thread.sleep(60_000);
            return null;
        }).when(library).readDeclaration(any());
        HttpResponse<String> sent = partner.upload(PDF);
        assertThat(partner.receiptPage(sent)).contains("Das Lesen der Datei hat zu lange gedauert");
        assertThat(finalState(sent).reason()).isEqualTo("TIMEOUT");
    }

    @Test
    void aReaderThatIgnoresInterruptsKeepsItsPlaceAndFurtherFilesAreRefusedBeforeStoring() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException swallowed) {
                    // as a library loop that ignores interrupts does
                }
            }
            throw new IllegalStateException("too late");
        }).when(library).readDeclaration(any());
        HttpResponse<String> first;
        try {
            first = partner.upload(PDF);
            assertThat(partner.receiptPage(first)).contains("Das Lesen der Datei hat zu lange gedauert");
            int stored = received.all().size();

            HttpResponse<String> refused = partner.upload(PDF);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(refused.body()).contains("Es werden gerade sehr viele Dateien geprüft.");
            assertThat(received.all()).hasSize(stored);
        } finally {
            // a failed assertion must not leave the reader stuck for the other tests
            release.countDown();
        }
        for (int i = 0; i < 100 && pool.freePlaces() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(finalState(first).reason()).as("the late outcome does not overwrite TIMEOUT").isEqualTo("TIMEOUT");
        assertThat(partner.upload(PDF).statusCode()).isEqualTo(302);
    }

    @Test
    void theStoredBytesAndHashAreExactlyWhatWasSent() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024];
        new Random(15).nextBytes(big);
        System.arraycopy(PDF, 0, big, 0, 8);
        Received r = finalState(partner.upload(big));
        assertThat(r.sha256()).isEqualTo(ReceivedStore.sha256(big));
        assertThat(received.content(r.id())).isEqualTo(big);
        assertThat(r.sizeBytes()).isEqualTo(big.length);
    }

    @Test
    void afterARestartAReadingThatWasUnderWayGetsAFinalStateAndAnUnstartedOneIsRead() throws Exception {
        Received underWay = received.store(() -> new ByteArrayInputStream(PDF), PDF.length, "UPLOAD");
        assertThat(received.claim(underWay.id())).isTrue();
        Received neverStarted = received.store(() -> new ByteArrayInputStream("kein PDF".getBytes(
                StandardCharsets.UTF_8)), 8, "UPLOAD");

        intake.resumeAndMark(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10));

        Received marked = received.find(underWay.id()).orElseThrow();
        assertThat(marked.reason()).isEqualTo("ABORTED");
        assertThat(marked.message()).startsWith("Das Lesen der Datei wurde durch einen Neustart des Dienstes "
                + "unterbrochen.");
        assertThat(intake.awaitReading(neverStarted).reason()).isEqualTo("NOT_A_PDF");
    }
}
