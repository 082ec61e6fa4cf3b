package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The coordinator's browser over plain HTTP: the session cookie, login, forms with their CSRF token. */
final class CoordinatorClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    CoordinatorClient(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Logs in as {@code koordination}; asserts it landed on the inbox. */
    CoordinatorClient login(String password) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/anmelden", "username=koordination&password=" + password, get("/anmelden")
                .body());
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/koordination");
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return the first CSRF token of a page's forms */
    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** POSTs a form with the CSRF token of the page it is on. */
    HttpResponse<String> post(String path, String form, String pageWithToken) throws IOException,
            InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf="
                        + URLEncoder.encode(csrf(pageWithToken), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the page a 302 sends the browser to, asserted to answer 200 */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = get(location.getRawPath() + (location.getRawQuery() == null ? ""
                : "?" + location.getRawQuery()));
        assertThat(page.statusCode()).as(location.toString()).isEqualTo(200);
        return page;
    }
}
