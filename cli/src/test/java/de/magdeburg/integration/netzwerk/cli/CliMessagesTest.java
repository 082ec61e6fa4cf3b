package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a coordinator reads when an input is wrong: one line from the library, German and English,
 * naming the file, the JSON path or the value, and never a Java class name or Jackson's wording.
 */
class CliMessagesTest {
    private static final Path DATA = Path.of("..", "samples", "data");

    @TempDir
    static Path tmp;

    private static Path file(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static String declaration() throws Exception {
        return Files.readString(DATA.resolve("declaration-change.json"));
    }

    static Stream<Arguments> badInputs() throws Exception {
        String out = tmp.resolve("out.pdf").toString();
        String register = DATA.resolve("register.json").toString();
        return Stream.of(
                Arguments.of("unknown request type", new String[] {"form", "fill",
                        file("eintrag.json", declaration().replace("\"CHANGE\"", "\"EINTRAG\"")).toString(), "-o", out},
                        "„EINTRAG“ ist kein zulässiger Wert (erlaubt: ENTRY, DELETION, CHANGE)"),
                Arguments.of("truncated JSON", new String[] {"form", "fill",
                        file("kurz.json", "{\"request\": \"ENTRY\", ").toString(), "-o", out},
                        "die JSON-Daten enden, bevor sie vollständig sind / the JSON ends before it is complete"),
                Arguments.of("date not ISO in JSON", new String[] {"form", "fill",
                        file("datum.json", declaration().replace("\"2026-11-26\"", "\"26.11.2026\"")).toString(),
                        "-o", out}, "„26.11.2026“ ist kein Datum im Format JJJJ-MM-TT / '26.11.2026' is not a date as "
                        + "yyyy-MM-dd"),
                Arguments.of("text where a list belongs", new String[] {"form", "fill",
                        file("typ.json", declaration().replaceFirst("\"workingGroups\" : \\[[^]]*]",
                                "\"workingGroups\" : \"language\"")).toString(), "-o", out}, "$.workingGroups: "),
                Arguments.of("missing file", new String[] {"minutes", tmp.resolve("fehlt.json").toString(), "-o", out},
                        "fehlt.json: Datei nicht gefunden / file not found"),
                Arguments.of("impossible --on date", new String[] {"register", "apply", register,
                        tmp.resolve("x.pdf").toString(), "-o", tmp.resolve("neu.json").toString(), "--on", "31.02.2026"},
                        "„31.02.2026“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)"),
                Arguments.of("impossible record value", new String[] {"form", "fill",
                        file("doppelt.json", declaration().replace("\"interculture_and_social\"", "\"language\""))
                                .toString(), "-o", out}, "nennt eine Arbeitsgruppe doppelt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void theMessageIsTheLibrarysOwnWithoutJavaNames(String name, String[] args, String expected) {
        PrintStream stderr = System.err;
        var captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = NetzwerkCli.run(args);
        } finally {
            System.setErr(stderr);
        }
        String err = captured.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(err).isEqualTo(NetzwerkCli.UNUSABLE);
        assertThat(err).contains(expected).contains(" / ")
                .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
                .doesNotContain("java.", "com.fasterxml", "de.magdeburg", "`", "\tat ");
    }
}
