package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Upload limit per client, storage quota and login throttling over HTTP. The clients are told
 * apart by {@code X-Forwarded-For}, as behind the city's proxy (the test's loopback is a trusted one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:abuse;DB_CLOSE_DELAY=-1",
    "server.forward-headers-strategy=native",
    "netzwerk.web.intake.uploads-per-client=2",
    "netzwerk.web.intake.quota=64KB",
})
class AbuseLimitsTest {
    private static final String PASSWORD = "Drossel-Test-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final byte[] NOT_A_PDF = "kein PDF".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void coordinator(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    private PartnerClient from(String address) {
        return new PartnerClient(port, "X-Forwarded-For", address);
    }

    @Test
    void aClientThatSendsMoreThanItsShareIsAskedInGermanToWait() throws Exception {
        PartnerClient busy = from("203.0.113.1");
        assertThat(busy.upload(NOT_A_PDF).statusCode()).isEqualTo(302);
        assertThat(busy.upload(NOT_A_PDF).statusCode()).isEqualTo(302);
        HttpResponse<String> third = busy.upload(NOT_A_PDF);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("Von Ihrem Anschluss wurden in kurzer Zeit sehr viele Dateien gesendet.");
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);

        assertThat(from("203.0.113.2").upload(NOT_A_PDF).statusCode()).as("another client").isEqualTo(302);
    }

    @Test
    void aFileBeyondTheStorageQuotaIsRefusedInGermanAndNotStored() throws Exception {
        HttpResponse<String> r = from("203.0.113.3").upload(new byte[100 * 1024]);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Der Speicher für eingesandte Dateien ist voll.");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("3600");
    }

    @Test
    void afterFiveWrongPasswordsTheAccountWaitsEvenWithTheRightOne() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = login(browser, "198.51.100." + (10 + i), "koordination", "falsch-" + i);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden?error");
        }
        HttpResponse<String> right = login(browser, "198.51.100.20", "Koordination ", PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Zu viele fehlgeschlagene Anmeldeversuche.")
                .contains("bitte versuchen Sie es in einer Minute erneut");
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void afterTenWrongLoginsOneClientWaitsWhateverAccountItTries() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int i = 0; i < 10; i++) {
            assertThat(login(browser, "198.51.100.99", "gast" + i, "falsch").statusCode()).isEqualTo(302);
        }
        HttpResponse<String> next = login(browser, "198.51.100.99", "noch-jemand", "falsch");
        assertThat(next.statusCode()).isEqualTo(429);
        assertThat(next.body()).contains("Zu viele fehlgeschlagene Anmeldeversuche.");
    }

    private HttpResponse<String> login(HttpClient browser, String client, String user, String password)
            throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(new PartnerClient(port).uri("/anmelden"))
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(new PartnerClient(port).uri("/anmelden"))
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
