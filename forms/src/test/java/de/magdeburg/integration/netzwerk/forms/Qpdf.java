package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs {@code qpdf --check}; a missing qpdf skips locally and fails under CI=true. */
final class Qpdf {
    private Qpdf() {
    }

    static void assertClean(byte[] pdf) throws Exception {
        boolean present = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            present |= Files.isExecutable(Path.of(dir, "qpdf"));
        }
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("qpdf is not installed, and CI=true requires it");
            }
            Assumptions.abort("qpdf is not installed");
        }
        Path file = Files.createTempFile("netzwerk-form", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("No syntax or stream encoding errors found").doesNotContain("WARNING");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
