package de.magdeburg.integration.netzwerk.web.api;

import static de.magdeburg.integration.netzwerk.web.api.ApiCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.web.Meetings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every endpoint of the HTTP API answers with its scope; errors are problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
    "netzwerk.web.intake.uploads-per-client=100",
})
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Netzwerk NETZWERK = Netzwerk.create();

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    @Autowired
    Meetings meetings;

    private ApiCalls api;
    private String all;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
        all = keys.issue("alles", EnumSet.allOf(ApiScope.class));
    }

    static Declaration declaration(String organisation, boolean listOnPortal) {
        return Declaration.of(RequestType.ENTRY, new Organisation(organisation, "Geheimweg 7", "39106",
                        "Magdeburg"))
                .withRepresentative(new Representative("Verborgen", "Henrike", "Leitung", "0391 999888",
                        "henrike.verborgen@example.org"))
                .withWorkingGroups(List.of("language"), false)
                .withListOnPortal(listOnPortal)
                .withSigning("Magdeburg", LocalDate.now(), "Henrike Verborgen");
    }

    @Test
    void theBlankAndThePrefilledFormArePdfs() throws Exception {
        HttpResponse<byte[]> blank = api.get("/api/v1/declarations/blank", all);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(blank.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        HttpResponse<byte[]> filled = api.postJson("/api/v1/declarations/prefilled", all,
                JsonCodec.DECLARATION.toJson(declaration("Vorausgefüllt e. V.", true)));
        assertThat(filled.statusCode()).isEqualTo(200);
        assertThat(NETZWERK.readDeclaration(Input.of(filled.body())).declaration().organisation().name())
                .isEqualTo("Vorausgefüllt e. V.");
    }

    @Test
    void validationAnswersTheDeclarationFindingsWithRuleIdsAndTheSignature() throws Exception {
        HttpResponse<byte[]> r = api.postPdf("/api/v1/declarations/validation", all, NETZWERK.blankDeclaration().bytes());
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        JsonNode reading = JSON.readTree(r.body());
        assertThat(reading.get("declaration").get("request").asText()).isNotEmpty();
        assertThat(reading.get("signature").asText()).isEqualTo("NONE");
        assertThat(reading.get("signatures").isArray()).isTrue();
        assertThat(reading.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("GO-1.2");
            assertThat(f.get("field").asText()).isEqualTo("organisation_name");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        });
    }

    @Test
    void aSubmittedDeclarationIsAppliedToTheRegisterByTheCoordinatorScope() throws Exception {
        byte[] pdf = NETZWERK.prefilledDeclaration(declaration("Übernommen e. V.", true)).bytes();
        HttpResponse<byte[]> sent = api.postPdf("/api/v1/declarations", all, pdf);
        assertThat(sent.statusCode()).as(text(sent)).isEqualTo(202);
        JsonNode receipt = JSON.readTree(sent.body());
        assertThat(receipt.get("status").asText()).isEqualTo("READ");
        String number = receipt.get("receipt").asText();
        assertThat(sent.headers().firstValue("Location")).hasValue("/api/v1/declarations/" + number);

        assertThat(JSON.readTree(api.get("/api/v1/declarations/" + number, all).body()).get("status").asText())
                .isEqualTo("READ");
        HttpResponse<byte[]> applied = api.post("/api/v1/declarations/" + number + "/application?effective="
                + LocalDate.now(), all, "application/json", new byte[0]);
        assertThat(applied.statusCode()).as(text(applied)).isEqualTo(200);
        assertThat(text(api.get("/api/v1/register", all))).contains("Übernommen e. V.");

        HttpResponse<byte[]> again = api.post("/api/v1/declarations/" + number + "/application", all,
                "application/json", new byte[0]);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("detail").asText()).isEqualTo("Die Erklärung " + number
                + " hat den Stand APPLIED und kann nicht übernommen werden. / Declaration " + number
                + " is APPLIED and cannot be applied.");
    }

    @Test
    void aDeclarationWithErrorsIsRefusedAsProblemWithRuleAndField() throws Exception {
        HttpResponse<byte[]> sent = api.postPdf("/api/v1/declarations", all, NETZWERK.blankDeclaration().bytes());
        String number = JSON.readTree(sent.body()).get("receipt").asText();
        HttpResponse<byte[]> refused = api.post("/api/v1/declarations/" + number + "/application", all,
                "application/json", new byte[0]);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("rule").asText()).isEqualTo("GO-1.2");
        assertThat(problem.get("field").asText()).isNotEmpty();
        assertThat(problem.get("findings").size()).isPositive();
        assertThat(problem.get("detail").asText()).isEqualTo("Die Erklärung wurde nicht übernommen. / The "
                + "declaration was not applied.");
    }

    @Test
    void aFileThatIsNoFormIsAProblemWithItsReason() throws Exception {
        HttpResponse<byte[]> r = api.postPdf("/api/v1/declarations/validation", all,
                "kein PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("reason").asText()).isEqualTo("NOT_A_PDF");
        assertThat(problem.get("rule").asText()).isEqualTo("FORM");
        assertThat(problem.get("detail").asText()).isEqualTo("Die Datei ist kein PDF. / The file is not a PDF.");
    }

    @Test
    void invalidJsonIsAProblemNamingTheField() throws Exception {
        HttpResponse<byte[]> r = api.postJson("/api/v1/declarations/prefilled", all,
                "{\"request\":\"ENTRY\",\"organisation\":{\"name\":\"X\",\"street\":\"S\",\"postalCode\":\"123\","
                        + "\"city\":\"Magdeburg\"}}");
        assertThat(r.statusCode()).as(text(r)).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo(Problems.TYPE + "invalid-data");
        assertThat(problem.get("field").asText()).isNotEmpty();
    }

    @Test
    void theRegisterOverviewAndMailingListsNeedTheirScope() throws Exception {
        HttpResponse<byte[]> overview = api.get("/api/v1/register/partner-overview", all);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(new String(overview.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        HttpResponse<byte[]> list = api.get("/api/v1/register/mailing-list?group=language", all);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list)).contains("an@sprachcafe-elbe.example").doesNotContain("zolc@ausbildung-mitte.example");
        HttpResponse<byte[]> unknown = api.get("/api/v1/register/mailing-list?group=chess", all);
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode problem = JSON.readTree(unknown.body());
        assertThat(problem.get("rule").asText()).isEqualTo("GO-4.1");
        assertThat(problem.get("field").asText()).isEqualTo("group");
        assertThat(problem.get("detail").asText()).isEqualTo("Keine Arbeitsgruppe „chess“. / No working group "
                + "'chess'.");
    }

    @Test
    void everyPrintedDocumentComesFromAJsonBody() throws Exception {
        var meeting = meetings.all().get(0);
        for (var call : List.of(
                List.of("/api/v1/documents/attendance-sheet", JsonCodec.MEETING.toJson(meeting)),
                List.of("/api/v1/documents/invitation", JsonCodec.MEETING.toJson(meeting)),
                List.of("/api/v1/documents/minutes", JsonCodec.MINUTES.toJson(meetings.minutes(meeting))),
                List.of("/api/v1/documents/work-plan", JsonCodec.WORK_PLAN.toJson(meetings.workPlans().get(0))))) {
            HttpResponse<byte[]> r = api.postJson(call.get(0), all, call.get(1));
            assertThat(r.statusCode()).as(call.get(0) + ": " + text(r)).isEqualTo(200);
            assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).as(call.get(0)).isEqualTo("%PDF-");
        }
    }

    @Test
    void noKeyGets401AndAnUnknownOrRevokedKeyToo() throws Exception {
        HttpResponse<byte[]> none = api.get("/api/v1/register", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"netzwerk-api\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(none.body()).get("detail").asText()).isEqualTo(ApiSecurityConfig.NO_KEY);

        String key = keys.issue("widerrufen", Set.of(ApiScope.REGISTER_READ));
        assertThat(api.get("/api/v1/register", key).statusCode()).isEqualTo(200);
        assertThat(keys.revoke(key.split("_")[1])).isTrue();
        HttpResponse<byte[]> revoked = api.get("/api/v1/register", key);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(revoked.body()).get("detail").asText()).isEqualTo(ApiKeyFilter.UNKNOWN_KEY);
        assertThat(api.get("/api/v1/register", key.substring(0, key.length() - 1) + "0").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aClientWithoutTheScopeGets403OnEveryOperationTheDescriptionSecures() throws Exception {
        JsonNode paths = JSON.readTree(api.get("/api/v1/openapi.json", null).body()).get("paths");
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                JsonNode security = op.getValue().get("security");
                if (security == null || security.isEmpty()) {
                    continue;
                }
                String scope = security.get(0).get(OpenApiConfig.API_KEY).get(0).asText();
                EnumSet<ApiScope> others = EnumSet.allOf(ApiScope.class);
                others.remove(ApiScope.find(scope).orElseThrow());
                String key = keys.issue("ohne " + scope, others);
                String url = path.getKey().replace("{receipt}", "ABC").replace("{id}", "x");
                HttpResponse<byte[]> r = switch (op.getKey()) {
                    case "get" -> api.get(url, key);
                    case "put" -> api.put(url, key, "{}");
                    case "delete" -> api.delete(url, key);
                    default -> api.post(url, key, "application/json", new byte[0]);
                };
                assertThat(r.statusCode()).as(op.getKey() + " " + url).isEqualTo(403);
                assertThat(JSON.readTree(r.body()).get("detail").asText()).isEqualTo(ApiSecurityConfig.NO_SCOPE);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(15);
    }

    @Test
    void publicEndpointsShowNoPersonalDataAndNoPartnerWithoutPortalConsent() throws Exception {
        byte[] pdf = NETZWERK.prefilledDeclaration(declaration("Nicht Gelistet e. V.", false)).bytes();
        String number = JSON.readTree(api.postPdf("/api/v1/declarations", all, pdf).body()).get("receipt").asText();
        assertThat(api.post("/api/v1/declarations/" + number + "/application", all, "application/json",
                new byte[0]).statusCode()).isEqualTo(200);
        assertThat(text(api.get("/api/v1/register", all))).contains("Nicht Gelistet e. V.");

        JsonNode paths = JSON.readTree(api.get("/api/v1/openapi.json", null).body()).get("paths");
        int publicOnes = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
            JsonNode get = path.getValue().get("get");
            if (get == null || (get.get("security") != null && !get.get("security").isEmpty())
                    || path.getKey().contains("{")) {
                continue;
            }
            HttpResponse<byte[]> r = api.get(path.getKey(), null);
            assertThat(r.statusCode()).as(path.getKey()).isEqualTo(200);
            assertThat(text(r)).as(path.getKey())
                    .doesNotContain("Nicht Gelistet", "Verborgen", "Henrike", "Geheimweg", "0391 999888")
                    // the representatives of consenting partners are personal data as well
                    .doesNotContain("Anna", "Schmidt", "anna.schmidt@beispiel-ev.example", "Shevchenko", "Breiter Weg",
                            "0391 540");
            publicOnes++;
        }
        assertThat(publicOnes).isPositive();
        assertThat(text(api.get("/api/v1/portal-listing", null))).contains("Beispiel e. V.");
    }
}
