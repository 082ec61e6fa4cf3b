package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One domain: the core's {@code Register.apply}, the facade's {@code Netzwerk.apply} and the
 * command line's {@code netzwerk register apply} give the same findings for the same declaration.
 */
class SameFindingsOnEveryPathTest {
    private static final String ORG = "Beispielverein Brücken e. V.";
    private static final LocalDate SIGNED = LocalDate.of(2026, 11, 2);
    private static final Netzwerk NETZWERK = Netzwerk.create();

    @TempDir
    Path tmp;

    private static Declaration complete(RequestType request) {
        return Declaration.of(request, new Organisation(ORG, "Breiter Weg 1", "39104", "Magdeburg"))
                .withRepresentative(new Representative("Yılmaz", "Şükrü", "Vorstand", "0391 555 0100",
                        "sukru@example.org"))
                .withWorkingGroups(List.of("language"), true)
                .withSigning("Magdeburg", SIGNED, "Şükrü Yılmaz");
    }

    private static Declaration withContact(String postalCode, String email) {
        Declaration d = complete(RequestType.ENTRY);
        var o = d.organisation();
        var r = d.representative();
        return new Declaration(d.request(), new Organisation(o.name(), o.street(), postalCode, o.city()),
                d.listOnPortal(), new Representative(r.lastName(), r.firstName(), r.function(), r.phone(), email),
                d.workingGroups(), d.crossGroupMeetings(), d.place(), d.date(), d.signatoryName(), d.signature());
    }

    private static Register withPartner() {
        return Register.empty().apply(complete(RequestType.ENTRY), SIGNED).register();
    }

    static Stream<Arguments> declarations() {
        Declaration entry = complete(RequestType.ENTRY);
        return Stream.of(
                Arguments.of("complete entry", Register.empty(), entry, SIGNED, 0),
                Arguments.of("README: invalid email, 4-digit postal code", Register.empty(),
                        withContact("3910", "anna@"), SIGNED, 2),
                Arguments.of("no names, no email", Register.empty(),
                        new Declaration(RequestType.ENTRY, entry.organisation(), false,
                                new Representative("", "", "", "", ""), List.of("language"), false, "Magdeburg",
                                SIGNED, "Şükrü Yılmaz", entry.signature()), SIGNED, 3),
                Arguments.of("dated before the rules were adopted", Register.empty(),
                        entry.withSigning("Magdeburg", LocalDate.of(1926, 11, 26), "Şükrü Yılmaz"), SIGNED, 1),
                Arguments.of("applied before it was signed", Register.empty(), entry, SIGNED.minusDays(1), 1),
                Arguments.of("no place", Register.empty(), entry.withSigning("", SIGNED, "Şükrü Yılmaz"), SIGNED, 1),
                Arguments.of("second entry of a partner", withPartner(), entry, SIGNED, 1),
                Arguments.of("change of an unknown partner", Register.empty(), complete(RequestType.CHANGE), SIGNED, 1),
                Arguments.of("deletion", withPartner(), complete(RequestType.DELETION), SIGNED, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void coreFacadeAndCommandLineGiveTheSameFindings(String name, Register register, Declaration declaration,
            LocalDate on, int expectedFindings) throws Exception {
        RegisterUpdate core = register.apply(RulesProfile.magdeburg2016(), declaration, on);
        RegisterUpdate facade = NETZWERK.apply(register, declaration, on);
        CliRun cli = runCli(register, declaration, on);

        assertThat(core.findings()).hasSize(expectedFindings);
        assertThat(facade).isEqualTo(core);
        assertThat(cli.findings()).isEqualTo(core.findings().stream().map(SameFindingsOnEveryPathTest::line).toList());
        assertThat(cli.exit()).isEqualTo(core.rejected() ? NetzwerkCli.FINDINGS : NetzwerkCli.OK);
        assertThat(JsonCodec.REGISTER.read(cli.register())).isEqualTo(core.register());
    }

    // the command line's report format: severity, rule, [field], message German / English
    private static String line(Finding f) {
        return f.severity() + " " + f.rule() + (f.field().isEmpty() ? "" : " [" + f.field() + "]") + ": "
                + f.message() + (f.message().equals(f.messageEn()) ? "" : " / " + f.messageEn());
    }

    record CliRun(int exit, List<String> findings, Path register) {
    }

    private CliRun runCli(Register register, Declaration declaration, LocalDate on) throws Exception {
        Path registerFile = tmp.resolve("register.json");
        Path pdf = tmp.resolve("erklaerung.pdf");
        Path out = tmp.resolve("neu.json");
        JsonCodec.REGISTER.write(register, registerFile);
        Files.write(pdf, NETZWERK.prefilledDeclaration(declaration).bytes());
        PrintStream stderr = System.err;
        var captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = NetzwerkCli.run("register", "apply", registerFile.toString(), pdf.toString(), "-o", out.toString(),
                    "--on", on.toString());
        } finally {
            System.setErr(stderr);
        }
        // every finding line names its file first ("erklaerung.pdf: ERROR …")
        String file = pdf + ": ";
        List<String> findings = Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> l.startsWith(file))
                .map(l -> l.substring(file.length()))
                .filter(l -> l.startsWith("ERROR ") || l.startsWith("WARNING ") || l.startsWith("INFO "))
                .toList();
        return new CliRun(exit, findings, out);
    }
}
