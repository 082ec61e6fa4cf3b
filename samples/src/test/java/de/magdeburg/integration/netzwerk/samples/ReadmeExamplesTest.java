package de.magdeburg.integration.netzwerk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer copies README's Java blocks: each is a complete program, or a fragment marked
 * {@code // Ausschnitt / fragment: TYPE name, …; throws X} that compiles inside such a program.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path EMBEDDING = Path.of("..", "consumers", "src", "it", "embedding", "src", "main", "java", "Embedding.java");
    private static final Path README_POM = Path.of("..", "consumers", "src", "it", "readme-pom");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FRAGMENT = Pattern.compile("// Ausschnitt / fragment(?::\\s*([^;\\n]*))?(?:;\\s*throws ([\\w, ]+))?\\n");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public (?:final )?class (\\w+)");
    // a fragment has the imports of the complete program in README, plus the types the others use
    private static final String IMPORTS = """
            import de.magdeburg.integration.netzwerk.Netzwerk;
            import de.magdeburg.integration.netzwerk.core.*;
            import de.magdeburg.integration.netzwerk.forms.*;
            import de.magdeburg.integration.netzwerk.signatures.*;
            import de.magdeburg.integration.netzwerk.spreadsheet.*;
            import de.magdeburg.integration.netzwerk.templates.*;
            import java.io.*;
            import java.security.cert.X509Certificate;
            import java.nio.file.*;
            import java.time.LocalDate;
            import java.util.List;
            """;

    private static List<String> blocks;

    @TempDir
    Path dir;

    @BeforeAll
    static void readReadme() throws IOException {
        blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
    }

    @Test
    void everyJavaBlockIsAProgramOrAMarkedFragmentAndCompiles() throws IOException {
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            Matcher fragment = FRAGMENT.matcher(block);
            Matcher program = PUBLIC_CLASS.matcher(block);
            if (fragment.lookingAt()) {
                String params = fragment.group(1) == null ? "" : fragment.group(1).trim();
                String throwsClause = fragment.group(2) == null ? "" : " throws " + fragment.group(2);
                sources.add(source("Fragment" + i, IMPORTS + "class Fragment" + i + " {\n    static void run(" + params + ")"
                        + throwsClause + " {\n" + block + "    }\n}\n"));
            } else {
                assertThat(program.find()).as("block %d is neither a complete program nor marked as a fragment:%n%s", i, block).isTrue();
                sources.add(source(program.group(1), block));
            }
        }

        assertThat(compile(sources)).isEmpty();
    }

    @Test
    void embeddingExampleIsTheOneTheConsumerProjectBuilds() throws IOException {
        assertThat(blocks).contains(Files.readString(EMBEDDING, StandardCharsets.UTF_8));
    }

    @Test
    void embeddingExampleRunsOnTheSampleDataAndPrintsTheFindingsOfTheRegisterUpdate() throws Exception {
        String embedding = Files.readString(EMBEDDING, StandardCharsets.UTF_8);
        assertThat(compile(List.of(source("Embedding", embedding)))).isEmpty();
        Path work = Files.createDirectories(dir.resolve("work"));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath() + File.pathSeparator + dir.resolve("classes"), "Embedding",
                Path.of("data").toAbsolutePath().toString())
                .directory(work.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly(
                "Register: ERROR GO-1.2: „Ukrainischer Kulturverein Dnipro-Elbe e. V.“ ist bereits als Netzwerkpartner*in"
                        + " eingetragen; für geänderte Daten ist eine Änderungserklärung nötig.",
                "Erklärung abgelehnt",
                "\uFEFFOrganisation;Nachname;Vorname;Funktion;E-Mail;Telefon;Arbeitsgruppen;Arbeitsgruppenübergreifende Treffen");
        assertThat(lines).hasSize(3 + 14).allMatch(line -> !line.startsWith("Formular:"));
        // README shows these lines as printed (the CSV's BOM and ';' included), then "…" for the rest
        List<String> shown = printed();
        String rest = shown.get(shown.size() - 1);
        assertThat(lines.subList(0, shown.size() - 1)).containsExactlyElementsOf(shown.subList(0, shown.size() - 1));
        assertThat(rest).startsWith("…").endsWith("(" + (lines.size() - 3) + " partners of the AG Sprache)");
        assertThat(Files.readString(work.resolve("register.json"))).isEqualTo(Files.readString(Path.of("data", "register.json")));
        assertThat(Files.readAllBytes(work.resolve("anwesenheit.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void minimalPomIsTheOneTheConsumerProjectBuildsAndItsShellLineTheOneItRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher pom = Pattern.compile("```xml\n(<\\?xml.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(pom.find()).as("README has a complete pom.xml").isTrue();
        String built = Files.readString(README_POM.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom.group(1)).contains("<maven.compiler.release>17</maven.compiler.release>")
                .isEqualTo(built.replace("@project.version@", version()));

        Matcher sh = Pattern.compile("```sh\n(mvn [^\n]*)\n```").matcher(readme);
        assertThat(sh.find()).isTrue();
        String goals = Files.readAllLines(README_POM.resolve("invoker.properties")).stream()
                .filter(l -> l.startsWith("invoker.goals = ")).findFirst().orElseThrow().substring("invoker.goals = ".length());
        assertThat(sh.group(1)).isEqualTo("mvn " + goals);
    }

    /** @return the lines README shows under the embedding example */
    private static List<String> printed() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("It prints:\n\n```\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        return m.group(1).lines().toList();
    }

    private static String version() throws IOException {
        Matcher m = Pattern.compile("<artifactId>netzwerk-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("..", "pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private List<String> compile(List<JavaFileObject> sources) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-proc:none", "-cp", classPath(), "-d", classes.toString()), null, sources).call();
        return ok ? List.of() : List.of(diagnostics.toString());
    }

    private static String classPath() {
        // surefire runs the tests from a manifest-only jar; this property holds the real class path
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static JavaFileObject source(String className, String code) {
        return new SimpleJavaFileObject(java.net.URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
