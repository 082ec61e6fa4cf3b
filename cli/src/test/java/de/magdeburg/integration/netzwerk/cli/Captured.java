package de.magdeburg.integration.netzwerk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line with its exit code, stdout and stderr. */
record Captured(int exit, String out, String err) {
    static Captured run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = NetzwerkCli.run(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
