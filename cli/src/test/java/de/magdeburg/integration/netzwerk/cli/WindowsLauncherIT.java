package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin\netzwerk.cmd}, the coordinator's launcher on Windows, run by Wine's {@code cmd} from an
 * install directory like {@code C:\Program Files (x86)\Netzwerk 0.1.0}. No Windows JDK can be had
 * here, so {@code java.exe} is a stand-in ({@code windows/fake-java.c}, built with mingw-w64) that
 * writes down how it was called. What this proves is the launcher's own logic: which java it takes,
 * the class-data archive recorded once into {@code %LOCALAPPDATA%} and used from then on, the
 * arguments and the exit code passed through unchanged, the answer when there is no java. Wine's
 * {@code cmd} is not Windows' {@code cmd.exe}; the launcher keeps to what both understand.
 */
class WindowsLauncherIT {
    private static final String RECORDING = "recording a class-data archive once";

    @TempDir
    static Path tmp;

    static Path wine;
    static Path javaExe;
    static int runs;

    record Call(String exe, List<String> args) {
    }

    record Run(int exit, String err, List<Call> calls) {
        Call last() {
            assertThat(calls).as("java was called; stderr: %s", err).isNotEmpty();
            return calls.get(calls.size() - 1);
        }
    }

    @BeforeAll
    static void wineAndAStandInJava() throws Exception {
        // where Debian puts wine64, else the PATH, as .ci/run looks for them
        wine = Files.isExecutable(Path.of("/usr/lib/wine/wine64")) ? Path.of("/usr/lib/wine/wine64")
                : onPath("wine64", "wine");
        Path gcc = onPath("x86_64-w64-mingw32-gcc");
        if (wine == null || gcc == null) {
            missing("Wine or mingw-w64 is missing: apt-get install -y --no-install-recommends wine64 "
                    + "gcc-mingw-w64-x86-64");
        }
        javaExe = tmp.resolve("java.exe");
        Process cc = new ProcessBuilder(gcc.toString(), "-O1", "-o", javaExe.toString(),
                Path.of("src/test/resources/windows/fake-java.c").toString()).inheritIO().start();
        assertThat(cc.waitFor(120, TimeUnit.SECONDS) && cc.exitValue() == 0).as("fake java.exe built").isTrue();
        // the first start of Wine creates its prefix (a C: drive with a user profile), seconds
        assertThat(wine(Map.of(), "cmd", "/c", "exit", "0").exit()).isZero();
    }

    static Path onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    @AfterAll
    static void stopWine() throws Exception {
        Path server = Stream.of(Path.of("/usr/lib/wine/wineserver64"), Path.of("/usr/lib/wine/wineserver"))
                .filter(Files::isExecutable).findFirst().orElseGet(() -> onPath("wineserver"));
        if (wine != null && server != null) {
            ProcessBuilder pb = new ProcessBuilder(server.toString(), "-k");
            pb.environment().put("WINEPREFIX", tmp.resolve("wine").toString());
            pb.start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void missing(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** @return an unpacked bin archive: bin\netzwerk.cmd and lib\netzwerk-cli.jar, in a new directory */
    static Path install(String name) throws IOException {
        Path home = tmp.resolve("Program Files (x86)").resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/netzwerk.cmd"), home.resolve("bin/netzwerk.cmd"));
        Files.writeString(home.resolve("lib/netzwerk-cli.jar"), "the jar");
        return home;
    }

    /** @return a directory holding bin\java.exe, to be JAVA_HOME */
    static Path jdk(String name) throws IOException {
        Path home = tmp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.copy(javaExe, home.resolve("bin/java.exe"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return home;
    }

    /** @return the path as a Windows program under Wine sees it (drive Z: is the root directory) */
    static String win(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    static Run netzwerk(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(win(home.resolve("bin/netzwerk.cmd"))));
        command.addAll(List.of(args));
        return wine(env, command.toArray(String[]::new));
    }

    static Run wine(Map<String, String> env, String... command) throws Exception {
        Path log = tmp.resolve("java-calls-" + (++runs) + ".txt");
        List<String> line = new ArrayList<>(List.of(wine.toString()));
        line.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(line).directory(tmp.toFile());
        Map<String, String> e = pb.environment();
        e.clear();
        e.put("PATH", "/usr/bin:/bin");
        e.put("HOME", tmp.resolve("home").toString());
        e.put("WINEPREFIX", tmp.resolve("wine").toString());
        e.put("WINEDEBUG", "-all");
        e.put("FAKE_JAVA_LOG", win(log));
        e.putAll(env);
        Path err = tmp.resolve("err-" + runs + ".txt");
        Process p = pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out-" + runs + ".txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.ISO_8859_1), calls(log));
    }

    static List<Call> calls(Path log) throws IOException {
        List<Call> calls = new ArrayList<>();
        if (!Files.exists(log)) {
            return calls;
        }
        String exe = null;
        List<String> args = new ArrayList<>();
        for (String l : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            if (l.startsWith("EXE ")) {
                exe = l.substring(4);
                args = new ArrayList<>();
            } else if (l.startsWith("ARG ")) {
                args.add(l.substring(4));
            } else if (l.equals("END")) {
                calls.add(new Call(exe, List.copyOf(args)));
            }
        }
        return calls;
    }

    static Map<String, String> javaHome(Path jdk) {
        return Map.of("JAVA_HOME", win(jdk));
    }

    @Test
    void theFirstRunRecordsTheClassDataArchiveInLocalAppDataAndLaterRunsUseIt() throws Exception {
        Path home = install("Netzwerk 0.1.0");
        Path jdk = jdk("jdk");

        Run first = netzwerk(home, javaHome(jdk), "--version");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains(RECORDING);
        assertThat(first.calls()).hasSize(2);
        List<String> training = first.calls().get(0).args();
        String recorded = training.stream().filter(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow();
        assertThat(recorded).contains("\\AppData\\Local\\netzwerk\\").contains("Program Files (x86)\\Netzwerk 0.1.0")
                .endsWith(".jsa");
        assertThat(training).containsSequence("-cp", win(home.resolve("lib/netzwerk-cli.jar")),
                "de.magdeburg.integration.netzwerk.cli.Training");
        List<String> command = first.last().args();
        String archive = command.get(0);
        assertThat(archive).startsWith("-XX:SharedArchiveFile=").endsWith("\\netzwerk-cli.jsa")
                .contains("\\AppData\\Local\\netzwerk\\");
        assertThat(command).endsWith("-cp", win(home.resolve("lib/netzwerk-cli.jar")), Main.class.getName(),
                "--version");

        Run second = netzwerk(home, javaHome(jdk), "--version");
        assertThat(second.exit()).isZero();
        assertThat(second.err()).doesNotContain(RECORDING);
        assertThat(second.calls()).hasSize(1);
        assertThat(second.last().args()).first().isEqualTo(archive);

        // a new jar (an update unpacked over the old one) is recorded again: a JVM refuses the old archive
        Files.writeString(home.resolve("lib/netzwerk-cli.jar"), "the jar, version 0.1.1");
        Run afterUpdate = netzwerk(home, javaHome(jdk), "--version");
        assertThat(afterUpdate.err()).contains(RECORDING);
        assertThat(afterUpdate.calls()).hasSize(2);
    }

    @Test
    void anInstallDirectoryWithAnAmpersandKeepsItsArchive() throws Exception {
        Path home = install("Netzwerk & Partner");
        Path jdk = jdk("jdk-ampersand");

        Run first = netzwerk(home, javaHome(jdk), "--version");
        Run second = netzwerk(home, javaHome(jdk), "--version");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains(RECORDING);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain(RECORDING);
        assertThat(second.last().args()).endsWith(win(home.resolve("lib/netzwerk-cli.jar")), Main.class.getName(),
                "--version");
    }

    @Test
    void argumentsWithSpacesAndParenthesesReachJavaUnchanged() throws Exception {
        Path home = install("Netzwerk args");
        String[] args = {"form", "read", "C:\\Neue Dateien (2026)\\erklaerung 1.pdf", "-o", "Antwort & Rueckfrage.json"};

        Run run = netzwerk(home, javaHome(jdk("jdk-args")), args);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.last().args()).endsWith(args);
    }

    @Test
    void theExitCodeOfTheCommandIsPassedOn() throws Exception {
        Path home = install("Netzwerk exit");
        Map<String, String> env = new HashMap<>(javaHome(jdk("jdk-exit")));
        env.put("FAKE_JAVA_EXIT", "3");

        Run run = netzwerk(home, env, "form", "read", "kaputt.pdf");

        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void theRuntimeShippedNextToTheLauncherWinsOverJavaHome() throws Exception {
        Path home = install("Netzwerk self-contained");
        Files.createDirectories(home.resolve("runtime/bin"));
        Files.copy(javaExe, home.resolve("runtime/bin/java.exe"));

        Run run = netzwerk(home, javaHome(jdk("jdk-other")), "demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.calls()).extracting(Call::exe).containsOnly(win(home.resolve("runtime/bin/java.exe")));
    }

    @Test
    void withoutJavaHomeTheJavaOnThePathIsTaken() throws Exception {
        Path home = install("Netzwerk path");
        Path jdk = jdk("jdk-path");

        Run run = netzwerk(home, Map.of("WINEPATH", win(jdk.resolve("bin"))), "demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.last().exe()).isEqualToIgnoringCase(win(jdk.resolve("bin/java.exe")));
    }

    @Test
    void withoutAnyJavaItSaysSoInGermanAndEnglishAndExitsWith2() throws Exception {
        Path home = install("Netzwerk no java");

        Run run = netzwerk(home, Map.of(), "demo");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("kein Java gefunden").contains("no Java found");
        assertThat(run.calls()).isEmpty();
    }

    @Test
    void netzwerkJavaOptsComeAfterTheLaunchersOptionsSoTheyCanOverrideThem() throws Exception {
        Path home = install("Netzwerk opts");
        Map<String, String> env = new HashMap<>(javaHome(jdk("jdk-opts")));
        env.put("NETZWERK_JAVA_OPTS", "-Xmx64m -XX:TieredStopAtLevel=4");

        Run run = netzwerk(home, env, "demo");

        List<String> args = run.last().args();
        assertThat(args).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-XX:TieredStopAtLevel=4", "-cp", win(home.resolve("lib/netzwerk-cli.jar")), Main.class.getName(), "demo");
    }
}
