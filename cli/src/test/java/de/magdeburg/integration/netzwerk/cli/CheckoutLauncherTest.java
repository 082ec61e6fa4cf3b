package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./netzwerk} (and {@code ./netzwerk serve}) rebuilds its jar only when the
 * content of a POM or of a {@code src/main} file it is built from changed: the jar's own time is the
 * build's reproducible timestamp, and a checkout or branch switch gives unchanged sources new times.
 * Runs the real script in a copy of the checkout's layout with a stand-in {@code mvnw} (writes the
 * jars with the reproducible timestamp, notes each build) and a stand-in {@code java}.
 */
class CheckoutLauncherTest {
    private static final FileTime REPRODUCIBLE = FileTime.from(Instant.parse("2026-11-26T00:00:00Z"));

    @TempDir
    Path root;

    private Path builds;

    @BeforeEach
    void checkout() throws IOException {
        Files.copy(Path.of("..", "netzwerk"), root.resolve("netzwerk"));
        builds = root.resolve("builds.log");
        executable("mvnw", """
                #!/bin/sh
                echo "$*" >>builds.log
                for jar in cli/target/netzwerk-cli.jar samples/web/target/netzwerk-web-sample-0.1.0.jar; do
                  mkdir -p "${jar%/*}" && echo jar >"$jar" && touch -d 2026-11-26T00:00:00Z "$jar"
                done
                """);
        Path bin = Files.createDirectories(root.resolve("bin"));
        // records the class-data archive it is asked for, so later starts have nothing to record
        Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                for a; do case "$a" in -XX:ArchiveClassesAtExit=*) echo archive >"${a#*=}" ;; esac; done
                """);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String file : List.of("pom.xml", "core/pom.xml", "core/src/main/java/Rule.java", "forms/src/main/java/Form.java",
                "templates/src/main/resources/page.html", "facade/src/main/java/Netzwerk.java", "samples/pom.xml",
                "samples/src/main/java/DemoData.java", "cli/src/main/java/Main.java", "cli/src/test/java/MainTest.java",
                "spring-boot-starter/src/main/java/Starter.java", "samples/web/src/main/java/Web.java")) {
            write(file, "// " + file + "\n");
        }
    }

    @Test
    void firstStartBuildsTheCommandLineAndTheNextStartRunsIt() throws Exception {
        assertThat(launch()).contains("netzwerk: building the command line once");
        assertThat(launch()).isEmpty();

        assertThat(Files.readAllLines(builds)).containsExactly("-q -o -DskipTests -pl cli -am package");
    }

    @Test
    void freshCheckoutTimesOnUnchangedSourcesDoNotRebuild() throws Exception {
        launch();
        // a checkout, branch switch or copy: every source newer than the jar, contents as they were
        touchAllSources(Instant.now().plus(1, ChronoUnit.HOURS));

        assertThat(launch()).isEmpty();
        assertThat(launch()).isEmpty();
        assertThat(Files.readAllLines(builds)).hasSize(1);
        assertThat(Files.getLastModifiedTime(root.resolve("cli/target/netzwerk-cli.jar"))).isNotEqualTo(REPRODUCIBLE);
    }

    @Test
    void changedSourceOfALibraryModuleRebuilds() throws Exception {
        launch();
        write("forms/src/main/java/Form.java", "// changed\n");

        assertThat(launch()).contains("netzwerk: building the command line once");
        assertThat(Files.readAllLines(builds)).hasSize(2);
    }

    @Test
    void newSourceFileRebuildsAndTestsDoNot() throws Exception {
        launch();
        write("cli/src/test/java/OtherTest.java", "// a test\n");
        assertThat(launch()).isEmpty();

        write("cli/src/main/java/Command.java", "// new\n");
        assertThat(launch()).contains("netzwerk: building the command line once");
        assertThat(Files.readAllLines(builds)).hasSize(2);
    }

    @Test
    void serveBuildsTheWebApplicationOnceAndOnlyItsOwnSourcesRebuildIt() throws Exception {
        assertThat(launch("serve")).contains("netzwerk: building the sample web application once");
        touchAllSources(Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(launch("serve")).isEmpty();
        launch();
        write("samples/web/src/main/java/Web.java", "// changed\n");
        assertThat(launch()).isEmpty();
        assertThat(launch("serve")).contains("netzwerk: building the sample web application once");

        assertThat(Files.readAllLines(builds)).containsExactly("-q -o -DskipTests -pl samples/web -am package",
                "-q -o -DskipTests -pl cli -am package", "-q -o -DskipTests -pl samples/web -am package");
    }

    /** @return what the launcher wrote to stderr */
    private String launch(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("/bin/sh", root.resolve("netzwerk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("PATH", root.resolve("bin") + ":/usr/bin:/bin");
        Path err = root.resolve("stderr.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        return stderr;
    }

    private void touchAllSources(Instant when) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            // the checkout's files; not the build's output, the launcher's cache or the java it runs
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("bin"))
                    && !f.startsWith(root.resolve(".netzwerk")) && !f.toString().contains("/target/")).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(when));
            }
        }
    }

    private void write(String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private void executable(String file, String content) throws IOException {
        write(file, content);
        Files.setPosixFilePermissions(root.resolve(file), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
