package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One browser session, many requests at the same moment (a double click, parallel uploads, two
 * tabs), with the session in the database: none answers with an error, a double submit stores
 * the file once, and every receipt handed out stays visible in the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:one_session;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
    "netzwerk.web.intake.uploads-per-client=1000",
    // one browser's parallel uploads are the case here, not the bound on uploads under way
    "netzwerk.web.intake.uploads-in-progress-per-client=16",
    "netzwerk.web.intake.uploads-in-progress=32",
})
class OneSessionManyRequestsTest {
    private static final String PASSWORD = "Eine-Sitzung-viele-Anfragen";
    private static final int PARALLEL = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final Netzwerk netzwerk = Netzwerk.create();

    @DynamicPropertySource
    static void coordinatorPassword(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    private byte[] declaration(String organisation) {
        return netzwerk.prefilledDeclaration(Declaration.of(RequestType.ENTRY, new Organisation(organisation,
                "Breiter Weg 1", "39104", "Magdeburg")).withSigning("Magdeburg", LocalDate.of(2026, 11, 20),
                "Jana Neumann")).bytes();
    }

    @Test
    void parallelUploadsInOneSessionAllGetAReceiptThatStaysVisible() throws Exception {
        PartnerClient partner = new PartnerClient(port);
        byte[] pdf = declaration("Verein Viele Uploads");
        List<String> receipts = new ArrayList<>();
        receipts.add(PartnerClient.receiptOf(partner.upload(pdf))); // the session exists from here on

        List<HttpResponse<String>> answers = together(() -> partner.upload(pdf));

        for (HttpResponse<String> answer : answers) {
            receipts.add(PartnerClient.receiptOf(answer));
        }
        assertThat(new HashSet<>(receipts)).hasSize(PARALLEL + 1);
        for (String receipt : receipts) {
            assertThat(partner.get("/erklaerung/eingang/" + receipt).statusCode()).as(receipt).isEqualTo(200);
        }
    }

    @Test
    void aDoubleSubmitStoresTheFileOnceAndBothClicksShowTheSameReceipt() throws Exception {
        PartnerClient partner = new PartnerClient(port);
        partner.upload(declaration("Verein Erste Sendung")); // an existing session, as in the probe
        byte[] pdf = declaration("Verein Doppelklick");
        String submission = partner.submissionToken();

        List<HttpResponse<String>> answers = together(() -> partner.upload(pdf, true, submission));

        List<String> receipts = answers.stream().map(PartnerClient::receiptOf).distinct().toList();
        assertThat(receipts).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_declaration WHERE sha256 = ?", Integer.class,
                ReceivedStore.sha256(pdf))).isEqualTo(1);
        assertThat(partner.get("/erklaerung/eingang/" + receipts.get(0)).statusCode()).isEqualTo(200);
        // the same file from a new form page is a new submission
        assertThat(PartnerClient.receiptOf(partner.upload(pdf, true, partner.submissionToken())))
                .isNotEqualTo(receipts.get(0));
    }

    @Test
    void theCoordinatorsParallelRequestsInOneSessionNeverAnswerWithAServerError() throws Exception {
        CoordinatorClient coordinator = new CoordinatorClient(port).login(PASSWORD);
        String page = coordinator.get("/koordination/sitzungen").body();
        String meeting = page.replaceFirst("(?s).*?/koordination/sitzungen/([^/\"]+)/anwesenheit.*", "$1");

        // each answer leaves a message for the next page in the session: the same attribute, at once
        List<HttpResponse<String>> answers = together(() -> coordinator.post("/koordination/sitzungen/"
                + meeting + "/anwesenheit", "x=1", page));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(coordinator.get("/koordination/sitzungen").statusCode()).isEqualTo(200);
    }

    private static <T> List<T> together(Callable<T> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
