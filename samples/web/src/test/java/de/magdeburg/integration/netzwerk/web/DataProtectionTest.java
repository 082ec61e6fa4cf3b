package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention, GDPR export and erasure, and the database files readable by the service's user only.
 * Retention periods of zero, so that everything already final is due.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:protection;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
    "netzwerk.web.coordinator.one-time-password=true",
    "netzwerk.web.retention.received-files=P0D",
    "netzwerk.web.retention.removed-partners=P0D",
})
class DataProtectionTest {
    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    @Autowired
    DataProtection protection;

    @Autowired
    Intake intake;

    @Autowired
    RegisterStore register;

    @Autowired
    JdbcTemplate jdbc;

    private final Netzwerk netzwerk = Netzwerk.create();

    private Received read(Declaration d) {
        byte[] pdf = netzwerk.prefilledDeclaration(d).bytes();
        try {
            return intake.awaitReading(intake.receive(() -> new ByteArrayInputStream(pdf), pdf.length, "UPLOAD"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String historyOf(String organisation) {
        return String.join("\n", jdbc.queryForList("SELECT CAST(declaration_json AS VARCHAR(100000)) FROM "
                + "register_history WHERE partner_key = ? AND declaration_json IS NOT NULL", String.class,
                Organisation.key(organisation)));
    }

    @Test
    void retentionDeletesDueFilesAndAnonymisesPartnersWhoLeftWithAnAuditEntry() {
        Partner leaving = register.load().findPartner("Kulturhaus Nord").orElseThrow();
        String name = leaving.representatives().get(0).lastName();
        assertThat(historyOf("Kulturhaus Nord")).contains(name);
        Received deletion = read(Declaration.of(RequestType.DELETION, new Organisation("Kulturhaus Nord", "", "", ""))
                .withSigning("Magdeburg", YESTERDAY, "Mehmet Demir"));
        assertThat(intake.apply(deletion, YESTERDAY)).noneMatch(f -> f.isError());

        DataProtection.RetentionReport report = protection.applyRetention("test");

        assertThat(report.partnersAnonymised()).isEqualTo(1);
        assertThat(report.filesDeleted()).isPositive();
        assertThat(historyOf("Kulturhaus Nord")).doesNotContain(name).doesNotContain("Mehmet Demir")
                .contains(DataProtection.ERASED);
        assertThat(register.load().findPartner("Ausbildungsverbund Mitte")).as("the others stay").isPresent();
        assertThat(protection.audit().get(0)).containsEntry("action", "RETENTION").containsEntry("actor", "test");
        assertThat(protection.applyRetention("test").partnersAnonymised()).as("nothing left to do").isZero();
    }

    @Test
    void theExportHoldsFilesHistoryAndAttendanceOfTheOrganisation() {
        Received sent = read(Declaration.of(RequestType.CHANGE, new Organisation("Sprachcafé Elbe", "Elbweg 1",
                "39104", "Magdeburg")).withSigning("Magdeburg", YESTERDAY, "Erika Muster"));

        Map<String, Object> export = protection.export("Sprachcafé Elbe", "test");

        assertThat((List<?>) export.get("eingesandteDateien")).anySatisfy(f ->
                assertThat(((Map<?, ?>) f).get("receipt")).isEqualTo(sent.receipt()));
        assertThat((List<?>) export.get("registerHistorie")).isNotEmpty();
        assertThat(export).containsKeys("anwesenheit", "protokoll");
        assertThat(protection.audit().get(0)).containsEntry("action", "EXPORT")
                .containsEntry("subject", "Sprachcafé Elbe");
    }

    @Test
    void erasureDeletesFilesAndAttendanceAndKeepsTheHistoryGo13Requires() {
        Received sent = read(Declaration.of(RequestType.CHANGE, new Organisation("Ausbildungsverbund Mitte",
                "Breiter Weg 2", "39104", "Magdeburg")).withSigning("Magdeburg", YESTERDAY, "Erika Muster"));
        int history = register.load().history().size();

        DataProtection.ErasureReport report = protection.erase("Ausbildungsverbund Mitte", "test");

        assertThat(report.filesDeleted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_declaration WHERE receipt = ?", Integer.class,
                sent.receipt())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE organisation = ?", Integer.class,
                "Ausbildungsverbund Mitte")).isZero();
        assertThat(register.load().history()).hasSize(history);
        assertThat(protection.audit().get(0)).containsEntry("action", "ERASURE");
    }

    @Test
    void exportAndErasureFindTheOrganisationUnderAnySpellingOfItsRegisterKey() {
        Received shouted = read(Declaration.of(RequestType.CHANGE, new Organisation("FRAUENZENTRUM  OST",
                "Oststraße 1", "39104", "Magdeburg")).withSigning("Magdeburg", YESTERDAY, "Amina Haddad"));
        assertThat(shouted.organisation()).isNotEqualTo("Frauenzentrum Ost");

        assertThat((List<?>) protection.export("Frauenzentrum Ost", "test").get("eingesandteDateien"))
                .anySatisfy(f -> assertThat(((Map<?, ?>) f).get("receipt")).isEqualTo(shouted.receipt()));
        DataProtection.ErasureReport report = protection.erase("Frauenzentrum Ost", "test");

        assertThat(report.filesDeleted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_declaration WHERE receipt = ?", Integer.class,
                shouted.receipt())).isZero();
    }

    @Test
    void theDatabaseFilesAreReadableByTheServiceUserOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("daten");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WebSampleApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data + "/netzwerk",
                        "--netzwerk.web.coordinator.one-time-password=true")) {
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(data)) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
            }
        }
    }
}
