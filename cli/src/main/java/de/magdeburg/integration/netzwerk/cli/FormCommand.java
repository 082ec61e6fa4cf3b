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
import de.magdeburg.integration.netzwerk.signatures.SignatureValidator;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict;
import de.magdeburg.integration.netzwerk.signatures.TrustedLists;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
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
            description = "Prüft die Unterschriften eines Formulars: Unversehrtheit und Änderungen danach (wie "
                    + "'form read'), dazu Vertrauen, Sperrung und Stufe nach eIDAS mit EU DSS (ETSI EN 319 102-1), "
                    + "offline: JSON {\"signature\":…, \"signatures\":[…], \"findings\":[…]} auf stdout. Ohne "
                    + "--trust-anchor oder --trusted-lists ist jede Unterschrift INDETERMINATE.")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "Das eingegangene Formular (PDF).") Path input;
        @Option(names = "--trust-anchor", paramLabel = "CERT.pem",
                description = "Vertrauenswürdiges Zertifikat (PEM oder DER), z. B. die CA der Stadt; mehrfach möglich.")
        List<Path> anchors = new ArrayList<>();
        @Option(names = "--trusted-lists", paramLabel = "DIR",
                description = "Dateicache der EU-Vertrauenslisten (von der Anwendung der Stadt gefüllt); nur gelesen.")
        Path trustedLists;
        @Option(names = "--lotl-signer", paramLabel = "CERT.pem",
                description = "Zertifikat, das die EU-Liste der Vertrauenslisten signieren darf (Amtsblatt der EU); "
                        + "ohne es prüft DSS die Listen nicht.")
        List<Path> lotlSigners = new ArrayList<>();

        @Override
        public Integer call() {
            DeclarationReading r = NetzwerkCli.readDeclarationPdf(input);
            SignatureStatus status = r.declaration().signature();
            List<SignatureVerdict> verdicts = r.signatures().isEmpty() ? List.of() : judge();
            List<VerifiedSignature> signatures = r.signatures().stream()
                    .map(s -> VerifiedSignature.of(s, verdicts)).toList();
            NetzwerkCli.stdout(JsonCodec.verificationToJson(status, signatures, r.findings()));
            // a signature broken by later changes, or one DSS calls failed (revoked, altered), is an error
            // even where no finding says so; INDETERMINATE (no trust configured) is not
            return status == SignatureStatus.SIGNED_INVALID || r.hasErrors()
                    || signatures.stream().anyMatch(VerifiedSignature::failed) ? NetzwerkCli.FINDINGS : OK;
        }

        private List<SignatureVerdict> judge() {
            SignatureValidator.Builder builder = SignatureValidator.builder().trustAnchors(certificates(anchors));
            if (trustedLists != null) {
                if (!Files.isDirectory(trustedLists)) {
                    throw new NetzwerkCli.FailedInput(trustedLists, new NoSuchFileException(trustedLists.toString()));
                }
                builder.trustedLists(TrustedLists.euLotl(trustedLists, certificates(lotlSigners)));
            }
            try {
                return builder.build().validate(Input.of(input).read(NetzwerkCli.netzwerk().settings().limits())).signatures();
            } catch (NetzwerkException e) {
                throw new NetzwerkCli.FailedInput(input, e);
            }
        }

        private static List<X509Certificate> certificates(List<Path> files) {
            List<X509Certificate> out = new ArrayList<>();
            for (Path file : files) {
                byte[] bytes = NetzwerkCli.read(file, p -> Input.of(p).read(NetzwerkCli.netzwerk().settings().limits()));
                try {
                    CertificateFactory factory = CertificateFactory.getInstance("X.509");
                    for (var c : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
                        out.add((X509Certificate) c);
                    }
                } catch (CertificateException e) {
                    throw new NetzwerkCli.FailedInput(file, new NetzwerkException("kein X.509-Zertifikat (PEM oder DER) "
                            + "/ no X.509 certificate (PEM or DER): " + e.getMessage(), e));
                }
                if (out.isEmpty()) {
                    throw new NetzwerkCli.FailedInput(file, new NetzwerkException("kein X.509-Zertifikat (PEM oder DER) "
                            + "/ no X.509 certificate (PEM or DER)"));
                }
            }
            return out;
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
