package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.samples.DemoData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the {@code ./netzwerk} launcher: runs the everyday commands once in one JVM,
 * so that the class-data archive the launcher records from it ({@code -XX:ArchiveClassesAtExit})
 * holds the classes every command needs. Not a command; output goes nowhere.
 *
 * <p>{@code java -cp netzwerk-cli.jar de.magdeburg.integration.netzwerk.cli.Training DIR}
 */
public final class Training {
    private Training() {
    }

    /**
     * @param args the scratch directory (created; files are left there for the caller to delete)
     * @throws IOException if the scratch files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "netzwerk-training"));
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        System.setOut(nowhere);
        System.setErr(nowhere);
        int failures = 0;
        // the launchers' entry point and its head start go into the archive too, headless as in a real run
        Main.class.getName();
        HeadStart.begin();
        try {
            Path declaration = dir.resolve("declaration.json");
            Path minutes = dir.resolve("minutes.json");
            Path plan = dir.resolve("workplan.json");
            Path meeting = dir.resolve("meeting.json");
            JsonCodec.DECLARATION.write(DemoData.changeDeclaration(), declaration);
            JsonCodec.MINUTES.write(DemoData.minutesDraft(), minutes);
            JsonCodec.WORK_PLAN.write(DemoData.networkPlan2027(), plan);
            JsonCodec.MEETING.write(DemoData.languageMeeting(), meeting);
            String d = dir.toString();
            String[][] commands = {
                {"form", "fill", declaration.toString(), "-o", d + "/filled.pdf"},
                {"form", "read", d + "/filled.pdf"},
                {"form", "blank", "-o", d + "/blank.pdf"},
                {"minutes", minutes.toString(), "-o", d + "/minutes.pdf"},
                {"workplan", plan.toString(), "-o", d + "/workplan.pdf"},
                {"demo", "-o", d + "/demo"},
                {"attendance", meeting.toString(), "--register", d + "/demo/register.json", "-o", d + "/attendance.pdf"},
                {"register", "mailing-list", d + "/demo/register.json"},
                {"--help"}};
            for (String[] command : commands) {
                int code = NetzwerkCli.run(command);
                failures += code == NetzwerkCli.UNUSABLE ? 1 : 0;
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        if (failures > 0) {
            err.println("netzwerk training: " + failures + " command(s) failed");
        }
    }
}
