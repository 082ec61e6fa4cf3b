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

/** A partner's browser session over plain HTTP: cookies, the page's CSRF token, multipart uploads. */
final class PartnerClient {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static final Pattern SUBMISSION = Pattern.compile("name=\"einsendung\" value=\"([^\"]+)\"");

    private final int port;
    private final String[] headers;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** @param headers extra request headers as name, value pairs (e.g. X-Forwarded-For) */
    PartnerClient(int port, String... headers) {
        this.port = port;
        this.headers = headers;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        return headers.length == 0 ? b : b.headers(headers);
    }

    /** @return the submission token of a freshly loaded form page */
    String submissionToken() throws IOException, InterruptedException {
        Matcher m = SUBMISSION.matcher(get("/erklaerung").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    String csrf() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/erklaerung").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    HttpResponse<String> upload(byte[] content) throws IOException, InterruptedException {
        return upload(content, true);
    }

    /** @param tokenInHeader as the page's script sends it; else as a form field, as the plain form does */
    HttpResponse<String> upload(byte[] content, boolean tokenInHeader) throws IOException, InterruptedException {
        return upload(content, tokenInHeader, null);
    }

    /**
     * @param submission the form page's submission token ({@code einsendung}), or null to send none
     */
    HttpResponse<String> upload(byte[] content, boolean tokenInHeader, String submission)
            throws IOException, InterruptedException {
        String token = csrf();
        var body = new ByteArrayOutputStream();
        if (submission != null) {
            body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"einsendung\"\r\n\r\n" + submission
                    + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (!tokenInHeader) {
            body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"e.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(content);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return client.send(request("/erklaerung")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .headers(tokenInHeader ? new String[] {"X-CSRF-TOKEN", token} : new String[] {"X-Test", "1"})
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the receipt number the upload was redirected to */
    static String receiptOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
    }

    /** @return the receipt page the upload was redirected to, as this session sees it */
    String receiptPage(HttpResponse<String> response) throws IOException, InterruptedException {
        return get("/erklaerung/eingang/" + receiptOf(response)).body();
    }
}
