package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database (an H2 file) keeps every upload a partner was given a receipt for, and
 * every state the log reported, when the service is killed (SIGKILL) at a random moment while
 * partners upload and files are read: the server runs as its own JVM, is killed, and the test
 * then opens the database itself (issue 23: 5 of 19 receipts were gone, READ rows back at STORED).
 */
class CrashDurabilityTest {
    private static final int ROUNDS = 3;
    private static final Pattern RECEIVED = Pattern.compile("received (NW-[0-9A-Z-]+) via");
    private static final Pattern READ = Pattern.compile("(NW-[0-9A-Z-]+) read: ");

    @TempDir
    Path work;

    private final Random random = new Random();

    @Test
    void noReceiptAndNoLoggedStateIsLostWhenTheServiceIsKilled() throws Exception {
        Netzwerk netzwerk = Netzwerk.create();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(netzwerk.prefilledDeclaration(Declaration.of(RequestType.ENTRY, new Organisation(
                    "Verein Absturz " + i, "Breiter Weg 1", "39104", "Magdeburg"))
                    .withSigning("Magdeburg", LocalDate.of(2026, 11, 20), "Jana Neumann")).bytes());
        }
        Map<String, String> shown = new ConcurrentHashMap<>(); // receipt -> SHA-256 the partner sent
        for (int round = 0; round < ROUNDS; round++) {
            int port = freePort();
            Path log = work.resolve("server-" + round + ".log");
            Process server = start(port, log);
            try {
                awaitUp(port, server);
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> partners = new ArrayList<>();
                for (int p = 0; p < 2; p++) {
                    Thread t = new Thread(() -> upload(port, files, shown, stop));
                    t.start();
                    partners.add(t);
                }
                // at a random moment once this round's first receipt was shown (a busy machine may
                // take seconds for it), while the partners go on uploading
                int before = shown.size();
                for (int wait = 0; wait < 600 && shown.size() == before; wait++) {
                    Thread.sleep(100);
                }
                Thread.sleep(random.nextInt(3_000));
                server.destroyForcibly(); // SIGKILL
                server.waitFor(30, TimeUnit.SECONDS);
                stop.set(true);
                for (Thread t : partners) {
                    t.join(30_000);
                }
            } finally {
                server.destroyForcibly();
            }
            String logged = Files.readString(log);
            try (Connection db = DriverManager.getConnection(url(), "sa", "")) {
                for (Map.Entry<String, String> receipt : shown.entrySet()) {
                    assertThat(sha256(db, receipt.getKey())).as("round %d: receipt %s", round, receipt.getKey())
                            .isEqualTo(receipt.getValue());
                }
                Matcher received = RECEIVED.matcher(logged);
                while (received.find()) {
                    assertThat(sha256(db, received.group(1))).as("logged as received: " + received.group(1))
                            .isNotNull();
                }
                Matcher read = READ.matcher(logged);
                while (read.find()) {
                    assertThat(status(db, read.group(1))).as("logged as read: " + read.group(1))
                            .isIn("READ", "APPLIED");
                }
            }
        }
        assertThat(shown).as("receipts shown in %d rounds", ROUNDS).hasSizeGreaterThanOrEqualTo(ROUNDS);
    }

    private Process start(int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                WebSampleApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + url(),
                "--netzwerk.web.upload-dir=" + work.resolve("uploads"), "--netzwerk.web.intake.uploads-per-client=100000",
                "--spring.main.banner-mode=off")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String url() {
        return "jdbc:h2:file:" + work.resolve("db").resolve("netzwerk");
    }

    /** Uploads until stopped; remembers each receipt the partner was redirected to. */
    private static void upload(int port, List<byte[]> files, Map<String, String> shown, AtomicBoolean stop) {
        PartnerClient partner = new PartnerClient(port);
        for (int i = 0; i < 10_000 && !stop.get(); i++) {
            byte[] pdf = files.get(i % files.size());
            try {
                HttpResponse<String> answer = partner.upload(pdf);
                if (answer.statusCode() == 302) {
                    shown.put(PartnerClient.receiptOf(answer), ReceivedStore.sha256(pdf));
                }
            } catch (IOException | RuntimeException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String sha256(Connection db, String receipt) throws Exception {
        return one(db, "SELECT sha256 FROM received_declaration WHERE receipt = ?", receipt);
    }

    private static String status(Connection db, String receipt) throws Exception {
        return one(db, "SELECT status FROM received_declaration WHERE receipt = ?", receipt);
    }

    private static String one(Connection db, String sql, String receipt) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, receipt);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void awaitUp(int port, Process server) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server runs").isTrue();
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start within 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
