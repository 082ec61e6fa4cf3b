package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every document the coordinator can download comes back, with the right type, after login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:downloads;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
class CoordinatorDownloadsTest {
    private static final String PASSWORD = "Downloads-Test-2026";

    @LocalServerPort
    int port;

    @Autowired
    Meetings meetings;

    @Autowired
    ReceivedStore received;

    private final Netzwerk netzwerk = Netzwerk.create();

    private CoordinatorClient coordinator;

    @DynamicPropertySource
    static void coordinator(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return coordinator.bytes(path);
    }

    @BeforeEach
    void login() throws Exception {
        coordinator = new CoordinatorClient(port).login(PASSWORD);
    }

    @Test
    void everyMeetingDocumentDownloads() throws Exception {
        for (var meeting : meetings.all()) {
            String base = "/koordination/sitzungen/" + meeting.id();
            for (String doc : new String[] {"/anwesenheitsliste.pdf", "/einladung.pdf", "/protokoll.pdf"}) {
                HttpResponse<byte[]> r = get(base + doc);
                assertThat(r.statusCode()).as(base + doc).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type")).as(base + doc).hasValue("application/pdf");
                assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
            HttpResponse<byte[]> ics = get(base + "/einladung.ics");
            // RFC 5545 folds long lines with CRLF + space
            assertThat(new String(ics.body(), StandardCharsets.UTF_8).replace("\r\n ", ""))
                    .startsWith("BEGIN:VCALENDAR").containsPattern("SUMMARY:.*" + java.util.regex.Pattern.quote(meeting.title()));
        }
        for (int i = 0; i < meetings.workPlans().size(); i++) {
            assertThat(get("/koordination/arbeitsplaene/" + i + ".pdf").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void changeAndDeletionDeclarationsUpdateTheRegisterAndItsHistory() throws Exception {
        Declaration change = Declaration.of(RequestType.CHANGE, new Organisation("Verein Brücke", "Leiterstraße 2",
                        "39104", "Magdeburg"))
                .withRepresentative(new Representative("Kowalska", "Maria", "Geschäftsführung", "0391 555",
                        "m.kowalska@bruecke.example"))
                .withWorkingGroups(List.of("interculture_and_social", "language"), false)
                .withSigning("Magdeburg", LocalDate.of(2026, 11, 20), "Maria Kowalska");
        Declaration deletion = Declaration.of(RequestType.DELETION, new Organisation("Kulturhaus Nord", "", "", ""))
                .withSigning("Magdeburg", LocalDate.of(2026, 11, 21), "Mehmet Demir");
        for (Declaration d : List.of(change, deletion)) {
            Received r = received.find(submit(netzwerk.prefilledDeclaration(d).bytes())).orElseThrow();
            assertThat(r.errorCount()).as(d.request().name()).isZero();
            String page = new String(get("/koordination/eingang/" + r.id()).body(), StandardCharsets.UTF_8);
            post("/koordination/eingang/" + r.id() + "/uebernehmen", "wirksam=2026-11-27", page);
            assertThat(received.find(r.id()).orElseThrow().status()).isEqualTo(Received.Status.APPLIED);
        }
        String register = new String(get("/koordination/register").body(), StandardCharsets.UTF_8);
        assertThat(register).contains("Maria Kowalska").contains("geändert").contains("gelöscht");
        assertThat(new String(get("/koordination/verteiler.csv").body(), StandardCharsets.UTF_8))
                .doesNotContain("Kulturhaus Nord").contains("m.kowalska@bruecke.example");
    }

    private long submit(byte[] pdf) throws Exception {
        PartnerClient partner = new PartnerClient(port);
        String receipt = PartnerClient.receiptOf(partner.upload(pdf));
        // as the browser does: the receipt page waits for the reading
        partner.get("/erklaerung/eingang/" + receipt);
        return received.findByReceipt(receipt).orElseThrow().id();
    }

    private void post(String path, String form, String pageWithToken) throws Exception {
        assertThat(coordinator.post(path, form, pageWithToken).statusCode()).isEqualTo(302);
    }

    @Test
    void theDataProtectionPageRunsRetentionAndGivesTheArt15Export() throws Exception {
        String page = new String(get("/koordination/datenschutz").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("Sprachcafé Elbe");
        post("/koordination/datenschutz/aufbewahrung", "x=1", page);
        HttpResponse<byte[]> export = get("/koordination/datenschutz/auskunft.json?organisation="
                + URLEncoder.encode("Sprachcafé Elbe", StandardCharsets.UTF_8));
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("\"registerHistorie\"");
        assertThat(new String(get("/koordination/datenschutz").body(), StandardCharsets.UTF_8))
                .contains("RETENTION").contains("EXPORT");
    }

    @Test
    void mailingListsPerGroupAreCsv() throws Exception {
        String all = new String(get("/koordination/verteiler.csv").body(), StandardCharsets.UTF_8);
        String language = new String(get("/koordination/verteiler.csv?ag=language").body(), StandardCharsets.UTF_8);
        assertThat(all).contains("Ausbildungsverbund Mitte").contains("Sprachcafé Elbe");
        assertThat(language).contains("Sprachcafé Elbe").doesNotContain("Ausbildungsverbund Mitte");
        assertThat(get("/koordination/verteiler.csv?ag=unbekannt").statusCode()).isEqualTo(404);
    }
}
