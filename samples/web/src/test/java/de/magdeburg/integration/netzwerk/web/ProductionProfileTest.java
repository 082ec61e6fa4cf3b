package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code prod} profile: no default password; behind a TLS proxy HSTS and https redirects; German pages without a session. */
class ProductionProfileTest {
    private static final String HASH = "{bcrypt}$2a$10$0nKzO8kQ1bJ8m0m2tH6vUe4o0mQk9G2ZQ6JQ6ZQ6ZQ6ZQ6ZQ6ZQ6";

    @Test
    void productionWithoutPasswordHashRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WebSampleApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:prod;DB_CLOSE_DELAY=-1").close())
                .hasRootCauseMessage("netzwerk.web.coordinator.password-hash is not set: configure the "
                        + "coordinator's BCrypt hash (production has no default password), or start with the "
                        + "'sample' profile for a one-time password");
    }

    @Test
    void behindATlsProxyPagesAreGermanWithHstsRelativeRedirectsAndNoSession() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WebSampleApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:prod-proxy;DB_CLOSE_DELAY=-1",
                        "--netzwerk.web.coordinator.password-hash=" + HASH)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();
            for (String path : new String[] {"/", "/erklaerung", "/anmelden"}) {
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + path)).header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.7")
                        .header("Accept-Language", "en-GB,en").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path).isPresent();
                assertThat(page.headers().firstValue("Content-Language")).as(path).hasValue("de");
                assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            }
            HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/koordination")).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host",
                    "netzwerk.magdeburg.example").build(), HttpResponse.BodyHandlers.ofString());
            // relative: the browser stays on https://netzwerk.magdeburg.example, and no Host header
            // (the proxy's or a client's) ever becomes the target
            assertThat(redirect.headers().firstValue("Location")).hasValue("/anmelden");

            HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        }
    }
}
