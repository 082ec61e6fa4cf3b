package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a script of forms' {@code src/test/python} on a PDF, as a partner's Python tool would change it.
 * A missing interpreter or module skips locally and fails under CI=true (see {@code .ci/run}).
 */
public final class Python {
    private Python() {
    }

    /**
     * @param module the Python module the script needs ({@code pypdf})
     * @param script file name under {@code src/test/python}
     * @param pdf the input
     * @param args the script's further arguments
     * @return the file the script wrote
     */
    public static byte[] run(String module, String script, byte[] pdf, String... args) throws Exception {
        require(module);
        Path in = Files.createTempFile("netzwerk-in", ".pdf");
        Path out = Files.createTempFile("netzwerk-out", ".pdf");
        try {
            Files.write(in, pdf);
            List<String> command = new ArrayList<>(List.of("python3", script(script).toString(),
                    in.toString(), out.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s timed out", script).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /** The script, from the forms module or from a sibling module of the reactor. */
    private static Path script(String name) {
        Path here = Path.of("src/test/python", name);
        return Files.exists(here) ? here : Path.of("..", "forms", "src", "test", "python", name);
    }

    private static void require(String module) throws Exception {
        int exit;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import " + module).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            exit = p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            exit = -1;
        }
        if (exit != 0) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("python3 with " + module + " is not installed, and CI=true requires it");
            }
            Assumptions.abort("python3 with " + module + " is not installed");
        }
    }
}
