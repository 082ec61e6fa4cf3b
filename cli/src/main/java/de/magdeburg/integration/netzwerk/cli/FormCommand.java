package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.OK;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.netzwerk;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.report;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.write;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzwerk form blank|fill|read|verify|archive}: the declaration form (§1(2), Anlage). */
@Command(name = "form", mixinStandardHelpOptions = true, description = "Erklärung (Formular) erzeugen und lesen.",
        subcommands = {FormCommand.Blank.class, FormCommand.Fill.class, FormCommand.Read.class,
                FormCommand.Verify.class, FormCommand.Archive.class})
final class FormCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("netzwerk: form braucht einen Unterbefehl / needs a sub-command: blank, fill, read, verify, archive");
        return NetzwerkCli.UNUSABLE;
    }

    @Command(name = "blank", mixinStandardHelpOptions = true, description = "Leeres, ausfüllbares Formular.")
    static final class Blank implements Callable<Integer> {
        @Mixin PdfOutput output = new PdfOutput();

        @Override
        public Integer call() {
            write(output.file, netzwerk().blankDeclaration());
            return OK;
        }
    }

    @Command(name = "fill", mixinStandardHelpOptions = true,
            description = "Vorausgefülltes Formular aus JSON: die Erklärung selbst oder die ganze Ausgabe von 'form read'.")
    static final class Fill implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DECLARATION.json",
                description = "Die Angaben der Erklärung als JSON (Beispiel: declaration-entry.json).") Path input;
        @Mixin PdfOutput output = new PdfOutput();

        @Override
        public Integer call() {
            Declaration d = ReadingJson.declaration(input);
            write(output.file, netzwerk().prefilledDeclaration(d));
            return report(netzwerk().checkDeclaration(d));
        }
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Liest ein ausgefülltes Formular: JSON {\"declaration\":…, \"findings\":[…]} auf stdout.")
    static final class Read implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "Das ausgefüllte Formular (PDF).") Path input;

        @Override
        public Integer call() {
            DeclarationReading r = NetzwerkCli.readDeclarationPdf(input);
            NetzwerkCli.stdout(JsonCodec.readingToJson(r.declaration(), r.findings()));
            return r.findings().stream().anyMatch(f -> f.isError()) ? NetzwerkCli.FINDINGS : OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Prüft die Unterschriften eines Formulars (nur Unversehrtheit und Änderungen danach, "
                    + "nicht Vertrauen oder Qualifizierung): JSON {\"signature\":…, \"signatures\":[…], "
                    + "\"findings\":[…]} auf stdout. Vertrauen und QES prüft das optionale Modul "
                    + "netzwerk-signatures in einer Anwendung der Stadt.")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "Das eingegangene Formular (PDF).") Path input;

        @Override
        public Integer call() {
            DeclarationReading r = NetzwerkCli.readDeclarationPdf(input);
            SignatureStatus status = r.declaration().signature();
            NetzwerkCli.stdout(JsonCodec.verificationToJson(status,
                    r.signatures().stream().map(VerifiedSignature::of).toList(), r.findings()));
            // a signature broken by later changes is an error even where no finding says so
            return status == SignatureStatus.SIGNED_INVALID || r.hasErrors() ? NetzwerkCli.FINDINGS : OK;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archivkopie einer eingegangenen Erklärung: unser Formular mit den gelesenen Werten, "
                    + "von uns neu gezeichnet (ohne Signatur; die eingegangene Datei bitte mit aufbewahren).")
    static final class Archive implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RECEIVED.pdf") Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "COPY.pdf") Path output;

        @Override
        public Integer call() {
            // the library reads the file within its limits; read() names the file in any error
            Output copy = NetzwerkCli.read(input, p -> netzwerk().archivalCopy(Input.of(p)));
            NetzwerkCli.write(output, copy);
            return OK;
        }
    }
}
