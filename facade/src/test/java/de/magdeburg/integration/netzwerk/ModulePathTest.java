package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library as a city application on the module path sees it: the four named modules and their
 * third-party modules (the facade's runtime dependencies, listed by the build in
 * {@code target/module-path.txt}), an application module that requires only the facade, compiled
 * with javax.tools and run in its own JVM. The other tests run on the class path, where the module
 * boundaries do not exist.
 */
class ModulePathTest {
    private static final String FACADE = "de.magdeburg.integration.netzwerk";
    private static final String CORE = FACADE + ".core";
    private static final String FORMS = FACADE + ".forms";
    private static final String TEMPLATES = FACADE + ".templates";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Berlin"));

    /** The one application module: requires the facade and nothing else. */
    private static final String MODULE_INFO = "module app { requires " + FACADE + "; }";

    /**
     * Fills a declaration form, reads it back, registers the partner twice (the second time is
     * refused: a finding from core's bundle) and prints the AG's attendance sheet. Reading installs
     * forms' decode budget, which reflects into PDFBox's FilterFactory: that fails loudly unless
     * PDFBox's packages are open to forms, as an automatic module's are.
     */
    private static final String MAIN = """
            package app;

            import de.magdeburg.integration.netzwerk.Netzwerk;
            import de.magdeburg.integration.netzwerk.core.Declaration;
            import de.magdeburg.integration.netzwerk.core.Finding;
            import de.magdeburg.integration.netzwerk.core.Meeting;
            import de.magdeburg.integration.netzwerk.core.JsonCodec;
            import de.magdeburg.integration.netzwerk.core.Register;
            import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
            import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
            import de.magdeburg.integration.netzwerk.forms.Input;
            import de.magdeburg.integration.netzwerk.templates.Document;
            import java.nio.file.Path;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.ZoneId;
            import java.util.ArrayList;
            import java.util.List;

            public final class Main {
                public static void main(String[] args) {
                    Path dir = Path.of(args[0]);
                    Netzwerk netzwerk = Netzwerk.builder()
                            .clock(Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Berlin")))
                            .build();
                    Declaration declaration = JsonCodec.DECLARATION.read(dir.resolve("declaration.json"));
                    DeclarationReading reading = netzwerk.readDeclaration(Input.of(netzwerk.prefilledDeclaration(declaration).bytes()));
                    RegisterUpdate first = netzwerk.apply(Register.empty(), reading.declaration(), LocalDate.of(2026, 12, 1));
                    RegisterUpdate again = netzwerk.apply(first.register(), reading.declaration(), LocalDate.of(2026, 12, 1));
                    List<Finding> findings = new ArrayList<>(reading.findings());
                    findings.addAll(again.findings());
                    JsonCodec.FINDINGS.write(findings, dir.resolve("findings.json"));
                    Meeting meeting = JsonCodec.MEETING.read(dir.resolve("meeting.json"));
                    netzwerk.generate(new Document.AttendanceSheet(meeting, first.register()))
                            .writeTo(dir.resolve("anwesenheit.pdf"));
                    System.out.println("gelesen: " + reading.declaration().organisation().name());
                }
            }
            """;

    private static List<Path> modulePath;

    @TempDir
    Path dir;

    @BeforeAll
    static void modulePath() throws Exception {
        Path list = Path.of(System.getProperty("netzwerk.modulePath.file", "target/module-path.txt"));
        modulePath = new ArrayList<>(Stream.of(Files.readString(list, StandardCharsets.UTF_8).strip()
                .split(java.io.File.pathSeparator)).map(Path::of).toList());
        modulePath.add(Path.of(System.getProperty("netzwerk.facade.classes", "target/classes")));
    }

    private static String modulePathString(Path... more) {
        return Stream.concat(Stream.of(more), modulePath.stream()).map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    @Test
    void anApplicationModuleRequiringOnlyTheFacadeFillsReadsAndPrintsAsOnTheClassPath() throws Exception {
        // a long compound in a narrow column: the sheet breaks it with fop-hyph's German patterns
        Declaration declaration = new Declaration(RequestType.ENTRY,
                new Organisation("Integrationsbeauftragtenarbeitsgemeinschaftsgeschäftsstelle e. V.", "Breiter Weg 1",
                        "39104", "Magdeburg"),
                true, new Representative("Yılmaz", "Şükrü", "Vorstand", "0391 12345", "info@verein.example"),
                List.of("language"), false, "Magdeburg", LocalDate.of(2026, 11, 30), "Şükrü Yılmaz",
                SignatureStatus.NONE);
        Meeting meeting = new Meeting("language-1", MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache",
                LocalDateTime.of(2026, 12, 3, 16, 0), null, "Rathaus", List.of(), List.of());
        JsonCodec.DECLARATION.write(declaration, dir.resolve("declaration.json"));
        JsonCodec.MEETING.write(meeting, dir.resolve("meeting.json"));
        Path classes = compile(MAIN).classesWithoutErrors();

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePathString(classes), "--module", "app/app.Main", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(app.exitValue()).as(output).isZero();
        assertThat(output).contains("gelesen: Integrationsbeauftragtenarbeitsgemeinschaftsgeschäftsstelle e. V.");
        // the same on the class path, in this JVM: same findings in both languages (the bundles of
        // core and forms), the same document byte for byte (fonts, hyphenation, time zone found)
        Netzwerk netzwerk = Netzwerk.builder().clock(CLOCK).build();
        var reading = netzwerk.readDeclaration(Input.of(netzwerk.prefilledDeclaration(declaration).bytes()));
        var first = netzwerk.apply(Register.empty(), reading.declaration(), LocalDate.of(2026, 12, 1));
        List<Finding> expected = new ArrayList<>(reading.findings());
        expected.addAll(netzwerk.apply(first.register(), reading.declaration(), LocalDate.of(2026, 12, 1)).findings());
        assertThat(expected).extracting(Finding::rule).containsExactly("FORM", "GO-1.2");
        assertThat(JsonCodec.FINDINGS.read(dir.resolve("findings.json"))).isEqualTo(expected);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        netzwerk.generate(new Document.AttendanceSheet(meeting, first.register())).writeTo(sheet).findings();
        assertThat(Files.readAllBytes(dir.resolve("anwesenheit.pdf"))).isEqualTo(sheet.toByteArray());
    }

    @ParameterizedTest
    @CsvSource({
        "de.magdeburg.integration.netzwerk.core.internal.AtomicFiles, de.magdeburg.integration.netzwerk.core",
        "de.magdeburg.integration.netzwerk.forms.internal.FormReader, de.magdeburg.integration.netzwerk.forms",
        "de.magdeburg.integration.netzwerk.templates.internal.AttendanceForm, de.magdeburg.integration.netzwerk.templates",
    })
    void anApplicationModuleCannotCompileAgainstAnInternalPackage(String type, String module) throws Exception {
        String pkg = type.substring(0, type.lastIndexOf('.'));
        String main = "package app;\n\npublic final class Main {\n    Class<?> internal = " + type + ".class;\n}\n";

        Compiled compiled = compile(main);

        assertThat(compiled.classes()).isNull();
        assertThat(compiled.errors()).singleElement().asString()
                .contains("package " + pkg + " is not visible")
                .contains("package " + pkg + " is declared in module " + module + ", which does not export it");
    }

    @Test
    void eachModuleExportsItsPublicPackageAndItsInternalsOnlyToTheOneModuleThatNeedsThem() {
        Map<String, String> exports = new TreeMap<>();
        Map<String, String> opens = new TreeMap<>();
        for (String name : List.of(CORE, FORMS, TEMPLATES, FACADE)) {
            ModuleDescriptor d = ModuleFinder.of(modulePath.toArray(Path[]::new)).find(name).orElseThrow().descriptor();
            assertThat(d.isAutomatic()).as(name).isFalse();
            d.exports().forEach(e -> exports.put(e.source(), e.targets().isEmpty() ? "*" : String.join(",", e.targets())));
            d.opens().forEach(o -> opens.put(o.source(), String.join(",", o.targets())));
        }

        assertThat(exports).containsExactlyInAnyOrderEntriesOf(Map.of(
                CORE, "*", FORMS, "*", TEMPLATES, "*", FACADE, "*",
                CORE + ".internal", FACADE, FORMS + ".internal", TEMPLATES));
        assertThat(opens).containsExactlyInAnyOrderEntriesOf(Map.of(CORE, "com.fasterxml.jackson.databind"));
    }

    @Test
    void jdepsFindsNoModuleUsingAnotherModulesInternalsButTheQualifiedExports() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        Set<String> crossModuleInternal = new TreeSet<>();
        for (String name : List.of(CORE, FORMS, TEMPLATES, FACADE)) {
            StringWriter out = new StringWriter();
            int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--multi-release", "17",
                    "--module-path", modulePathString(), "-verbose:package", "--module", name);
            assertThat(rc).as(out.toString()).isZero();
            // lines: "   <from package> -> <to package>   <to module> [(qualified)]"
            out.toString().lines().map(String::strip).filter(l -> l.contains(" -> ")).forEach(l -> {
                String[] p = l.split("\\s+");
                if (p[2].contains(".internal") && !p[3].equals(name)) {
                    crossModuleInternal.add(name + " -> " + p[2]);
                }
            });
        }

        // the facade writes files through core's Output now, so only templates reaches into another's internals
        assertThat(crossModuleInternal).containsExactlyInAnyOrder(TEMPLATES + " -> " + FORMS + ".internal");
    }

    /** Compiles the application module with the given main class. */
    private Compiled compile(String main) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("app"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("app/Main.java"), main);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics,
                    // an empty class path: javac would otherwise take this JVM's, which holds the modules again
                    List.of("--release", "17", "-d", classes.toString(), "--class-path", classes.toString(),
                            "--module-path", modulePathString()), null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), src.resolve("app/Main.java"))).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(java.util.Locale.ENGLISH)).toList();
            return new Compiled(ok ? classes : null, errors);
        }
    }

    /** What javac made: the class directory, or null and the error messages. */
    private record Compiled(Path classes, List<String> errors) {
        Path classesWithoutErrors() {
            assertThat(errors).as("javac").isEmpty();
            return classes;
        }
    }
}
