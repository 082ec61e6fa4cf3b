package de.magdeburg.integration.netzwerk.web.api;

import static de.magdeburg.integration.netzwerk.web.api.ApiCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.Netzwerk;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's uploads count against the upload page's per-client limit: 429 with Retry-After, as problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:apilimits;DB_CLOSE_DELAY=-1",
    "netzwerk.web.intake.uploads-per-client=2",
    "netzwerk.web.intake.upload-window=10m",
})
class ApiRateLimitTest {
    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Test
    void theThirdUploadInTheWindowGets429WithRetryAfter() throws Exception {
        ApiCalls api = new ApiCalls(port);
        String key = keys.issue("Portal", Set.of(ApiScope.DECLARATIONS_SUBMIT));
        byte[] blank = Netzwerk.create().blankDeclaration().bytes();
        assertThat(api.postPdf("/api/v1/declarations/validation", key, blank).statusCode()).isEqualTo(200);
        assertThat(api.postPdf("/api/v1/declarations", key, blank).statusCode()).isEqualTo(202);

        HttpResponse<byte[]> refused = api.postPdf("/api/v1/declarations/validation", key, blank);
        assertThat(refused.statusCode()).as(text(refused)).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).isEqualTo("Von Ihrem Anschluss wurden in kurzer Zeit sehr viele "
                + "Dateien gesendet. Ihre Datei wurde nicht angenommen – bitte versuchen Sie es später erneut. / Too "
                + "many requests for now; try again after the Retry-After seconds.");
        // the submission endpoint shares the bucket
        assertThat(api.postPdf("/api/v1/declarations", key, blank).statusCode()).isEqualTo(429);
    }
}
