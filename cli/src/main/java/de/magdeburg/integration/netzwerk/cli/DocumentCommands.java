package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands that turn one JSON file into one printed document: {@code minutes},
 * {@code workplan}, {@code invitation}, and the invitation's calendar file, {@code calendar}. They look alike on purpose, in the declarative shape
 * picocli asks for; what they share is in {@link PdfOutput} and {@link NetzwerkCli}'s
 * {@code read} and {@code write}.
 */
final class DocumentCommands {
    private DocumentCommands() {
    }

    @Command(name = "minutes", mixinStandardHelpOptions = true, description = "Protokoll als PDF (§5(1)).")
    static final class Minutes implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MINUTES.json", description = "Das Protokoll als JSON (Beispiel: minutes.json).") Path input;
        @Option(names = "--register", paramLabel = "REGISTER.json", description = "Die Übersicht der "
                + "Netzwerkpartner*innen: dann nennt das Protokoll, wer erwartet war und weder kam noch sich "
                + "entschuldigte (§ 1 Abs. 4).") Path registerFile;
        @Mixin PdfOutput output = new PdfOutput();

        @Override
        public Integer call() {
            var minutes = NetzwerkCli.read(input, JsonCodec.MINUTES::read);
            var document = registerFile == null ? Document.MinutesDocument.of(minutes)
                    : Document.MinutesDocument.of(minutes, NetzwerkCli.read(registerFile, JsonCodec.REGISTER::read));
            Output printed = NetzwerkCli.netzwerk().generate(document);
            NetzwerkCli.write(output.file, printed);
            NetzwerkCli.report(printed.findings());
            return NetzwerkCli.OK;
        }
    }

    @Command(name = "workplan", mixinStandardHelpOptions = true,
            description = "Jahresarbeitsplan als PDF; Befunde zu GO-5.2a/b, GO-5.3, GO-4.3 auf stderr.")
    static final class WorkPlan implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PLAN.json",
                description = "Der Jahresarbeitsplan als JSON (Beispiel: workplan-language-2027.json).") Path input;
        @Mixin PdfOutput output = new PdfOutput();

        @Override
        public Integer call() {
            var plan = NetzwerkCli.read(input, JsonCodec.WORK_PLAN::read);
            Output printed = NetzwerkCli.netzwerk().generate(new Document.WorkPlanDocument(plan));
            NetzwerkCli.write(output.file, printed);
            return NetzwerkCli.report(printed.findings());
        }
    }

    @Command(name = "invitation", mixinStandardHelpOptions = true,
            description = "Einladung mit Tagesordnung als PDF, optional mit iCalendar-Datei (METHOD:REQUEST); "
                    + "Gäste nach GO-1.5 mit den Sprecher*innen aus der Übersicht.")
    static final class Invitation implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MEETING.json", description = "Die Sitzung als JSON (Beispiel: meeting.json).") Path input;
        @Option(names = "--register", required = true, paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen, an die eingeladen wird (Pflicht).") Path registerFile;
        @Mixin PdfOutput output = new PdfOutput();
        @Option(names = "--ics", paramLabel = "FILE.ics", description = "Schreibt zusätzlich den Termin als "
                + "iCalendar-Datei; SEQUENCE ist die sequence der Sitzung, bei jeder Änderung um eins erhöhen.") Path ics;

        @Override
        public Integer call() {
            Meeting meeting = NetzwerkCli.read(input, JsonCodec.MEETING::read);
            Register register = NetzwerkCli.read(registerFile, JsonCodec.REGISTER::read);
            Output letter = NetzwerkCli.netzwerk().generate(new Document.Invitation(meeting, register, ics != null));
            NetzwerkCli.write(output.file, letter);
            NetzwerkCli.guestsLeftOff(letter.findings());
            NetzwerkCli.report(letter.findings().stream().filter(f -> !f.isError()).toList());
            if (ics != null) {
                NetzwerkCli.write(ics, NetzwerkCli.netzwerk().generate(new Document.InvitationCalendar(meeting)));
            }
            return NetzwerkCli.OK;
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = "Termin als iCalendar-Datei (RFC 5546): die Einladung (METHOD:REQUEST) oder mit --cancel "
                    + "die Absage (METHOD:CANCEL), die den Termin aus den Kalendern entfernt.")
    static final class Calendar implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MEETING.json", description = "Die Sitzung als JSON, so wie sie zuletzt "
                + "verschickt wurde (Beispiel: meeting.json).") Path input;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.ics",
                description = "Die zu schreibende iCalendar-Datei (Pflicht).") Path output;
        @Option(names = "--cancel", description = "Schreibt die Absage: gleiche UID, SEQUENCE eins höher, "
                + "STATUS:CANCELLED.") boolean cancel;

        @Override
        public Integer call() {
            Meeting meeting = NetzwerkCli.read(input, JsonCodec.MEETING::read);
            NetzwerkCli.write(output, NetzwerkCli.netzwerk().generate(cancel ? new Document.CancellationCalendar(meeting)
                    : new Document.InvitationCalendar(meeting)));
            return NetzwerkCli.OK;
        }
    }
}
