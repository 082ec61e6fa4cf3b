package de.magdeburg.integration.netzwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The structure of the distribution's launchers. {@code bin/netzwerk} runs in
 * {@link DistributionLauncherIT}, {@code bin\netzwerk.cmd} under Wine in {@link WindowsLauncherIT}
 * (there is no Windows here); this test holds the two to each other: the same java lookup, jar,
 * entry point, class-data archive and JVM options, and the batch-file rules whose breaking would
 * only show on Windows.
 */
class DistributionLaunchersTest {
    private static final Path SH = Path.of("src/dist/bin/netzwerk");
    private static final Path CMD = Path.of("src/dist/bin/netzwerk.cmd");

    @Test
    void windowsLauncherHasCrlfLineEndingsOnly() throws IOException {
        byte[] bytes = Files.readAllBytes(CMD);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i > 0 && bytes[i - 1] == '\r').as("CR before the LF at byte " + i).isTrue();
            }
        }
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).endsWith("\r\n");
        assertThat(Files.readString(Path.of("src/assembly/common.xml")))
                .contains("<source>src/dist/bin/netzwerk.cmd</source><outputDirectory>bin</outputDirectory><lineEnding>dos</lineEnding>");
    }

    @Test
    void windowsLauncherIsPlainAsciiSoNoCodePageCanGarbleIt() throws IOException {
        byte[] bytes = Files.readAllBytes(CMD);
        for (byte b : bytes) {
            assertThat(b & 0xff).isLessThan(0x80);
        }
    }

    @Test
    void bothLaunchersRunTheSameJarWithTheSameJvmOptions() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);
        assertThat(sh).contains("$home/lib/netzwerk-cli.jar");
        assertThat(cmd).contains("%NETZWERK_HOME%\\lib\\netzwerk-cli.jar");
        assertThat(jvmOptions(cmd)).isEqualTo(jvmOptions(sh)).contains("-XX:SharedArchiveFile",
                "-XX:ArchiveClassesAtExit", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        String training = "de.magdeburg.integration.netzwerk.cli.Training";
        assertThat(sh).contains(training);
        assertThat(cmd).contains(training);
        assertThat(Training.class.getName()).isEqualTo(training);
        // the user's options come after ours (and so win), the command line's arguments last
        assertThat(lastLine(sh, "exec ")).containsSubsequence("-Xlog:all=warning:stderr", "${NETZWERK_JAVA_OPTS:-}",
                "-cp \"$jar\" " + Main.class.getName() + " \"$@\"");
        assertThat(lastLine(cmd, "\"%JAVA_EXE%\" %CDS%")).containsSubsequence("-Xlog:all=warning:stderr",
                "%NETZWERK_JAVA_OPTS%", "-cp \"%JAR%\" " + Main.class.getName() + " %*");
    }

    @Test
    void bothLaunchersLookForJavaInTheShippedRuntimeThenJavaHomeThenThePath() throws IOException {
        assertThat(Files.readString(SH)).containsSubsequence("\"$home/runtime/bin/java\"", "\"$JAVA_HOME/bin/java\"",
                "command -v java");
        assertThat(Files.readString(CMD)).containsSubsequence("\"%NETZWERK_HOME%\\runtime\\bin\\java.exe\"",
                "\"%JAVA_HOME%\\bin\\java.exe\"", "%%~$PATH:J");
    }

    @Test
    void bothLaunchersSayTheSameWhenThereIsNoJavaAndExitTwo() throws IOException {
        String message = "netzwerk: kein Java gefunden; Java 17 oder neuer installieren oder JAVA_HOME setzen"
                + " / no Java found: install Java 17 or newer or set JAVA_HOME";
        assertThat(Files.readString(SH)).contains(message).contains("exit 2");
        assertThat(Files.readString(CMD)).contains("echo " + message + " 1>&2\r\nexit /b 2");
    }

    @Test
    void bothLaunchersRecordTheArchiveInTheUsersCacheNotInTheInstallDirectory() throws IOException {
        assertThat(Files.readString(SH)).contains("cache=\"${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/netzwerk$home\"");
        assertThat(Files.readString(CMD)).contains("set \"CACHE=%LOCALAPPDATA%\\netzwerk\\%NETZWERK_HOME::=%\"")
                .contains("if not defined LOCALAPPDATA set \"CACHE=%TEMP%\\netzwerk\\%NETZWERK_HOME::=%\"");
    }

    @Test
    void windowsLauncherKeepsToTheBatchFileRules() throws IOException {
        List<String> lines = Files.readAllLines(CMD);
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).contains("setlocal");
        Set<String> labels = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        Set<String> known = setVariables(lines);
        known.addAll(List.of("JAVA_HOME", "LOCALAPPDATA", "TEMP", "NETZWERK_JAVA_OPTS", "ERRORLEVEL", "RANDOM"));
        for (String line : lines) {
            String code = line.strip();
            if (code.startsWith("rem ") || code.equals("rem")) {
                continue;
            }
            // a parenthesised block breaks when a path expanded inside it holds "(x86)"; echo( is no block
            assertThat(code.replace("echo(", "echo ")).as(line).doesNotContain("(\r").doesNotEndWith("(")
                    .doesNotStartWith(")");
            if (code.startsWith(":")) {
                labels.add(code.substring(1));
            }
            Matcher m = Pattern.compile("goto (\\w+)").matcher(code);
            while (m.find()) {
                targets.add(m.group(1));
            }
            // every expanded variable is one this script sets, or one Windows or the user sets
            Matcher v = Pattern.compile("%(\\w+)[%:]").matcher(code);
            while (v.find()) {
                assertThat(v.group(1)).as(line).isIn(known);
            }
        }
        assertThat(labels).containsAll(targets);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("exit /b 2");
    }

    private static Set<String> setVariables(List<String> lines) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("set (?:/p )?\"?(\\w+)=").matcher(String.join("\n", lines));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The JVM options a launcher passes, with the archive options' paths left off. */
    private static Set<String> jvmOptions(String script) {
        Set<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("-X[\\w:+=-]+").matcher(script);
        while (m.find()) {
            String o = m.group();
            options.add(o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                    ? o.substring(0, o.indexOf('=')) : o);
        }
        return options;
    }

    private static String lastLine(String script, String start) {
        String found = null;
        for (String line : script.split("\\R")) {
            if (line.strip().startsWith(start)) {
                found = line;
            }
        }
        assertThat(found).as("a line starting with " + start).isNotNull();
        int i = script.indexOf(found);
        // a shell command continues on the next line after a backslash
        String rest = script.substring(i);
        StringBuilder joined = new StringBuilder();
        for (String line : rest.split("\\R")) {
            joined.append(line);
            if (!line.endsWith("\\")) {
                break;
            }
        }
        return joined.toString();
    }
}
