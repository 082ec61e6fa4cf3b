package de.magdeburg.integration.netzwerk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed OpenAPI description ({@code openapi/netzwerk-api-v1.json}) is what the server
 * serves. After a change of the API, regenerate it with {@code -Dopenapi.update=true} and review
 * the diff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1",
})
class OpenApiDocumentTest {
    static final Path COMMITTED = Path.of("openapi", "netzwerk-api-v1.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @LocalServerPort
    int port;

    @Test
    void theCommittedDescriptionIsTheServedOne() throws Exception {
        var served = new ApiCalls(port).get("/api/v1/openapi.json", null);
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(served.body());
        String canonical = JSON.writeValueAsString(JSON.treeToValue(document, Object.class)) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, canonical, StandardCharsets.UTF_8);
        }
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi/netzwerk-api-v1.json differs from what the server serves; regenerate with "
                        + "-Dopenapi.update=true and review the diff")
                .isEqualTo(canonical);
    }
}
