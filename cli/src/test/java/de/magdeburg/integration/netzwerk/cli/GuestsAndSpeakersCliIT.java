package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.cli.CommandLineIT.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's CLI for speakers and guests (§4(3), §1(5)): invitation and attendance take the
 * speakers from the register, and the register commands keep them without JSON being written by hand.
 */
class GuestsAndSpeakersCliIT {
    private static final Path DATA = Path.of("..", "samples", "data");
    private static final String REGISTER = DATA.resolve("register.json").toString();
    private static final String MEETING = DATA.resolve("meeting.json").toString();
    private static final String GUEST = "Dr. Amina Rahman";

    @TempDir
    Path tmp;

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void invitationForTheSampleMeetingListsTheGuestApprovedByTheRegistersSpeakers() throws Exception {
        Path pdf = tmp.resolve("einladung.pdf");

        Result r = run("invitation", MEETING, "--register", REGISTER, "-o", pdf.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        // the letter is dated today: once the sample meeting is past, the CLI rightly warns (DOC)
        assertThat(r.err()).doesNotContain("GO-1.5").doesNotContain("Nicht aufgeführt");
        assertThat(text(pdf)).contains("Gäste (§ 1 Abs. 5)", GUEST, "Mehrsprachigkeit in der Familie");
    }

    @Test
    void attendanceSheetForTheSampleMeetingListsTheApprovedGuest() throws Exception {
        Path pdf = tmp.resolve("anwesenheit.pdf");

        Result r = run("attendance", MEETING, "--register", REGISTER, "-o", pdf.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(text(pdf)).contains(GUEST, "12.11.2026 (Agnieszka")
                .doesNotContain("keine Gäste angemeldet").doesNotContain("Nicht aufgeführt");
    }

    @Test
    void unapprovedGuestIsLeftOffNamedOnTheSheetAndReportedWithItsGo15Finding() throws Exception {
        String meeting = Files.readString(Path.of(MEETING)).replace("\"guests\" : [\n", "\"guests\" : [\n    {\n"
                + "      \"name\" : \"Nicht Freigegeben\",\n      \"registeredOn\" : \"2026-11-20\"\n    },\n");
        Path file = Files.writeString(tmp.resolve("meeting.json"), meeting);
        Path pdf = tmp.resolve("anwesenheit.pdf");

        Result r = run("attendance", file.toString(), "--register", REGISTER, "-o", pdf.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("Hinweis / notice: Gast nicht aufgeführt / guest left off: GO-1.5 "
                + "language-2026-12/Nicht Freigegeben: Die Teilnahme des Gastes „Nicht Freigegeben“ an „5. Sitzung der "
                + "AG Sprache 2026“ am 03.12.2026 ist nicht mit den Sprecher*innen abgestimmt (§ 1 Abs. 5). / The "
                + "attendance of the guest \"Nicht Freigegeben\" at \"5. Sitzung der AG Sprache 2026\" on 03.12.2026 "
                + "has not been agreed with the speakers (§ 1(5)).\n");
        assertThat(text(pdf)).contains(GUEST, "Nicht aufgeführt, da Anmeldung oder Abstimmung mit den "
                + "Sprecher*innen fehlt (§ 1 Abs. 5): Nicht Freigegeben.");
    }

    @Test
    void guestRegisteredAndApprovedWithTheRegisterCommandsIsInvited() throws Exception {
        Path registered = tmp.resolve("r1.json");
        Path approved = tmp.resolve("r2.json");
        Path pdf = tmp.resolve("einladung.pdf");

        Result reg = run("register", "guest", REGISTER, "--meeting", "language-2026-12", "--name", "Nguyễn Văn An",
                "--register", "--organisation", "Hội Người Việt Elbe e. V.", "--on", "2026-11-20", "--by",
                "Netzwerkkoordination", "-o", registered.toString());
        Result app = run("register", "guest", registered.toString(), "--meeting", "language-2026-12", "--name",
                "Nguyễn Văn An", "--approve", "Şükrü Yılmaz", "--on", "2026-11-23", "-o", approved.toString());
        Result inv = run("invitation", MEETING, "--register", approved.toString(), "-o", pdf.toString());

        assertThat(reg.exit()).as(reg.err()).isZero();
        assertThat(reg.err()).isEqualTo("übernommen / recorded\n");
        assertThat(app.exit()).as(app.err()).isZero();
        assertThat(inv.exit()).as(inv.err()).isZero();
        assertThat(text(pdf)).contains(GUEST, "Nguyễn Văn An, Hội Người Việt Elbe e. V.");
    }

    @Test
    void speakerElectedWithTheRegisterCommandIsInTheNewRegisterWithAFullTerm() throws Exception {
        Path ended = tmp.resolve("r1.json");
        Path elected = tmp.resolve("r2.json");

        Result end = run("register", "speaker", REGISTER, "--group", "interculture_and_social", "--end", "Kwame Mensah",
                "--last-day", "2026-12-31", "--on", "2026-11-26", "--note", "Rücktritt", "-o", ended.toString());
        Result elect = run("register", "speaker", ended.toString(), "--group", "interculture_and_social", "--elect",
                "Fatima Haddad", "--from", "2027-01-01", "--on", "2026-12-10", "-o", elected.toString());

        assertThat(end.exit()).as(end.err()).isZero();
        assertThat(end.err()).isEqualTo("WARNING GO-4.3 [interculture_and_social]: Nach dem Ende der Amtszeit von Kwame "
                + "Mensah am 31.12.2026 hat die AG „(Inter-)Kultur und Soziales“ 1 Sprecher*innen mit gültiger "
                + "Amtszeit; vorgesehen sind 2, eine Nachfolge ist zu wählen/benennen (§ 4 Abs. 3). / After the term of "
                + "Kwame Mensah ends on 31.12.2026, the working group \"(Inter-)Kultur und Soziales\" has 1 speakers with a "
                + "valid term; 2 are required, a successor must be elected or named (§ 4(3)).\n"
                + "übernommen / recorded\n");
        assertThat(elect.exit()).as(elect.err()).isZero();
        Register r = JsonCodec.REGISTER.read(elected);
        assertThat(r.speakerTerms()).contains(new SpeakerTerm("interculture_and_social", "Fatima Haddad", "",
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void aThirdSpeakerIsRefusedWithExitOneAndTheRegisterUnchanged() throws Exception {
        Path out = tmp.resolve("r.json");

        Result r = run("register", "speaker", REGISTER, "--group", "language", "--elect", "Fatima Haddad", "--from",
                "2026-12-01", "-o", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR GO-4.3 [language]: Die AG „Sprache“ hat am 01.12.2026 3 Sprecher*innen mit "
                + "gültiger Amtszeit; vorgesehen sind 2 (§ 4 Abs. 3). / The working group \"Sprache\" has 3 speakers with "
                + "a valid term on 01.12.2026; 2 are required (§ 4(3)).\nnicht übernommen / not recorded\n");
        assertThat(JsonCodec.REGISTER.read(out)).isEqualTo(JsonCodec.REGISTER.read(Path.of(REGISTER)));
    }

    @Test
    void foundingAGroupWithFourOrganisationsIsRefusedWithGo42() throws Exception {
        Result r = run("register", "found-group", REGISTER, "--id", "health", "--name", "Gesundheit", "--founder", "A e. V.",
                "--founder", "B e. V.", "--founder", "C e. V.", "--founder", "D e. V.", "-o", tmp.resolve("r.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR GO-4.2 [Gesundheit]: Für die neue AG „Gesundheit“ haben Vertreter*innen von 4 "
                + "verschiedenen Organisationen ihre Bereitschaft erklärt; nötig sind mindestens 5 (§ 4 Abs. 2).");
    }

    @Test
    void calendarCancelWritesTheCancellationOfTheSameUid() throws Exception {
        Path ics = tmp.resolve("absage.ics");

        Result r = run("calendar", MEETING, "--cancel", "-o", ics.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(ics)).contains("METHOD:CANCEL\r\n", "UID:language-2026-12@magdeburg-2016.netzwerk\r\n",
                "SEQUENCE:1\r\n", "STATUS:CANCELLED\r\n");
    }
}
