package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.forms.SignedForms;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coordinator's page of a received form's signatures (issue 25): a form signed with a real
 * CMS signature (PDFBox + BouncyCastle, as partners' viewers sign) shows the signer from the
 * certificate, the time, the revision and „keine“ changes; the same form with the organisation's
 * name changed after signing names the field and shows the value as signed; with the optional
 * module and the signer's certificate as the test trust anchor, EU DSS's verdict in German.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:signatures_page;DB_CLOSE_DELAY=-1",
})
class SignaturesPageTest {
    private static final String PASSWORD = "Signaturen-pruefen-2026";
    private static SignedForms partner;
    private static Path anchor;

    @LocalServerPort
    int port;

    @Autowired
    Intake intake;

    @BeforeAll
    static void signer() throws Exception {
        partner = new SignedForms("Şükrü Yılmaz");
        anchor = partner.certificateTo(Files.createTempFile("anchor-", ".cer"));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("netzwerk.web.signatures.trust-anchors", () -> anchor.toString());
    }

    private byte[] prefilled() {
        return Netzwerk.create().prefilledDeclaration(Declaration.of(RequestType.ENTRY, new Organisation(
                "Signierverein Elbe", "Elbweg 3", "39104", "Magdeburg"))
                .withRepresentative(new Representative("Yılmaz", "Şükrü", "Vorstand", "0391 3", "sy@example.org"))
                .withWorkingGroups(List.of(), true)
                .withSigning("Magdeburg", LocalDate.now().minusDays(1), "Şükrü Yılmaz")).bytes();
    }

    private String page(byte[] pdf) throws Exception {
        Received r = intake.awaitReading(intake.receive(() -> new ByteArrayInputStream(pdf), pdf.length, "UPLOAD"));
        assertThat(r.status()).isEqualTo(Received.Status.READ);
        CoordinatorClient coordinator = new CoordinatorClient(port).login(PASSWORD);
        assertThat(coordinator.get("/koordination/eingang/" + r.id()).body())
                .contains("/koordination/eingang/" + r.id() + "/signaturen");
        return coordinator.get("/koordination/eingang/" + r.id() + "/signaturen").body();
    }

    @Test
    void aSignedFormShowsSignerTimeRevisionNoChangesAndTheTrustVerdict() throws Exception {
        String page = page(partner.sign(prefilled()));

        assertThat(page).contains("Signatur 1: Şükrü Yılmaz").contains("18.11.2026")
                .contains("<dt>Deckt Revision</dt><dd>2</dd>")
                .contains("keine – die Signatur deckt die ganze Datei")
                .contains("<dt>Prüfung (EU DSS)</dt>");
        assertThat(page).doesNotContain("Werte, wie sie signiert wurden");
    }

    @Test
    void aValueChangedAfterSigningNamesTheFieldAndShowsTheSignedValue() throws Exception {
        byte[] changed = SignedForms.changeOrganisationAfterSigning(partner.sign(prefilled()),
                "Untergeschobener Verein");

        String page = page(changed);

        assertThat(page).contains("nicht erlaubte: Felder organisation_name")
                .contains("Werte, wie sie signiert wurden")
                .contains("<th scope=\"row\">Organisation</th>")
                .contains("Signierverein Elbe");
    }
}
