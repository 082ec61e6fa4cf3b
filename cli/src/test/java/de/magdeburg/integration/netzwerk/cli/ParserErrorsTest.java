package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong command line is answered in the command line's one pattern, German / English, with the
 * help command on the second line and exit code 2: picocli's own parser errors included.
 */
class ParserErrorsTest {
    @TempDir
    Path tmp;

    private static void assertUsageError(Captured r, String message, String helpFor) {
        assertThat(r.exit()).as(r.err()).isEqualTo(NetzwerkCli.UNUSABLE);
        assertThat(r.err().lines()).containsExactly("netzwerk: " + message, "Hilfe / help: " + helpFor + " --help");
    }

    @Test
    void unknownOptionIsNamedInBothLanguages() {
        assertUsageError(Captured.run("form", "blank", "-o", tmp.resolve("x.pdf").toString(), "--bogus", "wert"),
                "unbekannte Option „--bogus“ / unknown option '--bogus'", "netzwerk form blank");
    }

    @Test
    void unexpectedArgumentIsNamedInBothLanguages() {
        assertUsageError(Captured.run("form", "fill", "a.json", "b.json", "-o", "x.pdf"),
                "überzähliges Argument „b.json“ / unexpected argument 'b.json'", "netzwerk form fill");
        assertUsageError(Captured.run("bogus"), "überzähliges Argument „bogus“ / unexpected argument 'bogus'", "netzwerk");
    }

    @Test
    void missingRequiredOptionNamesTheOptionAndItsValue() {
        assertUsageError(Captured.run("form", "blank"),
                "Pflichtangabe fehlt: --output FILE.pdf / missing required argument: --output FILE.pdf", "netzwerk form blank");
    }

    @Test
    void missingRequiredParameterNamesIt() {
        assertUsageError(Captured.run("form", "fill", "-o", "x.pdf"),
                "Pflichtangabe fehlt: DECLARATION.json / missing required argument: DECLARATION.json", "netzwerk form fill");
    }

    @Test
    void optionWithoutItsValueSaysWhichValue() {
        assertUsageError(Captured.run("form", "blank", "-o"),
                "„--output“ braucht einen Wert (FILE.pdf) / '--output' needs a value (FILE.pdf)", "netzwerk form blank");
    }

    @Test
    void optionGivenTwiceIsRefused() {
        assertUsageError(Captured.run("form", "blank", "-o", "a.pdf", "-o", "b.pdf"),
                "„--output“ ist mehrfach angegeben / '--output' is given more than once", "netzwerk form blank");
    }

    @Test
    void exclusiveChoiceSaysOneIsRequiredAndOnlyOne() {
        assertUsageError(Captured.run("register", "speaker", "--group", "language", "r.json", "-o", "n.json"),
                "eine davon ist Pflicht: (--elect=NAME | --end=NAME) / one of these is required: (--elect=NAME | --end=NAME)",
                "netzwerk register speaker");
        assertUsageError(Captured.run("register", "speaker", "--group", "language", "--elect", "A", "--end", "B", "r.json", "-o", "n.json"),
                "nur eine davon angeben: --elect=NAME, --end=NAME / give only one of: --elect=NAME, --end=NAME",
                "netzwerk register speaker");
    }

    @Test
    void wrongDateOnTheCommandLineNamesOptionAndFormats() {
        assertUsageError(Captured.run("register", "inactive", "r.json", "--attendance", "a.json", "--as-of", "1.2.x"),
                "--as-of: „1.2.x“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ) / '1.2.x' is not a date (yyyy-MM-dd or DD.MM.YYYY)",
                "netzwerk register inactive");
    }

    @Test
    void attendanceWithoutItsInputsNamesThemInBothLanguages() {
        assertUsageError(Captured.run("attendance", "meeting.json"),
                "attendance braucht / needs MEETING.json --register REGISTER.json -o FILE.pdf", "netzwerk attendance");
    }

    @Test
    void requiredParameterIsShownAsRequiredInTheUsage() {
        Captured r = Captured.run("attendance", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\n      MEETING.json        Die Sitzung als JSON").doesNotContain("[MEETING.json]");
        assertThat(Captured.run("form", "fill", "--help").out()).contains("\n      DECLARATION.json").doesNotContain("[DECLARATION.json]");
    }

    @Test
    void outputIntoAFolderThatDoesNotExistIsAnErrorAndCreatesNoFolder() {
        Path missing = tmp.resolve("no/such/dir");
        Path out = missing.resolve("x.pdf");
        for (String[] args : new String[][] {{"form", "blank", "-o", out.toString()}, {"form", "blank", "--output", out.toString()}}) {
            Captured r = Captured.run(args);

            assertThat(r.exit()).isEqualTo(NetzwerkCli.UNUSABLE);
            assertThat(r.err()).isEqualTo("netzwerk: " + out + ": Ordner " + missing + " nicht gefunden / folder " + missing
                    + " not found" + System.lineSeparator());
            assertThat(Files.exists(tmp.resolve("no"))).isFalse();
        }
    }
}
