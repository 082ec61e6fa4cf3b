package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.OK;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.netzwerk;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.read;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.write;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzwerk register …}: the register of partners (§1(3)) and what derives from it. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "Übersicht der Netzwerkpartner*innen.",
        subcommands = {RegisterCommand.Apply.class, RegisterCommand.Inactive.class, RegisterCommand.Overview.class,
                RegisterCommand.Portal.class, RegisterCommand.MailingList.class, NetworkCommands.Speaker.class,
                NetworkCommands.Guest.class, NetworkCommands.FoundGroup.class})
final class RegisterCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("netzwerk: register braucht einen Unterbefehl / needs a sub-command: apply, inactive, overview, portal, mailing-list, speaker, guest, found-group");
        return NetzwerkCli.UNUSABLE;
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Wendet Erklärungen (PDF) auf die Übersicht an und schreibt die neue Übersicht (atomar).")
    static final class Apply implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DECLARATION.pdf",
                description = "Eine oder mehrere ausgefüllte Erklärungen, in dieser Reihenfolge angewendet.") List<Path> declarations;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEW.json",
                description = "Die neue Übersicht (Pflicht; darf REGISTER.json selbst sein).") Path output;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Stichtag (Standard: heute).") LocalDate on;

        @Override
        public Integer call() {
            Register register = read(registerFile, JsonCodec.REGISTER::read);
            LocalDate day = on != null ? on : netzwerk().settings().today();
            // read every file first: one unreadable file changes nothing
            var readings = new ArrayList<DeclarationReading>();
            for (Path p : declarations) {
                readings.add(NetzwerkCli.readDeclarationPdf(p));
            }
            boolean errors = false;
            for (int i = 0; i < readings.size(); i++) {
                Path file = declarations.get(i);
                DeclarationReading reading = readings.get(i);
                RegisterUpdate u = netzwerk().apply(register, reading.declaration(), day);
                // the form's findings and the update's, each once, every line naming its file
                var findings = new ArrayList<Finding>();
                reading.findings().stream().filter(f -> !u.findings().contains(f)).forEach(findings::add);
                findings.addAll(u.findings());
                errors |= NetzwerkCli.report(file + ": ", findings) != OK;
                System.err.println(summary(file, reading, u, findings));
                register = u.register();
            }
            Register result = register;
            write(output, out -> JsonCodec.REGISTER.write(result, out));
            return errors ? NetzwerkCli.FINDINGS : OK;
        }

        /** One line per file: what was asked for, whether it was applied, and how many findings. */
        private static String summary(Path file, DeclarationReading reading, RegisterUpdate update, List<Finding> findings) {
            long errors = findings.stream().filter(Finding::isError).count();
            long others = findings.size() - errors;
            return file + ": " + (update.rejected() ? "nicht übernommen / not applied" : "übernommen / applied") + " — "
                    + REQUEST.get(reading.declaration().request()) + " „" + reading.declaration().organisation().name() + "“, "
                    + errors + " Fehler, " + others + " Hinweise / " + errors + " errors, " + others + " other findings";
        }
    }

    private static final Map<RequestType, String> REQUEST = Map.of(
            RequestType.ENTRY, "Aufnahme", RequestType.DELETION, "Löschung", RequestType.CHANGE, "Änderung");

    @Command(name = "inactive", mixinStandardHelpOptions = true,
            description = "GO-1.4: Netzwerkpartner*innen ohne Teilnahme an einer AG im letzten Jahr (JSON auf stdout).")
    static final class Inactive implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;
        @Option(names = "--attendance", required = true, paramLabel = "ATTENDANCE.json",
                description = "Die Anwesenheiten als JSON (Beispiel: attendance.json; Pflicht).") Path attendanceFile;
        @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
                description = "Stichtag: gezählt wird das Jahr davor (Pflicht).") LocalDate asOf;

        @Override
        public Integer call() {
            Register register = read(registerFile, JsonCodec.REGISTER::read);
            List<AttendanceRecord> attendance = read(attendanceFile, JsonCodec.ATTENDANCE::read);
            List<Partner> inactive = register.inactiveCandidates(netzwerk().settings().profile(), attendance, asOf);
            NetzwerkCli.stdout(JsonCodec.PARTNERS.toJson(inactive));
            return OK;
        }
    }

    @Command(name = "overview", mixinStandardHelpOptions = true, description = "Übersicht nach Arbeitsgruppen als PDF.")
    static final class Overview implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;
        @Mixin PdfOutput output = new PdfOutput();

        @Override
        public Integer call() {
            Register register = read(registerFile, JsonCodec.REGISTER::read);
            var printed = netzwerk().generate(new Document.PartnerOverview(register));
            write(output.file, printed);
            NetzwerkCli.report(printed.findings());
            return OK;
        }
    }

    @Command(name = "portal", mixinStandardHelpOptions = true,
            description = "Öffentliche Liste für das Integrationsportal (JSON, ohne personenbezogene Daten).")
    static final class Portal implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;

        @Override
        public Integer call() {
            Register register = read(registerFile, JsonCodec.REGISTER::read);
            NetzwerkCli.stdout(JsonCodec.PORTAL_LISTING.toJson(register.portalListing()));
            return OK;
        }
    }

    @Command(name = "mailing-list", mixinStandardHelpOptions = true, description = "Verteiler als CSV (RFC 4180, UTF-8).")
    static final class MailingList implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;
        @Option(names = "--group", paramLabel = "ID", description = "Nur diese Arbeitsgruppe, z. B. language (Standard: alle).") String group;

        @Override
        public Integer call() {
            Register register = read(registerFile, JsonCodec.REGISTER::read);
            String csv = netzwerk().generate(new Document.MailingList(register, java.util.Optional.ofNullable(group))).text();
            System.out.write(csv.getBytes(StandardCharsets.UTF_8), 0, csv.getBytes(StandardCharsets.UTF_8).length);
            System.out.flush();
            return OK;
        }
    }

}
