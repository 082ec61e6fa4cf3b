package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
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
    @LocalServerPort
    int port;

    @Autowired
    ReceivedStore received;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private PartnerClient partner;

    @BeforeEach
    void session() {
        partner = new PartnerClient(port);
    }

    private URI uri(String path) {
        return partner.uri(path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return partner.get(path);
    }

    private HttpResponse<String> upload(byte[] content) throws IOException, InterruptedException {
        return partner.upload(content);
    }

    private HttpResponse<String> upload(byte[] content, boolean tokenInHeader) throws IOException,
            InterruptedException {
        return partner.upload(content, tokenInHeader);
    }

    private String receiptPage(HttpResponse<String> response) throws IOException, InterruptedException {
        return partner.receiptPage(response);
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
    void anonymousVisitsOfCoordinatorPagesStoreNoSession() throws Exception {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class);
        HttpClient noCookies = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = noCookies.send(HttpRequest.newBuilder(uri("/koordination/eingang/" + i))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class)).isEqualTo(before);
    }

    @Test
    void aWrongPasswordIsExplainedWithoutStartingASession() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                HttpRequest.newBuilder(uri("/anmelden")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(uri("/anmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=koordination&password=falsch&_csrf="
                        + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/anmelden?error"));
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(browser.send(HttpRequest.newBuilder(uri("/anmelden?error")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("Benutzername oder Passwort ist falsch.");
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
