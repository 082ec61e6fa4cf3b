package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code netzwerk} command line. Its commands, output and exit codes are public contract:
 * 0 success (WARNING/INFO findings allowed), 1 input read but with ERROR findings (output still
 * written, findings printed), 2 unreadable input or wrong usage (one line on stderr).
 */
@Command(name = "netzwerk", mixinStandardHelpOptions = true, versionProvider = NetzwerkCli.Version.class,
        resourceBundle = "de.magdeburg.integration.netzwerk.cli.Hilfe",
        description = "Regeln, Erklärungen und Dokumente des Netzwerks für Integrations- und Ausländerarbeit.",
        subcommands = {FormCommand.class, AttendanceCommand.class, DocumentCommands.Minutes.class,
                DocumentCommands.WorkPlan.class, DocumentCommands.Invitation.class, DocumentCommands.Calendar.class,
                RegisterCommand.class,
                DemoCommand.class})
public final class NetzwerkCli implements Callable<Integer> {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: input read, but with ERROR findings. */
    public static final int FINDINGS = 1;
    /** Exit code: unreadable input or wrong usage. */
    public static final int UNUSABLE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Bei Fehlern auch den Stack-Trace ausgeben.")
    boolean verbose;

    private static Netzwerk netzwerk;

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return UNUSABLE;
    }

    /**
     * Runs as {@link Main#main}, the jar's entry point.
     *
     * @param args command line
     */
    public static void main(String[] args) {
        Main.main(args);
    }

    /**
     * Runs a command without exiting the JVM (tests, embedding).
     *
     * @param args command line
     * @return the exit code
     */
    public static int run(String... args) {
        configureLogging(java.util.Arrays.asList(args).contains("--verbose"));
        Integer quick = runWithoutPicocli(args);
        if (quick != null) {
            return quick;
        }
        NetzwerkCli root = new NetzwerkCli();
        CommandLine cl = new CommandLine(root);
        cl.registerConverter(LocalDate.class, NetzwerkCli::date);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("netzwerk: " + describe(e));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return UNUSABLE;
        });
        cl.setParameterExceptionHandler(new ParserErrors());
        cl.setHelpFactory(new SynopsisLabels());
        return cl.execute(args);
    }

    /**
     * Third-party logging (PDFBox through commons-logging and SLF4J, openhtmltopdf) stays off the
     * terminal: for a hostile file PDFBox logs pages of stack traces, and the contract is one line on
     * stderr. {@code --verbose} shows warnings and errors. Runs before the first logger is created
     * (SLF4J's simple logger reads its configuration once); a level set with {@code -D} wins.
     * Without {@code --verbose} commons-logging is told to log nowhere instead of discovering SLF4J
     * and switching each logger off: the discovery costs a cold {@code form read} about 5 ms.
     *
     * @param verbose whether {@code --verbose} was given
     */
    static void configureLogging(boolean verbose) {
        String level = verbose ? "warn" : "off";
        for (String key : new String[] {"org.slf4j.simpleLogger.defaultLogLevel",
                "org.slf4j.simpleLogger.log.org.apache.pdfbox", "org.slf4j.simpleLogger.log.org.apache.fontbox"}) {
            setIfAbsent(key, level);
        }
        if (!verbose && System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
            setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * The everyday commands in their plain shape ({@code form read F}, {@code form fill F -o F},
     * {@code form blank -o F}, {@code minutes F -o F}) run the same command objects without
     * picocli: building picocli's reflective model costs a cold process about 200 ms, more than the
     * work itself, and its Java 5 class files cannot go into the launcher's class-data archive.
     * Every other shape, option or help request goes through picocli as before.
     *
     * @return the exit code, or null if picocli must parse the command line
     */
    static Integer runWithoutPicocli(String... args) {
        Callable<Integer> command;
        try {
            command = plainCommand(args);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (command == null) {
            return null;
        }
        try {
            return command.call();
        } catch (Exception e) {
            System.err.println("netzwerk: " + describe(e));
            System.err.flush();
            return UNUSABLE;
        }
    }

    private static Callable<Integer> plainCommand(String... a) {
        for (String arg : a) {
            if (arg.isEmpty() || arg.startsWith("-") && !arg.equals("-o")) {
                return null;
            }
        }
        if (a.length == 3 && a[0].equals("form") && a[1].equals("read") && !a[2].equals("-o")) {
            var c = new FormCommand.Read();
            c.input = Path.of(a[2]);
            return c;
        }
        if (a.length == 5 && a[0].equals("form") && a[1].equals("fill") && a[3].equals("-o")
                && !a[2].equals("-o") && !a[4].equals("-o")) {
            var c = new FormCommand.Fill();
            c.input = Path.of(a[2]);
            c.output.file = Path.of(a[4]);
            return c;
        }
        if (a.length == 4 && a[0].equals("form") && a[1].equals("blank") && a[2].equals("-o") && !a[3].equals("-o")) {
            var c = new FormCommand.Blank();
            c.output.file = Path.of(a[3]);
            return c;
        }
        if (a.length == 4 && a[0].equals("minutes") && a[2].equals("-o") && !a[1].equals("-o")
                && !a[3].equals("-o")) {
            var c = new DocumentCommands.Minutes();
            c.input = Path.of(a[1]);
            c.output.file = Path.of(a[3]);
            return c;
        }
        return null;
    }

    /** Dates on the command line: ISO as in the JSON files, or German as on the form. */
    static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("„" + text + "“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)"
                    + " / '" + text + "' is not a date (yyyy-MM-dd or DD.MM.YYYY)");
        }
    }

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final String NOT_FOUND = "Datei nicht gefunden / file not found";

    /**
     * The one line a user reads: the library's own message (German / English), or a translation of
     * the operating system's answer. Java class names never appear; {@code --verbose} adds the
     * stack trace.
     */
    static String describe(Exception e) {
        if (e instanceof FailedInput f) {
            return f.getMessage();
        }
        if (e instanceof NetzwerkException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": " + NOT_FOUND;
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": Zugriff verweigert / access denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": Datei nicht lesbar oder nicht schreibbar / cannot read or write the file"
                    + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
        }
        if (e instanceof IOException) {
            return "Ein- oder Ausgabe fehlgeschlagen / input or output failed";
        }
        return "Unerwarteter Fehler, Einzelheiten mit --verbose / unexpected error, --verbose shows details";
    }

    /** An input that could not be used, with the file named. */
    static final class FailedInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedInput(Path file, Exception cause) {
            super(named(file, cause instanceof NoSuchFileException ? NOT_FOUND : describe(cause)), cause);
        }

        // the file first, once: the library's messages about a file name it after the JSON path
        private static String named(Path file, String message) {
            return file + ": " + message.replace(file + ": ", "");
        }
    }

    static synchronized Netzwerk netzwerk() {
        if (netzwerk == null) {
            netzwerk = Netzwerk.create();
        }
        return netzwerk;
    }

    /** Reads an input file, naming it in any error. */
    static <T> T read(Path file, java.util.function.Function<Path, T> reader) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return reader.apply(file);
        } catch (NetzwerkException | IOException | UncheckedIOException e) {
            throw new FailedInput(file, e);
        }
    }

    /** Writes a file atomically from what the writer puts out, made completely in memory first. */
    static void write(Path file, java.util.function.Consumer<java.io.OutputStream> writer) {
        var buffer = new java.io.ByteArrayOutputStream();
        writer.accept(buffer);
        writeAtomically(file, buffer.toByteArray());
    }

    /**
     * Writes a generated document atomically ({@link Output#writeTo(Path)}): a crash or error never
     * leaves a half-written file. The folder must exist: a mistyped path is an error, not a new tree
     * of folders somewhere.
     */
    static void write(Path file, Output document) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NetzwerkException(file + ": Ordner " + folder + " nicht gefunden / folder " + folder + " not found");
        }
        document.writeTo(file);
    }

    static void writeAtomically(Path file, byte[] content) {
        write(file, Output.of(content, "application/octet-stream", "file", List.of()));
    }

    static void stdout(String text) {
        var out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.print(text);
        if (!text.endsWith("\n")) {
            out.println();
        }
        out.flush();
    }

    /**
     * Says which guests a document leaves off and why (GO-1.5, judged with the register's
     * speakers): a notice, not an error, since the document is still what was asked for.
     */
    static void guestsLeftOff(List<Finding> findings) {
        for (Finding f : findings) {
            System.err.println((f.isError() ? "Hinweis / notice: Gast nicht aufgeführt / guest left off: "
                    : "Hinweis / notice: ") + f.rule() + " " + f.field() + ": " + bilingual(f));
        }
    }

    /** A finding's text in the command line's pattern, German / English (once where both are the same). */
    static String bilingual(Finding f) {
        return f.message().equals(f.messageEn()) ? f.message() : f.message() + " / " + f.messageEn();
    }

    /** Prints findings to stderr and returns the exit code they mean. */
    static int report(List<Finding> findings) {
        return report("", findings);
    }

    /** Prints findings to stderr, each line starting with {@code prefix}, and returns their exit code. */
    static int report(String prefix, List<Finding> findings) {
        for (Finding f : findings) {
            System.err.println(prefix + f.severity() + " " + f.rule() + (f.field().isEmpty() ? "" : " [" + f.field() + "]")
                    + ": " + bilingual(f));
        }
        return findings.stream().anyMatch(Finding::isError) ? FINDINGS : OK;
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NetzwerkCli.class.getPackage().getImplementationVersion();
            return new String[] {"netzwerk " + (v == null ? "(Entwicklungsstand / development build)" : v)};
        }
    }

    // kept package-private helpers used by the sub-command classes

    static DeclarationReading readDeclarationPdf(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new FailedInput(file, new NoSuchFileException(file.toString()));
            }
            return netzwerk().readDeclaration(Input.of(file));
        } catch (FormReadException e) {
            throw new FailedInput(file, e);
        }
    }
}
