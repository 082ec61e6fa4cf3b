package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real CLI jar as a separate process, as a coordinator or a script would. */
class CommandLineIT {
    private static final Path JAR = Path.of("target/netzwerk-cli.jar");
    private static final Path DATA = Path.of("..", "samples", "data");

    @TempDir
    static Path tmp;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) throws IOException, InterruptedException {
        var cmd = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("the shaded CLI jar, built in 'package'").exists();
    }

    @Test
    void blankFormIsWrittenAndReadBackWithFindingsForMissingContent() throws Exception {
        Path pdf = tmp.resolve("leer.pdf");
        assertThat(run("form", "blank", "-o", pdf.toString()).exit()).isZero();
        Result read = run("form", "read", pdf.toString());
        assertThat(read.exit()).as(read.err()).isEqualTo(1);
        assertThat(read.out()).contains("\"declaration\"").contains("\"findings\"").contains("\"ERROR\"");
    }

    @Test
    void filledFormReadsBackToTheSameDeclarationJson() throws Exception {
        Path pdf = tmp.resolve("change.pdf");
        Result fill = run("form", "fill", DATA.resolve("declaration-change.json").toString(), "-o", pdf.toString());
        assertThat(fill.exit()).as(fill.err()).isZero();
        Result read = run("form", "read", pdf.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("Şükrü").contains("\"request\" : \"CHANGE\"");
    }

    @Test
    void archiveWritesACopyOfAReceivedFormThatReadsBackTheSame() throws Exception {
        Path received = tmp.resolve("eingang.pdf");
        assertThat(run("form", "fill", DATA.resolve("declaration-change.json").toString(), "-o", received.toString())
                .exit()).isZero();
        Path copy = tmp.resolve("archiv.pdf");

        Result archive = run("form", "archive", received.toString(), "-o", copy.toString());

        assertThat(archive.exit()).as(archive.err()).isZero();
        Result original = run("form", "read", received.toString());
        Result copied = run("form", "read", copy.toString());
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).isEqualTo(original.out()).contains("Şükrü");
    }

    @Test
    void archiveOfAFileThatIsNoPdfExitsTwoAndWritesNothing() throws Exception {
        Path notPdf = tmp.resolve("kein.pdf");
        Files.writeString(notPdf, "kein PDF");
        Path copy = tmp.resolve("nichts.pdf");

        Result r = run("form", "archive", notPdf.toString(), "-o", copy.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("netzwerk: " + notPdf + ": ").doesNotContain("at de.");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(copy).doesNotExist();
    }

    @Test
    void everyDocumentCommandWritesAPdf() throws Exception {
        String reg = DATA.resolve("register.json").toString();
        String meeting = DATA.resolve("meeting.json").toString();
        assertOkPdf(run("attendance", meeting, "--register", reg, "-o", tmp.resolve("a.pdf").toString()), "a.pdf");
        assertOkPdf(run("minutes", DATA.resolve("minutes.json").toString(), "-o", tmp.resolve("m.pdf").toString()), "m.pdf");
        assertOkPdf(run("invitation", meeting, "--register", reg, "-o", tmp.resolve("i.pdf").toString(), "--ics",
                tmp.resolve("i.ics").toString()), "i.pdf");
        assertThat(Files.readString(tmp.resolve("i.ics"))).startsWith("BEGIN:VCALENDAR");
        assertOkPdf(run("register", "overview", reg, "-o", tmp.resolve("o.pdf").toString()), "o.pdf");
        assertOkPdf(run("workplan", DATA.resolve("workplan-language-2027.json").toString(), "-o",
                tmp.resolve("w.pdf").toString()), "w.pdf");
    }

    @Test
    void workPlanWithRuleViolationsExitsOneAndNamesTheRulesOnStderr() throws Exception {
        Result r = run("workplan", DATA.resolve("workplan-network-2027.json").toString(), "-o",
                tmp.resolve("wn.pdf").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("GO-5.2a").contains("GO-5.3");
        assertThat(r.out()).isEmpty();
        assertThat(tmp.resolve("wn.pdf")).exists();
    }

    @Test
    void portalListingHasNoPersonalData() throws Exception {
        Result r = run("register", "portal", DATA.resolve("register.json").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Brückenschlag Sprachcafé e. V.").doesNotContain("Şükrü").doesNotContain("@");
    }

    @Test
    void mailingListIsCsvOnStdout() throws Exception {
        Result r = run("register", "mailing-list", DATA.resolve("register.json").toString(), "--group", "language");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().count()).isGreaterThan(2);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inactivePartnersAreListedAsJson() throws Exception {
        Result r = run("register", "inactive", DATA.resolve("register.json").toString(), "--attendance",
                DATA.resolve("attendance.json").toString(), "--as-of", "2026-11-26");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("[");
    }

    @Test
    void registerApplyWritesTheNewRegisterAndKeepsTheOldOne() throws Exception {
        Path pdf = tmp.resolve("entry.pdf");
        assertThat(run("form", "fill", DATA.resolve("declaration-change.json").toString(), "-o", pdf.toString()).exit())
                .isZero();
        Path out = tmp.resolve("neu.json");
        Result r = run("register", "apply", DATA.resolve("register.json").toString(), pdf.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("CHANGED");
    }

    @Test
    void tickedAttendanceSheetReadsBackAsAttendanceRecords() throws Exception {
        Path sheet = tmp.resolve("liste.pdf");
        assertThat(run("attendance", DATA.resolve("meeting.json").toString(), "--register",
                DATA.resolve("register.json").toString(), "-o", sheet.toString()).exit()).isZero();
        Path ticked = tmp.resolve("liste-angekreuzt.pdf");
        try (PDDocument d = Loader.loadPDF(sheet.toFile())) {
            var form = d.getDocumentCatalog().getAcroForm(null);
            ((org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox) form.getField("present_0")).check();
            d.save(ticked.toFile());
        }

        Result r = run("attendance", "read", ticked.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"meetingId\" : \"language-2026-12\"").contains("\"present\" : true")
                .contains("\"present\" : false");
    }

    @Test
    void attendanceReadOfAnotherPdfExitsTwoWithOneLine() throws Exception {
        Path minutes = tmp.resolve("protokoll.pdf");
        assertThat(run("minutes", DATA.resolve("minutes.json").toString(), "-o", minutes.toString()).exit()).isZero();
        Result r = run("attendance", "read", minutes.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("netzwerk: " + minutes + ": ");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void registerApplyOfADeclarationWithErrorsExitsOneAndChangesNothing() throws Exception {
        Path blank = tmp.resolve("leer-apply.pdf");
        assertThat(run("form", "blank", "-o", blank.toString()).exit()).isZero();
        Path out = tmp.resolve("unveraendert.json");

        Result r = run("register", "apply", DATA.resolve("register.json").toString(), blank.toString(), "-o", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ERROR GO-1.2").contains("nicht übernommen / not applied");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(DATA.resolve("register.json")));
    }

    @Test
    void registerApplyWithOneUnreadableFileWritesNothing() throws Exception {
        Path good = tmp.resolve("gut.pdf");
        assertThat(run("form", "fill", DATA.resolve("declaration-change.json").toString(), "-o", good.toString()).exit())
                .isZero();
        Path bad = tmp.resolve("kaputt.pdf");
        Files.writeString(bad, "kein pdf");
        Path out = tmp.resolve("nie-geschrieben.json");

        Result r = run("register", "apply", DATA.resolve("register.json").toString(), good.toString(), bad.toString(),
                "-o", out.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad.toString()).contains("NOT_A_PDF");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingFileExitsTwoWithOneLineNamingIt() throws Exception {
        Result r = run("form", "read", "gibt-es-nicht.pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("netzwerk: gibt-es-nicht.pdf: Datei nicht gefunden / file not found");
    }

    @Test
    void jpegRenamedToPdfExitsTwoSayingItIsNoPdf() throws Exception {
        Path jpeg = tmp.resolve("foto.pdf");
        Files.write(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        Result r = run("form", "read", jpeg.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("netzwerk: " + jpeg + ": ").contains("NOT_A_PDF").doesNotContain("at de.");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void encryptedPdfExitsTwoSayingItIsEncrypted() throws Exception {
        Path enc = tmp.resolve("verschluesselt.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            d.protect(policy);
            d.save(enc.toFile());
        }
        Result r = run("form", "read", enc.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ENCRYPTED");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void malformedJsonExitsTwoNamingThePathOfTheError() throws Exception {
        Path json = tmp.resolve("kaputt.json");
        Files.writeString(json, "{\"request\": \"ENTRY\", \"organisation\": {\"name\": 42, \"street\": [}}");
        Result r = run("form", "fill", json.toString(), "-o", tmp.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("netzwerk: " + json + ": $.organisation");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void registerApplyNamesTheFileOfEveryFindingAndSummarisesEachFileInOneLine() throws Exception {
        Path change = filledForm("declaration-change.json", "aenderung.pdf");
        Path entry = filledForm("declaration-entry.json", "aufnahme.pdf");

        Result r = run("register", "apply", DATA.resolve("register.json").toString(), change.toString(), entry.toString(),
                "-o", tmp.resolve("neu.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains("GO-1.2"))).singleElement().asString()
                .startsWith(entry + ": ERROR GO-1.2");
        assertThat(r.err().lines().filter(l -> l.contains(" — "))).containsExactly(
                change + ": übernommen / applied — Änderung „Brückenschlag Sprachcafé e. V.“, 0 Fehler, 0 Hinweise"
                        + " / 0 errors, 0 other findings",
                entry + ": nicht übernommen / not applied — Aufnahme „Ukrainischer Kulturverein Dnipro-Elbe e. V.“, 1 Fehler,"
                        + " 0 Hinweise / 1 errors, 0 other findings");
    }

    @Test
    void helpIsGermanShowsRequiredOptionsAsRequiredAndDescribesEveryParameter() throws Exception {
        Result attendance = run("attendance", "--help");
        assertThat(attendance.out()).startsWith("Aufruf / usage: netzwerk attendance MEETING.json --register=REGISTER.json"
                + " -o=FILE.pdf").contains("Optionen / options:", "Diese Hilfe anzeigen.").doesNotContain("Show this help");
        assertThat(undescribed("Parameter / parameters:\n      REGISTER.json\n")).containsExactly("REGISTER.json");
        for (String[] command : new String[][] {{"attendance"}, {"register", "apply"}, {"form", "fill"}, {"invitation"},
                {"register", "inactive"}}) {
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(undescribed(run(args).out())).as(String.join(" ", command)).isEmpty();
        }
    }

    private Path filledForm(String sampleJson, String pdfName) throws Exception {
        Path pdf = tmp.resolve(pdfName);
        assertThat(run("form", "fill", DATA.resolve(sampleJson).toString(), "-o", pdf.toString()).exit()).isZero();
        return pdf;
    }

    /** Options and parameters in a help text with no description on their line or the next. */
    private static List<String> undescribed(String help) {
        List<String> lines = help.lines().toList();
        var bare = new ArrayList<String>();
        for (int i = lines.indexOf("Parameter / parameters:") + 1; i < lines.size(); i++) {
            // picocli prints a name alone on its line when it has no description or a long name
            boolean nameOnly = lines.get(i).matches("\\s+(-\\w, )?(--?[-\\w]+(=\\S+)?|[A-Z][-A-Z.]*\\.(json|pdf))(\\.\\.\\.)?\\s*");
            boolean describedBelow = i + 1 < lines.size() && lines.get(i + 1).matches(" {20,}\\S.*");
            if (nameOnly && !describedBelow) {
                bare.add(lines.get(i).strip());
            }
        }
        return bare;
    }

    @Test
    void unknownCommandExitsTwo() throws Exception {
        assertThat(run("gibtsnicht").exit()).isEqualTo(2);
    }

    @Test
    void versionAndHelpWork() throws Exception {
        assertThat(run("--version").out()).startsWith("netzwerk ");
        Result help = run("form", "read", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("FILE.pdf");
    }

    @Test
    void demoWritesEveryDocument() throws Exception {
        Path dir = tmp.resolve("demo");
        Result r = run("demo", "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("erklaerung-leer.pdf",
                    "erklaerung-aenderung.pdf", "anwesenheitsliste-ag-sprache.pdf", "protokoll-entwurf.pdf",
                    "protokoll-genehmigt.pdf", "arbeitsplan-netzwerk-2027.pdf", "einladung-ag-sprache.ics",
                    "uebersicht-netzwerkpartner.pdf", "portal.json", "verteiler.csv", "register.json");
        }
        assertThat(r.out()).contains("erklaerung-leer.pdf");
    }

    @Test
    void minutesWithTheRegisterNameWhoWasExpectedAndNeitherCameNorExcusedThemselves() throws Exception {
        Path with = tmp.resolve("protokoll-mit-uebersicht.pdf");
        Path without = tmp.resolve("protokoll-ohne-uebersicht.pdf");

        Result r = run("minutes", DATA.resolve("minutes.json").toString(), "--register",
                DATA.resolve("register.json").toString(), "-o", with.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(run("minutes", DATA.resolve("minutes.json").toString(), "-o", without.toString()).exit()).isZero();

        // an AG member in the register who is neither among those present nor excused in minutes.json
        String absent = "Begegnungszentrum Neue Neustadt";
        String withRegister = text(with);
        assertThat(withRegister).contains("Abwesend ohne Entschuldigung (§ 1 Abs. 4)");
        assertThat(withRegister.substring(withRegister.indexOf("Abwesend ohne Entschuldigung"))).contains(absent);
        assertThat(text(without)).doesNotContain("Abwesend ohne Entschuldigung").doesNotContain(absent);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static void assertOkPdf(Result r, String name) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(tmp.resolve(name).toFile())) {
            assertThat(d.getNumberOfPages()).isPositive();
        }
    }
}
