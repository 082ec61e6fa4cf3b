package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.OK;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.netzwerk;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.read;
import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.write;

import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzwerk attendance}: attendance sheets (§1(4)) and reading them back. */
// MEETING.json, --register and -o are required unless "read" follows; picocli cannot say that, so
// the synopsis says it and the parameter list follows the synopsis (SynopsisLabels)
@Command(name = "attendance", mixinStandardHelpOptions = true,
        description = "Anwesenheitsliste für eine Sitzung als PDF.",
        customSynopsis = {"netzwerk attendance MEETING.json --register=REGISTER.json -o=FILE.pdf",
                "                netzwerk attendance read FILE.pdf"},
        subcommands = AttendanceCommand.Read.class)
final class AttendanceCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "MEETING.json",
            description = "Die Sitzung als JSON (Beispiel: meeting.json; Pflicht).") Path input;
    @Option(names = "--register", paramLabel = "REGISTER.json",
            description = "Die Übersicht der Netzwerkpartner*innen: wer auf der Liste steht (Pflicht).") Path registerFile;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", description = "Die zu schreibende PDF-Datei (Pflicht).") Path output;

    @Override
    public Integer call() {
        if (input == null || registerFile == null || output == null) {
            System.err.println("netzwerk: attendance braucht / needs MEETING.json --register REGISTER.json -o FILE.pdf");
            System.err.println("Hilfe / help: netzwerk attendance --help");
            return NetzwerkCli.UNUSABLE;
        }
        Meeting meeting = read(input, JsonCodec.MEETING::read);
        Register register = read(registerFile, JsonCodec.REGISTER::read);
        var sheet = netzwerk().generate(new Document.AttendanceSheet(meeting, register));
        write(output, sheet);
        NetzwerkCli.guestsLeftOff(sheet.findings());
        NetzwerkCli.report(sheet.findings().stream().filter(f -> !f.isError()).toList());
        return OK;
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Liest eine angekreuzte Anwesenheitsliste: Anwesenheiten als JSON auf stdout.")
    static final class Read implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "Die angekreuzte Anwesenheitsliste (PDF).") Path input;

        @Override
        public Integer call() {
            // the library reads the file within its limits; read() names the file in any error
            NetzwerkCli.stdout(JsonCodec.ATTENDANCE.toJson(read(input, p -> netzwerk().readAttendance(Input.of(p)))));
            return OK;
        }
    }
}
