package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, login, limits and bad uploads over plain HTTP, with a session and its CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:http;DB_CLOSE_DELAY=-1",
    "netzwerk.web.coordinator.password-hash={bcrypt}$2a$10$0nKzO8kQ1bJ8m0m2tH6vUe4o0mQk9G2ZQ6JQ6ZQ6ZQ6ZQ6ZQ6ZQ6",
})
class HttpSecurityTest {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ReceivedStore received;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/erklaerung").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> upload(byte[] content) throws IOException, InterruptedException {
        return upload(content, true);
    }

    /** @param tokenInHeader as the page's script sends it; else as a form field, as the plain form does */
    private HttpResponse<String> upload(byte[] content, boolean tokenInHeader) throws IOException,
            InterruptedException {
        String token = csrf();
        var body = new ByteArrayOutputStream();
        if (!tokenInHeader) {
            body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"e.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(content);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return client.send(HttpRequest.newBuilder(uri("/erklaerung"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .headers(tokenInHeader ? new String[] {"X-CSRF-TOKEN", token} : new String[] {"X-Test", "1"})
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String receiptPage(HttpResponse<String> response) throws IOException, InterruptedException {
        assertThat(response.statusCode()).isEqualTo(302);
        return get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/erklaerung");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("onclick");
    }

    @Test
    void coordinatorPagesNeedALogin() throws Exception {
        for (String path : new String[] {"/koordination", "/koordination/register", "/koordination/verteiler.csv",
            "/koordination/sitzungen/netzwerk-2026-1/anwesenheitsliste.pdf"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/anmelden");
        }
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedInGerman() throws Exception {
        byte[] big = new byte[Intake.MAX_BYTES + 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 8);
        HttpResponse<String> r = upload(big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Die Datei ist größer als 20 MB und wurde nicht angenommen.");
    }

    @Test
    void aFileOverTwentyMegabytesFromThePlainFormIsRefusedInGerman() throws Exception {
        byte[] big = new byte[Intake.MAX_BYTES + 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 8);
        HttpResponse<String> r = upload(big, false);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Die Datei ist größer als 20 MB und wurde nicht angenommen.");
    }

    @Test
    void thePlainFormUploadWorksWithoutScript() throws Exception {
        String page = receiptPage(upload("kein PDF".getBytes(StandardCharsets.UTF_8), false));
        assertThat(page).contains("Die Datei ist kein PDF-Dokument.");
    }

    @Test
    void aPdfWithoutFormIsStoredAndExplained() throws Exception {
        var out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        String page = receiptPage(upload(out.toByteArray()));
        assertThat(page).contains("Die Datei konnte nicht gelesen werden")
                .contains("enthält keine ausfüllbaren Formularfelder");
        assertThat(received.all()).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(Received.Status.UNREADABLE);
            assertThat(r.reason()).isEqualTo("NO_FORM");
            assertThat(received.content(r.id())).isEqualTo(out.toByteArray());
            assertThat(r.sha256()).isEqualTo(ReceivedStore.sha256(out.toByteArray()));
        });
    }

    @Test
    void aReceiptIsOnlyShownToTheSessionThatSentTheFile() throws Exception {
        HttpResponse<String> sent = upload("kein PDF".getBytes(StandardCharsets.UTF_8));
        String location = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(get(location).body()).contains("Die Datei ist kein PDF-Dokument.");
    }
}
