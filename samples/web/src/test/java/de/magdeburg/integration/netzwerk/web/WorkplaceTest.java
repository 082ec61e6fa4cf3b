package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coordinator's workplace over HTTP: speakers, a founded AG and guests stored in the register
 * with who and when, errors at their fields, and invitations sent to a real SMTP server (GreenMail)
 * and asserted as the MIME messages received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:workplace;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkplaceTest {
    static final String PASSWORD = "Koordination-Test-2026";
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate MEETING_DAY = TODAY.plusDays(60);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    RegisterStore registerStore;

    static String meetingPath;

    private CoordinatorClient coordinator() throws Exception {
        return new CoordinatorClient(port).login(PASSWORD);
    }

    private static String form(String... pairs) {
        var out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** @return the text of the element with this id, tags removed */
    private static String element(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</(div|ul|table|p|fieldset)>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    @Order(1)
    void electedSpeakersAreStoredInTheRegisterWithWhoRecordedThemAndWhen() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/arbeitsgruppen").body();
        for (String[] s : new String[][] {{"Anna Schmidt", "Beispiel e. V."}, {"Nguyễn Văn An", "Sprachcafé Elbe"}}) {
            HttpResponse<String> r = c.post("/koordination/arbeitsgruppen/sprecher", form("gruppe", "language",
                    "name", s[0], "organisation", s[1], "von", TODAY.minusDays(30).toString(), "bis", "",
                    "nachfolge", "", "gewaehltDurch", "Sitzung der AG Sprache", "notiz", ""), page);
            page = c.follow(r).body();
            assertThat(element(page, "gespeichert")).startsWith("Gespeichert: " + s[0] + " (" + s[1]
                    + ") Sprecher*in der AG „language“ vom " + NetworkController.day(TODAY.minusDays(30)));
        }
        assertThat(registerStore.load().speakerTerms()).extracting(t -> t.name() + "/" + t.to())
                .containsExactly("Anna Schmidt/" + TODAY.minusDays(31).plusYears(2),
                        "Nguyễn Văn An/" + TODAY.minusDays(31).plusYears(2));
        String history = element(page, "netzwerk-verlauf");
        assertThat(history).contains("Sitzung der AG Sprache").contains("koordination, ");
    }

    @Test
    @Order(2)
    void aThirdSpeakerIsRefusedWithGo43AtTheTermFields() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/arbeitsgruppen").body();
        HttpResponse<String> r = c.post("/koordination/arbeitsgruppen/sprecher", form("gruppe", "language",
                "name", "Mehmet Demir", "organisation", "Kulturhaus Nord", "von", TODAY.toString(), "bis", "",
                "nachfolge", "", "gewaehltDurch", "", "notiz", ""), page);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(element(r.body(), "sprecher-amtszeit-fehler")).isEqualTo("Fehler: Die AG „Sprache“ hat am "
                + NetworkController.day(TODAY) + " 3 Sprecher*innen mit gültiger Amtszeit; vorgesehen sind 2 "
                + "(§ 4 Abs. 3). (Regel GO-4.3)");
        assertThat(r.body()).contains("value=\"Mehmet Demir\"");
        assertThat(registerStore.load().speakerTerms()).hasSize(2);
    }

    @Test
    @Order(3)
    void aTermEndingBeforeItStartsIsRefusedAtItsEndField() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/arbeitsgruppen").body();
        HttpResponse<String> r = c.post("/koordination/arbeitsgruppen/sprecher", form("gruppe", "work_and_training",
                "name", "Łukasz Żółć", "organisation", "", "von", "2027-03-01", "bis", "2027-02-01",
                "nachfolge", "", "gewaehltDurch", "", "notiz", ""), page);
        assertThat(element(r.body(), "sprecher-bis-fehler")).isEqualTo("Fehler: die Amtszeit von „Łukasz Żółć“ "
                + "endet am 2027-02-01, vor ihrem Beginn am 2027-03-01");
        assertThat(r.body().replaceAll("\\s+", " ")).contains("id=\"sprecher-bis\" name=\"bis\" type=\"date\" "
                + "value=\"2027-02-01\" aria-invalid=\"true\" aria-describedby=\"sprecher-bis-fehler\"");
    }

    @Test
    @Order(4)
    void foundingAGroupNeedsFiveOrganisationsAndIsStoredWithItsFounders() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/arbeitsgruppen").body();
        String four = form("name", "Gesundheit", "kennung", "health", "gruender", "Beispiel e. V.", "gruender",
                "Verein Brücke", "gruender", "Sprachcafé Elbe", "gruender", "Kulturhaus Nord", "datum",
                TODAY.toString(), "gegruendetDurch", "Netzwerktreffen", "notiz", "");
        HttpResponse<String> r = c.post("/koordination/arbeitsgruppen/gruendung", four + "&weitere=", page);
        assertThat(element(r.body(), "gruendung-gruender-fehler")).isEqualTo("Fehler: Für die neue AG „Gesundheit“ "
                + "haben Vertreter*innen von 4 verschiedenen Organisationen ihre Bereitschaft erklärt; nötig sind "
                + "mindestens 5 (§ 4 Abs. 2). (Regel GO-4.2)");
        assertThat(registerStore.load().foundedGroups()).isEmpty();

        r = c.post("/koordination/arbeitsgruppen/gruendung", four + "&weitere="
                + URLEncoder.encode("Gesundheitsamt Magdeburg\n", StandardCharsets.UTF_8), page);
        page = c.follow(r).body();
        assertThat(element(page, "gespeichert")).isEqualTo("Gespeichert: AG „Gesundheit“ gegründet von Beispiel e. V., "
                + "Verein Brücke, Sprachcafé Elbe, Kulturhaus Nord, Gesundheitsamt Magdeburg.");
        assertThat(registerStore.load().foundedGroups()).extracting(g -> g.groupId()).containsExactly("health");
        // the founded group can have speakers now
        assertThat(page).contains("<option value=\"health\">AG Gesundheit</option>");
    }

    @Test
    @Order(5)
    void aMeetingWithoutTitleOrDateShowsTheErrorsAtTheirFields() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/planung/neu").body();
        HttpResponse<String> r = c.post("/koordination/planung", form("art", "WORKING_GROUP", "gruppe", "language",
                "titel", "", "datum", "", "beginn", "14:00", "ende", "13:00", "ort", ""), page);
        assertThat(element(r.body(), "sitzung-datum-fehler")).isEqualTo("Fehler: „Datum“ fehlt: bitte ein Datum "
                + "angeben.");
        r = c.post("/koordination/planung", form("art", "WORKING_GROUP", "gruppe", "language", "titel", "",
                "datum", MEETING_DAY.toString(), "beginn", "14:00", "ende", "16:00", "ort", ""), page);
        assertThat(element(r.body(), "sitzung-titel-fehler")).isEqualTo("Fehler: darf nicht leer sein");
        r = c.post("/koordination/planung", form("art", "WORKING_GROUP", "gruppe", "language", "titel", "AG Sprache",
                "datum", MEETING_DAY.toString(), "beginn", "14:00", "ende", "13:00", "ort", ""), page);
        assertThat(element(r.body(), "sitzung-ende-fehler")).startsWith("Fehler: die Sitzung „entwurf“ endet um 13:00,");
    }

    @Test
    @Order(6)
    void theInvitationGoesToTheGroupsMailingListWithPdfAndCalendar() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/planung/neu").body();
        HttpResponse<String> r = c.post("/koordination/planung", form("art", "WORKING_GROUP", "gruppe", "language",
                "titel", "3. Sitzung der AG Sprache", "datum", MEETING_DAY.toString(), "beginn", "14:00", "ende",
                "16:00", "ort", "Rathaus, Raum 1.12", "top-1-titel", "Begrüßung", "top-1-verantwortlich",
                "Sprecher*innen", "top-2-titel", "Sprachkurse im Herbst", "top-2-verantwortlich", "Gast"), page);
        meetingPath = r.headers().firstValue("Location").orElseThrow();
        assertThat(meetingPath).isEqualTo("/koordination/planung/ag-language-" + MEETING_DAY);
        page = c.follow(r).body();

        r = c.post(meetingPath + "/senden", "", page);
        page = c.follow(r).body();
        assertThat(element(page, "meldung")).startsWith("Die Einladung (Fassung 0) wurde an 3 Adressen gesendet.");
        // the AG's three partners in Bcc, and the office's own copy (To)
        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(4);
        for (String address : List.of("anna.schmidt@beispiel-ev.example", "an@sprachcafe-elbe.example",
                "demir@kulturhaus-nord.example", "netzwerkkoordination@magdeburg.example")) {
            assertThat(inbox(address)).as(address).hasSize(1);
        }
        MimeMessage first = inbox("anna.schmidt@beispiel-ev.example").get(0);
        assertThat(first.getSubject()).isEqualTo("Einladung: 3. Sitzung der AG Sprache am "
                + NetworkController.day(MEETING_DAY));
        // Bcc: no partner sees another's address
        assertThat(first.getHeader("Bcc")).isNull();
        List<BodyPart> parts = attachments(first);
        assertThat(parts).extracting(p -> p.getFileName()).containsExactly("Einladung-ag-language-" + MEETING_DAY
                + ".pdf", "Einladung.ics");
        assertThat(parts.get(0).getContentType()).startsWith("application/pdf");
        try (var pdf = Loader.loadPDF(bytes(parts.get(0)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("3. Sitzung der AG Sprache")
                    .contains("Sprachkurse im Herbst");
        }
        assertThat(parts.get(1).getContentType()).contains("text/calendar").contains("method=REQUEST");
        String ics = new String(bytes(parts.get(1)), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:REQUEST").contains("SEQUENCE:0")
                .contains("UID:ag-language-" + MEETING_DAY + "@");
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    @Order(7)
    void aChangedMeetingSentAgainKeepsItsUidWithAHigherSequenceAndACancellationRemovesIt() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        CoordinatorClient c = coordinator();
        String page = c.get(meetingPath).body();
        HttpResponse<String> r = c.post(meetingPath, form("art", "WORKING_GROUP", "gruppe", "language",
                "titel", "3. Sitzung der AG Sprache", "datum", MEETING_DAY.toString(), "beginn", "15:00", "ende",
                "17:00", "ort", "Rathaus, Raum 2.01", "top-1-titel", "Begrüßung"), page);
        page = c.follow(r).body();
        assertThat(element(page, "stand")).isEqualTo("Geändert seit der letzten Einladung (Fassung 0): bitte "
                + "erneut senden.");
        page = c.follow(c.post(meetingPath + "/senden", "", page)).body();
        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage changed = inbox("anna.schmidt@beispiel-ev.example").get(0);
        assertThat(changed.getSubject()).startsWith("Geänderte Einladung: ");
        String ics = new String(bytes(attachments(changed).get(1)), StandardCharsets.UTF_8);
        assertThat(ics).contains("METHOD:REQUEST").contains("SEQUENCE:1").contains("UID:ag-language-" + MEETING_DAY
                + "@").contains("Raum 2.01");
        mail.purgeEmailFromAllMailboxes();

        page = c.follow(c.post(meetingPath + "/absagen", "", page)).body();
        assertThat(element(page, "meldung")).isEqualTo("Die Absage wurde an 3 Adressen gesendet.");
        assertThat(mail.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage cancel = inbox("an@sprachcafe-elbe.example").get(0);
        assertThat(cancel.getSubject()).startsWith("Absage: 3. Sitzung der AG Sprache");
        List<BodyPart> parts = attachments(cancel);
        assertThat(parts).extracting(p -> p.getFileName()).containsExactly("Absage.ics");
        assertThat(parts.get(0).getContentType()).contains("method=CANCEL");
        String cancellation = new String(bytes(parts.get(0)), StandardCharsets.UTF_8);
        assertThat(cancellation).contains("METHOD:CANCEL").contains("STATUS:CANCELLED").contains("SEQUENCE:2")
                .contains("UID:ag-language-" + MEETING_DAY + "@");
        assertThat(element(page, "versandprotokoll")).contains("Einladung 0 3 koordination")
                .contains("Einladung 1 3 koordination").contains("Absage 2 3 koordination");
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    @Order(8)
    void aGuestApprovedByTheGroupsSpeakersIsAdmittedAndListedOnTheInvitation() throws Exception {
        CoordinatorClient c = coordinator();
        String page = c.get("/koordination/planung/neu").body();
        HttpResponse<String> r = c.post("/koordination/planung", form("art", "WORKING_GROUP", "gruppe", "language",
                "titel", "4. Sitzung der AG Sprache", "datum", MEETING_DAY.plusDays(7).toString(), "beginn", "14:00",
                "ende", "16:00", "ort", "Rathaus", "top-1-titel", "Sprachmittlung im Gesundheitswesen"), page);
        String path = r.headers().firstValue("Location").orElseThrow();
        String id = path.substring(path.lastIndexOf('/') + 1);
        page = c.get("/koordination/gaeste?sitzung=" + id).body();
        r = c.post("/koordination/gaeste/anmelden", form("sitzung", id, "name", "Dr. Lena Vogt", "organisation",
                "Universitätsklinikum", "beitrag", "Sprachmittlung im Gesundheitswesen", "angemeldetAm",
                TODAY.toString(), "notiz", ""), page);
        page = c.follow(r).body();
        assertThat(element(page, "gespeichert")).startsWith("Gespeichert: Gast Dr. Lena Vogt für „" + id
                + "“ angemeldet.");
        assertThat(element(c.get(path).body(), "gaeste")).isEqualTo("Dr. Lena Vogt (Universitätsklinikum) – noch "
                + "ohne Zustimmung");

        // someone who is no speaker: recorded, with the library's GO-1.5 warning
        r = c.post("/koordination/gaeste/zustimmung", form("gast", id + "|Dr. Lena Vogt", "sprecher", "Mehmet Demir",
                "datum", TODAY.toString(), "notiz", ""), page);
        page = c.follow(r).body();
        assertThat(page).contains("<li>Hinweis: Mehmet Demir stimmt der Teilnahme des Gastes „Dr. Lena Vogt“ zu, ist am "
                + NetworkController.day(TODAY) + " laut Übersicht aber nicht Sprecher*in einer Arbeitsgruppe "
                + "(§ 1 Abs. 5). (Regel GO-1.5)</li>");
        assertThat(page).contains("Nicht zugelassen (GO-1.5): Dr. Lena Vogt");
        for (String speaker : List.of("Anna Schmidt", "Nguyễn Văn An")) {
            page = c.follow(c.post("/koordination/gaeste/zustimmung", form("gast", id + "|Dr. Lena Vogt",
                    "sprecher", speaker, "datum", TODAY.toString(), "notiz", ""), page)).body();
        }
        assertThat(page).contains("Alle Gäste dieser Sitzung sind zugelassen (GO-1.5).");
        assertThat(element(c.get(path).body(), "gaeste")).startsWith("Dr. Lena Vogt (Universitätsklinikum) – "
                + "zugestimmt von ").contains("Anna Schmidt").contains("Nguyễn Văn An");
        try (var pdf = Loader.loadPDF(c.bytes(path + "/einladung.pdf").body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Lena Vogt");
        }
    }

    /** @return the messages delivered to one address (Bcc recipients are in no header) */
    static List<MimeMessage> inbox(String address) throws Exception {
        var user = mail.getUserManager().getUserByEmail(address);
        assertThat(user).as("a mailbox for " + address).isNotNull();
        return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(m -> m.getMimeMessage()).toList();
    }

    static List<BodyPart> attachments(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        List<BodyPart> out = new ArrayList<>();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).getFileName() != null) {
                out.add(mp.getBodyPart(i));
            }
        }
        return out;
    }

    static byte[] bytes(BodyPart part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toByteArray();
    }
}
