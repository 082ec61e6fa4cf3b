package de.magdeburg.integration.netzwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar lists every benchmark; none is run here (no test asserts a time). */
class BenchmarkJarIT {
    @Test
    void jarListsTheBenchmarksWithTheirBaselines() throws IOException, InterruptedException {
        Path jar = Path.of("target", "benchmarks.jar");
        assertThat(jar).exists();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "-l").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("FormBenchmarks.prefilled", "FormBenchmarks.prefilledNaivePdfBox",
                "FormBenchmarks.readValidate", "FormBenchmarks.readRawPdfBox", "FormBenchmarks.readIText",
                "DocumentBenchmarks.minutes3Pages", "DocumentBenchmarks.minutes3PagesPlainHtml",
                "DocumentBenchmarks.attendance200", "DocumentBenchmarks.networkWorkPlan");
    }
}
