package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every coordinator and partner action, over HTTP, with the sessions in the database (Spring
 * Session JDBC): nothing the session carries has to be serialisable beyond ids and message keys,
 * and the coordinator sees the findings of an apply — a WARNING (applied anyway) and an ERROR
 * (refused, with the reason) — on the page after the redirect. The PostgreSQL subclass runs the
 * same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:session_in_database;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
class SessionInDatabaseTest {
    private static final String PASSWORD = "Sitzung-in-der-Datenbank-2026";
    private static final LocalDate SIGNED = LocalDate.of(2026, 11, 20);

    @LocalServerPort
    int port;

    @Autowired
    ReceivedStore received;

    @Autowired
    JdbcTemplate jdbc;

    private final Netzwerk netzwerk = Netzwerk.create();
    private CoordinatorClient coordinator;
    private PartnerClient partner;

    @DynamicPropertySource
    static void coordinatorPassword(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    @BeforeEach
    void browsers() throws Exception {
        coordinator = new CoordinatorClient(port).login(PASSWORD);
        partner = new PartnerClient(port);
    }

    @Test
    void applyingWithAWarningShowsTheWarningAndAppliesTheDeclaration() throws Exception {
        Declaration noPlace = entry("Verein Ohne Ort").withSigning("", SIGNED, "Jana Neumann");
        long id = sendAsPartner(netzwerk.prefilledDeclaration(noPlace).bytes());

        HttpResponse<String> page = apply(id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Die Erklärung wurde in die Übersicht übernommen.")
                .contains("<strong>Hinweis</strong>").contains("(Feld „");
        assertThat(received.find(id).orElseThrow().status()).isEqualTo(Received.Status.APPLIED);
        assertThat(coordinator.get("/koordination/register").body()).contains("Verein Ohne Ort");
        assertEverySessionAttributeReadsBack();
    }

    @Test
    void applyingAnEntryForARegisteredOrganisationIsRefusedAndTheCoordinatorSeesWhy() throws Exception {
        long id = sendAsPartner(netzwerk.prefilledDeclaration(entry("Verein Brücke")
                .withSigning("Magdeburg", SIGNED, "Jana Neumann")).bytes());

        HttpResponse<String> page = apply(id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Die Erklärung wurde nicht übernommen.")
                .contains("<strong>Fehler</strong>").containsPattern("Regel GO-1\\.\\d");
        assertThat(received.find(id).orElseThrow().status()).isEqualTo(Received.Status.READ);
        // applying again gives the same answer: the findings are kept with the file
        assertThat(apply(id).body()).contains("Die Erklärung wurde nicht übernommen.")
                .contains("<strong>Fehler</strong>");
        // and a plain look later shows no stale message
        assertThat(coordinator.get("/koordination/eingang/" + id).body())
                .doesNotContain("Die Erklärung wurde nicht übernommen.");
        assertEverySessionAttributeReadsBack();
    }

    @Test
    void everyOtherCoordinatorAndPartnerActionAnswersWithoutAServerError() throws Exception {
        long id = sendAsPartner(netzwerk.prefilledDeclaration(entry("Verein Alle Wege")
                .withSigning("Magdeburg", SIGNED, "Jana Neumann")).bytes());
        String receipt = received.find(id).orElseThrow().receipt();
        // the partner's side: continue editing, the sent form, the session's refresh
        assertThat(partner.get("/erklaerung?weiter=" + receipt).statusCode()).isEqualTo(200);
        assertThat(partner.get("/erklaerung/eingang/" + receipt + "/formular.pdf").statusCode()).isEqualTo(200);
        assertThat(partner.get("/erklaerung/sitzung").statusCode()).isEqualTo(200);
        // the coordinator's side
        assertThat(apply(id).body()).contains("Die Erklärung wurde in die Übersicht übernommen.");
        assertThat(apply(id).body()).contains("Diese Erklärung kann nicht (mehr) übernommen werden.");
        for (String path : List.of("/koordination", "/koordination/register", "/koordination/verteiler.csv",
                "/koordination/inaktiv", "/koordination/sitzungen", "/koordination/datenschutz")) {
            assertThat(coordinator.get(path).statusCode()).as(path).isEqualTo(200);
        }
        String inactive = coordinator.get("/koordination/inaktiv").body();
        HttpResponse<String> removed = coordinator.follow(coordinator.post("/koordination/inaktiv/entfernen", "organisation="
                + URLEncoder.encode("Ausbildungsverbund Mitte", StandardCharsets.UTF_8) + "&stichtag="
                + LocalDate.now(), inactive));
        assertThat(removed.body()).contains("„Ausbildungsverbund Mitte“ wurde aus der Übersicht und dem Verteiler "
                + "gestrichen (GO-1.4).");
        String meetings = coordinator.get("/koordination/sitzungen").body();
        String meeting = meetings.replaceFirst("(?s).*?/koordination/sitzungen/([^/\"]+)/anwesenheit.*", "$1");
        HttpResponse<String> attendance = coordinator.follow(coordinator.post("/koordination/sitzungen/" + meeting + "/anwesenheit", "x=1",
                meetings));
        assertThat(attendance.body()).contains("Bitte laden Sie die angekreuzte Anwesenheitsliste als PDF hoch.");
        String protection = coordinator.get("/koordination/datenschutz").body();
        assertThat(coordinator.follow(coordinator.post("/koordination/datenschutz/aufbewahrung", "x=1", protection)).body())
                .contains("eingesandte Dateien gelöscht");
        assertThat(coordinator.follow(coordinator.post("/koordination/datenschutz/loeschen", "organisation="
                + URLEncoder.encode("Frauenzentrum Ost", StandardCharsets.UTF_8), protection)).statusCode())
                .isEqualTo(200);
        assertEverySessionAttributeReadsBack();
        assertThat(coordinator.post("/abmelden", "x=1", coordinator.get("/koordination").body()).statusCode()).isEqualTo(302);
    }

    private static Declaration entry(String organisation) {
        return Declaration.of(RequestType.ENTRY, new Organisation(organisation, "Breiter Weg 1", "39104",
                        "Magdeburg"))
                .withRepresentative(new Representative("Neumann", "Jana", "Vorstand", "0391 1",
                        "jana@" + organisation.replaceAll("\\W", "").toLowerCase() + ".example"))
                .withWorkingGroups(List.of("language"), false);
    }

    /** Whatever the sessions hold must come back out of the database (Java serialisation). */
    private void assertEverySessionAttributeReadsBack() {
        List<byte[]> values = jdbc.queryForList("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES",
                byte[].class);
        assertThat(values).isNotEmpty();
        for (byte[] value : values) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(value))) {
                assertThat(in.readObject()).isNotNull();
            } catch (Exception e) {
                throw new AssertionError("a session attribute does not read back: " + e, e);
            }
        }
    }

    /** @return the received file's id, after the partner's receipt page showed it read */
    private long sendAsPartner(byte[] pdf) throws Exception {
        String receipt = PartnerClient.receiptOf(partner.upload(pdf));
        assertThat(partner.get("/erklaerung/eingang/" + receipt).statusCode()).isEqualTo(200);
        Received sent = received.findByReceipt(receipt).orElseThrow();
        assertThat(sent.status()).isEqualTo(Received.Status.READ);
        return sent.id();
    }

    /** @return the item page the apply redirected to */
    private HttpResponse<String> apply(long id) throws Exception {
        String page = coordinator.get("/koordination/eingang/" + id).body();
        return coordinator.follow(coordinator.post("/koordination/eingang/" + id + "/uebernehmen",
                "wirksam=2026-11-27", page));
    }
}
