package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * GDPR by person (issue 23): export and erasure find an organisation under every spelling of its
 * register key and beyond it without diacritics, a person by name and e-mail in every received file
 * (also unreadable ones, by a text search) and in the register history, senders who never became
 * partners; the coordinator sees the list before anything is deleted, and a confirmation of an
 * outdated list deletes nothing. {@link PostgresPersonDataProtectionTest} runs the same on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:person_protection;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
class PersonDataProtectionTest {
    private static final String PASSWORD = "Auskunft-nach-Person-2026";
    private static final LocalDate SIGNED = LocalDate.now().minusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    DataProtection protection;

    @Autowired
    PersonSearch search;

    @Autowired
    Intake intake;

    @Autowired
    JdbcTemplate jdbc;

    private final Netzwerk netzwerk = Netzwerk.create();

    @DynamicPropertySource
    static void coordinatorPassword(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    private Received send(byte[] file) {
        try {
            return intake.awaitReading(intake.receive(() -> new ByteArrayInputStream(file), file.length, "UPLOAD"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Received sendDeclaration(String organisation, Representative person) {
        return send(netzwerk.prefilledDeclaration(Declaration.of(RequestType.ENTRY, new Organisation(organisation,
                "Breiter Weg 9", "39104", "Magdeburg")).withRepresentative(person).withWorkingGroups(List.of(), true)
                .withSigning("Magdeburg", SIGNED, person.firstName() + " " + person.lastName())).bytes());
    }

    /** A file that starts as a PDF and is garbage after it, with the given bytes somewhere inside. */
    private static byte[] unreadable(byte[] inside) {
        byte[] noise = new byte[20_000];
        new Random(23).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(noise);
        out.writeBytes(inside);
        out.writeBytes(noise);
        return out.toByteArray();
    }

    private boolean stored(Received r) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM received_declaration WHERE id = ?", Integer.class, r.id()) == 1;
    }

    private static List<String> labels(PersonFindings findings, PersonFindings.Kind kind) {
        return findings.found().stream().filter(f -> f.kind() == kind).map(PersonFindings.Found::label).toList();
    }

    @Test
    void theOrganisationIsFoundUnderEverySpellingOfItsKeyAndWithoutItsDiacritics() {
        Received shouted = send(netzwerk.prefilledDeclaration(Declaration.of(RequestType.CHANGE, new Organisation(
                "TESTVEREIN  PROBÉ E. V.", "Probeweg 1", "39104", "Magdeburg"))
                .withSigning("Magdeburg", SIGNED, "Erika Muster")).bytes());
        Received plain = send(netzwerk.prefilledDeclaration(Declaration.of(RequestType.CHANGE, new Organisation(
                "Testverein Probe e. V.", "Probeweg 1", "39104", "Magdeburg"))
                .withSigning("Magdeburg", SIGNED, "Erika Muster")).bytes());

        PersonFindings found = search.find(PersonQuery.organisation("testverein probe e. v."));

        assertThat(labels(found, PersonFindings.Kind.RECEIVED)).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(shouted.receipt()))
                .anySatisfy(l -> assertThat(l).contains(plain.receipt()));
        DataProtection.ErasureReport erased = protection.erase(PersonQuery.organisation("Testverein Probe e. V."),
                found.fingerprint(), "test");
        assertThat(erased.confirmed()).isTrue();
        assertThat(erased.filesDeleted()).isEqualTo(2);
        assertThat(stored(shouted)).isFalse();
        assertThat(stored(plain)).isFalse();
    }

    @Test
    void aSenderWhoNeverBecameAPartnerIsFoundByEmailAndByNameInAnyOrderAndSpelling() {
        Received sent = sendDeclaration("Nachbarschaftshilfe Süd", new Representative("Weiß", "Jürgen", "Vorstand",
                "0391 123", "juergen.weiss@example.org"));
        Received other = sendDeclaration("Lesepaten Nord", new Representative("Berg", "Anna", "Vorstand", "0391 456",
                "anna.berg@example.org"));

        PersonFindings byEmail = search.find(new PersonQuery("", "", "JUERGEN.WEISS@example.org"));
        PersonFindings byName = search.find(new PersonQuery("", "weiss  jurgen", ""));

        assertThat(labels(byEmail, PersonFindings.Kind.RECEIVED)).singleElement().asString().contains(sent.receipt());
        assertThat(byEmail.found()).singleElement().satisfies(f -> {
            assertThat(f.matchedBy()).isEqualTo("E-Mail der Person");
            assertThat(f.outcome()).isEqualTo("wird gelöscht");
        });
        assertThat(labels(byName, PersonFindings.Kind.RECEIVED)).singleElement().asString().contains(sent.receipt());
        protection.erase(byEmail.query(), byEmail.fingerprint(), "test");
        assertThat(stored(sent)).isFalse();
        assertThat(stored(other)).as("another person's file stays").isTrue();
    }

    @Test
    void unreadableUploadsAreFoundByATextSearchOverWhatCouldBeRead() throws IOException {
        Received plainEmail = send(unreadable("(maria.kowalski@example.org)".getBytes(StandardCharsets.ISO_8859_1)));
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater())) {
            z.write("<< /T (representative_last_name) /V (".getBytes(StandardCharsets.ISO_8859_1));
            z.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
            z.write("Grünewald".getBytes(StandardCharsets.UTF_16BE));
            z.write(") >> << /V (".getBytes(StandardCharsets.ISO_8859_1));
            z.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
            z.write("Zoë".getBytes(StandardCharsets.UTF_16BE));
            z.write(") >>".getBytes(StandardCharsets.ISO_8859_1));
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes("\n5 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        stream.writeBytes(deflated.toByteArray());
        stream.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Received compressedName = send(unreadable(stream.toByteArray()));
        assertThat(plainEmail.status()).isEqualTo(Received.Status.UNREADABLE);
        assertThat(compressedName.status()).isEqualTo(Received.Status.UNREADABLE);

        PersonFindings byEmail = search.find(new PersonQuery("", "", "Maria.Kowalski@example.org"));
        PersonFindings byName = search.find(new PersonQuery("", "Zoe Grunewald", ""));

        assertThat(byEmail.found()).singleElement().satisfies(f -> {
            assertThat(f.label()).contains(plainEmail.receipt());
            assertThat(f.matchedBy()).isEqualTo("E-Mail der Person (Textsuche in der unlesbaren Datei)");
        });
        assertThat(byName.found()).singleElement().satisfies(f -> {
            assertThat(f.label()).contains(compressedName.receipt());
            assertThat(f.matchedBy()).isEqualTo("Name der Person (Textsuche in der unlesbaren Datei)");
        });
        Map<String, Object> export = protection.export(byName.query(), "test");
        assertThat((List<?>) export.get("eingesandteDateien")).singleElement().satisfies(row ->
                assertThat(((Map<?, ?>) row).get("receipt")).isEqualTo(compressedName.receipt()));
        assertThat(protection.erase(byName.query(), byName.fingerprint(), "test").filesDeleted()).isEqualTo(1);
        assertThat(stored(compressedName)).isFalse();
        assertThat(stored(plainEmail)).isTrue();
    }

    @Test
    void theRepresentativeInTheRegisterHistoryIsListedAsKeptUnderGo13() {
        Received entry = sendDeclaration("Elbtreff Werder", new Representative("Öztürk", "Leyla", "Leitung",
                "0391 789", "leyla.oeztuerk@example.org"));
        assertThat(intake.apply(entry, SIGNED)).noneMatch(f -> f.isError());

        PersonFindings found = search.find(new PersonQuery("", "Leyla Ozturk", ""));

        assertThat(found.found()).extracting(f -> f.kind()).containsExactlyInAnyOrder(PersonFindings.Kind.RECEIVED,
                PersonFindings.Kind.HISTORY);
        assertThat(found.found()).filteredOn(f -> f.kind() == PersonFindings.Kind.HISTORY).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(
                        "bleibt: Registerhistorie (GO-1.3); nach dem Ausscheiden anonymisiert"));
        DataProtection.ErasureReport report = protection.erase(found.query(), found.fingerprint(), "test");
        assertThat(report.historyKept()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_history WHERE partner_key = ?", Integer.class,
                Organisation.key("Elbtreff Werder"))).isEqualTo(1);
    }

    @Test
    void theCoordinatorSeesTheListFirstAndAnOutdatedConfirmationDeletesNothing() throws Exception {
        Received first = sendDeclaration("Kiezladen Ost", new Representative("Lindner", "Paul", "Vorstand", "0391 1",
                "paul.lindner@example.org"));
        CoordinatorClient coordinator = new CoordinatorClient(port).login(PASSWORD);
        String query = "?organisation=&name=&email=" + URLEncoder.encode("paul.lindner@example.org",
                StandardCharsets.UTF_8);

        String page = coordinator.get("/koordination/datenschutz" + query).body();

        assertThat(page).contains("1 Fundstellen").contains(first.receipt()).contains("wird gelöscht");
        assertThat(stored(first)).as("a search deletes nothing").isTrue();
        String fingerprint = page.replaceFirst("(?s).*name=\"fingerprint\" value=\"([0-9a-f]{64})\".*", "$1");
        Received second = sendDeclaration("Kiezladen Ost", new Representative("Lindner", "Paul", "Vorstand",
                "0391 1", "paul.lindner@example.org"));
        String form = "organisation=&name=&email=" + URLEncoder.encode("paul.lindner@example.org",
                StandardCharsets.UTF_8) + "&geprueft=ja&fingerprint=" + fingerprint;

        HttpResponse<String> outdated = coordinator.follow(coordinator.post("/koordination/datenschutz/loeschen", form,
                page));

        assertThat(outdated.body()).contains("Die Fundliste hat sich seit der Prüfung geändert; nichts wurde "
                + "gelöscht, bitte erneut prüfen.").contains("2 Fundstellen");
        assertThat(stored(first)).isTrue();
        assertThat(stored(second)).isTrue();
        String current = outdated.body().replaceFirst("(?s).*name=\"fingerprint\" value=\"([0-9a-f]{64})\".*", "$1");
        HttpResponse<String> erased = coordinator.follow(coordinator.post("/koordination/datenschutz/loeschen",
                form.replace(fingerprint, current), outdated.body()));
        assertThat(erased.body()).contains("2 eingesandte Dateien und 0 Anwesenheitseinträge gelöscht")
                .contains("0 Fundstellen");
        assertThat(stored(first)).isFalse();
        assertThat(stored(second)).isFalse();
        HttpResponse<String> unconfirmed = coordinator.follow(coordinator.post("/koordination/datenschutz/loeschen",
                "organisation=Frauenzentrum+Ost", erased.body()));
        assertThat(unconfirmed.body()).contains("Bitte zuerst suchen, die Liste prüfen und die Prüfung bestätigen; "
                + "nichts wurde gelöscht.");
    }
}
