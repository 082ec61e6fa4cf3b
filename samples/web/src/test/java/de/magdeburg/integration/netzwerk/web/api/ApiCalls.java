package de.magdeburg.integration.netzwerk.web.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** HTTP calls of a machine client against the API, with or without a key. */
final class ApiCalls {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiCalls(int port) {
        this.port = port;
    }

    HttpResponse<byte[]> get(String path, String key) throws Exception {
        return send(builder(path, key).GET().build());
    }

    HttpResponse<byte[]> post(String path, String key, String contentType, byte[] body) throws Exception {
        return send(builder(path, key).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> postJson(String path, String key, String json) throws Exception {
        return post(path, key, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> postPdf(String path, String key, byte[] pdf) throws Exception {
        return post(path, key, "application/pdf", pdf);
    }

    HttpResponse<byte[]> put(String path, String key, String json) throws Exception {
        return send(builder(path, key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<byte[]> delete(String path, String key) throws Exception {
        return send(builder(path, key).DELETE().build());
    }

    private HttpRequest.Builder builder(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
