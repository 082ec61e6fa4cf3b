package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/netzwerk} of the distribution, run from the layout the archives unpack to
 * ({@code bin/}, {@code lib/netzwerk-cli.jar}) with a PATH that holds no java: the java of
 * {@code JAVA_HOME}, the class-data archive recorded once into the user's cache and used from then
 * on, and the answers when there is no java or no writable cache.
 */
class DistributionLauncherIT {
    @TempDir
    static Path tmp;

    static Path home;
    static Path tools;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws IOException {
        home = tmp.resolve("netzwerk-0.1.0");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Path launcher = Files.copy(Path.of("src/dist/bin/netzwerk"), home.resolve("bin/netzwerk"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of("target/netzwerk-cli.jar"), home.resolve("lib/netzwerk-cli.jar"));
        // what the launcher calls besides java, and nothing else: no java on this PATH
        tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("mkdir", "mv", "rm")) {
            Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new AssertionError(tool + " not found"));
            Path wrapper = Files.writeString(tools.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("/bin/sh", home.resolve("bin/netzwerk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("HOME", tmp.resolve("home").toString());
        pb.environment().putAll(env);
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    static String javaHome() {
        return System.getProperty("java.home");
    }

    @Test
    void firstRunRecordsTheClassDataArchiveInTheUsersCacheAndLaterRunsUseIt() throws Exception {
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("JAVA_HOME", javaHome(), "XDG_CACHE_HOME", cache.toString());

        Result first = run(env, "--version");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("netzwerk ");
        assertThat(first.err()).contains("recording a class-data archive once");
        Path archive = cache.resolve("netzwerk" + home.toRealPath()).resolve("netzwerk-cli.jsa");
        assertThat(archive).as("one archive per install, in a folder named like it").isNotEmptyFile();
        assertThat(archive.resolveSibling("netzwerk-cli.jsa.java")).hasContent(javaHome() + "/bin/java");
        assertThat(Files.isWritable(home.resolve("lib"))).isTrue();
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            assertThat(files).as("nothing written into the install directory").hasSize(1);
        }

        // -Xshare:on makes the JVM fail instead of silently running without an archive it cannot use
        Map<String, String> strict = Map.of("JAVA_HOME", javaHome(), "XDG_CACHE_HOME", cache.toString(),
                "NETZWERK_JAVA_OPTS", "-Xshare:on");
        Result second = run(strict, "form", "blank", "-o", tmp.resolve("leer.pdf").toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("recording").doesNotContain("shared archive");
        assertThat(tmp.resolve("leer.pdf")).isNotEmptyFile();
    }

    @Test
    void withoutAWritableCacheTheCommandRunsAllTheSame() throws Exception {
        Result r = run(Map.of("JAVA_HOME", javaHome(), "XDG_CACHE_HOME", "/proc/no-cache-here"), "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("netzwerk ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutJavaItSaysSoInOneLineAndExitsTwo() throws Exception {
        Result r = run(Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()), "--version");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("netzwerk: kein Java gefunden; Java 17 oder neuer installieren oder"
                + " JAVA_HOME setzen / no Java found: install Java 17 or newer or set JAVA_HOME");
    }
}
