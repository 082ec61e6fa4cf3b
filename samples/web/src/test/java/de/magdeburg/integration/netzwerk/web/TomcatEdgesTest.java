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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What Tomcat itself answers, over a raw socket: its 400 page carries the security headers, a
 * client's Host headers never reach a Location, uploads leave no temporary files behind, and a
 * client's uploads under way are bounded before their bodies hold more threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tomcat_edges;DB_CLOSE_DELAY=-1",
})
class TomcatEdgesTest {
    private static final Path UPLOADS;
    private static final Path LEFT_OVER;

    static {
        try {
            UPLOADS = Files.createTempDirectory("netzwerk-uploads-");
            // what a killed service leaves behind
            LEFT_OVER = Files.writeString(UPLOADS.resolve("upload_1f2e3d_00000001.tmp"), "%PDF-1.7 abgebrochen");
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
    void tomcatsOwnBadRequestPageCarriesTheSecurityHeaders() throws Exception {
        String answer = raw("GET /erklaerung?a=<x> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(answer).contains("Content-Security-Policy: " + SecurityConfig.CSP + "\r\n")
                .contains("X-Content-Type-Options: nosniff\r\n").contains("X-Frame-Options: DENY\r\n")
                .contains("Referrer-Policy: same-origin\r\n");
    }

    @Test
    void everyPageCarriesEachSecurityHeaderOnce() throws Exception {
        String answer = raw("GET /erklaerung HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200 ");
        for (String header : SecurityConfig.HEADERS.keySet()) {
            assertThat(answer.split("\r\n" + header + ": ", -1)).as(header).hasSize(2);
        }
    }

    @Test
    void aClientsHostHeadersNeverBecomeTheRedirectsTarget() throws Exception {
        String answer = raw("GET /koordination HTTP/1.1\r\nHost: angreifer.example\r\n"
                + "X-Forwarded-Host: angreifer.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302 ").contains("\r\nLocation: /anmelden\r\n")
                .doesNotContain("angreifer");
    }

    @Test
    void uploadFilesLeftByAnEarlierRunAreDeletedAtStartAndTheFolderIsPrivate() throws Exception {
        assertThat(LEFT_OVER).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(UPLOADS))).isEqualTo("rwx------");
    }

    @Test
    void anUploadBrokenOffLeavesNoTemporaryFile() throws Exception {
        try (Socket s = startUpload()) {
            waitFor(() -> uploadFiles() == 1);
        }
        waitFor(() -> uploadFiles() == 0);
        assertThat(uploadFiles()).isZero();
    }

    @Test
    void aClientsThirdUploadWhileTwoAreUnderWayIsRefusedAtOnceAndPagesStillAnswer() throws Exception {
        try (Socket first = startUpload(); Socket second = startUpload()) {
            waitFor(() -> uploadFiles() == 2);
            assertThat(uploadFiles()).as("both bodies are being read").isEqualTo(2);

            HttpResponse<String> third = new PartnerClient(port).upload("kein PDF".getBytes(StandardCharsets.UTF_8));

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.body()).contains("Von Ihrem Anschluss werden gerade schon mehrere Dateien gesendet.");
            assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(new PartnerClient(port).get("/").statusCode()).isEqualTo(200);

            // a third slow one is answered and its connection closed, without waiting for its body
            try (Socket slowThird = startUpload()) {
                slowThird.setSoTimeout(10_000);
                String answer = new String(slowThird.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).as("answered, and closed (else the read times out)").startsWith("HTTP/1.1 429 ");
            }
        }
    }

    /** @return a connection whose upload has sent its headers and the first megabyte of 5 */
    private Socket startUpload() throws IOException {
        Socket s = new Socket("localhost", port);
        OutputStream out = s.getOutputStream();
        out.write(("POST /erklaerung HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b"
                + "\r\nContent-Length: 5000000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"datei\"; "
                + "filename=\"e.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(new byte[1_000_000]);
        out.flush();
        return s;
    }

    private static long uploadFiles() {
        return uploadFiles(UPLOADS);
    }

    /** @return how many of Tomcat's upload files are in {@code folder} */
    static long uploadFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload_")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    /** @return the answer's status line and headers */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end + 2);
        }
    }
}
