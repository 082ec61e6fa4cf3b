package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A sender that trickles its upload body never pauses long enough for Tomcat's read timeout; the
 * total limit per body ({@code netzwerk.web.upload-body-limit}, 10 s here) cuts it: 400 (its body
 * could not be read), connection closed, temporary file gone, the client's upload slot free again.
 * While the trickling uploads are under way they count against the client's limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:upload_body_deadline;DB_CLOSE_DELAY=-1",
    "netzwerk.web.upload-body-limit=10s",
})
class UploadBodyDeadlineTest {
    private static final long LIMIT_MILLIS = 10_000;
    private static final Path UPLOADS;

    static {
        try {
            UPLOADS = Files.createTempDirectory("netzwerk-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void uploads(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.upload-dir", UPLOADS::toString);
    }

    @Test
    void aTricklingUploadIsCutAfterTheLimitItsSlotFreedAndItsFileRemoved() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(this::trickle);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(this::trickle);
        waitFor(() -> uploadFiles() == 2);
        assertThat(uploadFiles()).as("both trickling bodies are being read").isEqualTo(2);

        HttpResponse<String> third = new PartnerClient(port).upload("kein PDF".getBytes(StandardCharsets.UTF_8));

        assertThat(third.statusCode()).as("uploads under way count against the client's limit").isEqualTo(429);
        for (CompletableFuture<String> trickling : java.util.List.of(first, second)) {
            String answer = trickling.get();
            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\r\nConnection: close\r\n")
                    .contains("X-Content-Type-Options: nosniff");
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(tookMillis).as("cut at the limit, not by a timeout").isBetween(LIMIT_MILLIS, LIMIT_MILLIS + 8_000);
        waitFor(() -> uploadFiles() == 0);
        assertThat(uploadFiles()).as("the temporary files are deleted").isZero();
        assertThat(new PartnerClient(port).upload("kein PDF".getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("the client's slots are free again").isNotEqualTo(429);
    }

    /**
     * Sends an upload's headers and then one byte every 200 ms until the server answers (at most
     * the limit plus 5 s), as a slow-loris client does.
     *
     * @return the answer, as text
     */
    private String trickle() {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("POST /erklaerung HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
                    + "boundary=b\r\nContent-Length: 20000000\r\n\r\n--b\r\nContent-Disposition: form-data; "
                    + "name=\"datei\"; filename=\"e.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            long until = System.nanoTime() + (LIMIT_MILLIS + 5_000) * 1_000_000;
            while (in.available() == 0 && System.nanoTime() < until) {
                out.write('x');
                out.flush();
                Thread.sleep(200);
            }
            s.setSoTimeout(10_000);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long uploadFiles() {
        return TomcatEdgesTest.uploadFiles(UPLOADS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        TomcatEdgesTest.waitFor(condition);
    }
}
