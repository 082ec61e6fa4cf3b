package de.magdeburg.integration.netzwerk.web.api;

import static de.magdeburg.integration.netzwerk.web.api.ApiCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.magdeburg.integration.netzwerk.Netzwerk;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OParl 1.1 export validates against OParl's published JSON schemas (vendored from OParl/spec
 * v1.1.1 under src/test/resources/oparl-1.1, CC BY-SA 4.0) and shows only what the portal consent
 * allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oparl;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
class OparlExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    private ApiCalls api;
    private final List<String> texts = new ArrayList<>();

    private JsonNode get(String url) throws Exception {
        String path = url.substring(url.indexOf("/api/"));
        var r = api.get(path, null);
        assertThat(r.statusCode()).as(url + ": " + text(r)).isEqualTo(200);
        texts.add(text(r));
        return JSON.readTree(r.body());
    }

    private static void valid(String type, JsonNode object) throws Exception {
        try (InputStream in = OparlExportTest.class.getResourceAsStream("/oparl-1.1/" + type + ".json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            assertThat(schema.validate(object)).as(type + " " + object).isEmpty();
        }
        assertThat(object.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/" + type);
    }

    @Test
    void theExportValidatesAgainstTheOparlSchemasAndListsOnlyConsentingPartners() throws Exception {
        api = new ApiCalls(port);
        String all = keys.issue("Koordination", EnumSet.allOf(ApiScope.class));
        Netzwerk netzwerk = Netzwerk.create();
        String receipt = JSON.readTree(api.postPdf("/api/v1/declarations", all, netzwerk.prefilledDeclaration(
                ApiTest.declaration("Nicht Gelistet e. V.", false)).bytes()).body()).get("receipt").asText();
        assertThat(api.post("/api/v1/declarations/" + receipt + "/application", all, "application/json",
                new byte[0]).statusCode()).isEqualTo(200);

        JsonNode system = get("http://localhost/api/v1/oparl");
        valid("System", system);
        JsonNode bodies = get(system.get("body").asText());
        assertThat(bodies.get("data")).hasSize(1);
        JsonNode body = bodies.get("data").get(0);
        valid("Body", body);
        assertThat(get(body.get("id").asText())).isEqualTo(body);

        JsonNode organizations = get(body.get("organization").asText()).get("data");
        List<String> groups = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (JsonNode o : organizations) {
            valid("Organization", o);
            (o.get("classification").asText().equals("AG") ? groups : partners).add(o.get("name").asText());
        }
        assertThat(groups).containsExactly("AG Arbeit und Ausbildung", "AG (Inter-)Kultur und Soziales",
                "AG Sprache");
        assertThat(partners).hasSize(6).contains("Beispiel e. V.", "Verein Brücke").doesNotContain(
                "Nicht Gelistet e. V.");
        JsonNode one = organizations.get(4);
        assertThat(get(one.get("id").asText())).isEqualTo(one);

        JsonNode people = get(body.get("person").asText()).get("data");
        assertThat(people).hasSize(6);
        for (JsonNode person : people) {
            valid("Person", person);
            assertThat(person.has("familyName") || person.has("givenName") || person.has("email")
                    || person.has("phone")).isFalse();
            for (JsonNode membership : person.get("membership")) {
                valid("Membership", membership);
                assertThat(membership.get("role").asText()).isEqualTo("Vertreter*in");
                assertThat(organizations.findValuesAsText("id")).contains(membership.get("onBehalfOf").asText(),
                        membership.get("organization").asText());
                // the sample partners joined two years ago (SampleData)
                assertThat(membership.get("startDate").asText()).isEqualTo(LocalDate.now().minusYears(2).toString());
            }
        }

        JsonNode meetings = get(body.get("meeting").asText()).get("data");
        assertThat(meetings.size()).isPositive();
        for (JsonNode meeting : meetings) {
            valid("Meeting", meeting);
            assertThat(meeting.get("agendaItem").size()).isPositive();
            for (JsonNode item : meeting.get("agendaItem")) {
                valid("AgendaItem", item);
            }
        }
        JsonNode item = meetings.get(0).get("agendaItem").get(0);
        assertThat(get(item.get("id").asText())).isEqualTo(item);
        assertThat(get(body.get("paper").asText()).get("data")).isEmpty();

        assertThat(String.join("\n", texts)).doesNotContain("Nicht Gelistet", "Verborgen", "Henrike", "Anna",
                "Schmidt", "anna.schmidt@beispiel-ev.example", "Breiter Weg", "0391 540");
    }
}
