package de.magdeburg.integration.netzwerk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own usage errors in the command line's one pattern, German / English: a wrong command
 * line is read by the same coordinator who reads the findings. picocli has no message bundle for
 * its errors, so each kind of {@link ParameterException} is translated here from its typed parts
 * (the option, the value); only for argument groups, which picocli names in its message alone, the
 * group's synopsis is taken from the message. The second line names the help command.
 */
final class ParserErrors implements CommandLine.IParameterExceptionHandler {
    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+) are mutually exclusive.*");
    // an exclusive group of which one is required, e.g. "(--elect=NAME | --end=NAME)"
    private static final Pattern GROUP = Pattern.compile("Error: Missing required argument.*?: (\\(.+\\|.+\\))");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("netzwerk: " + message(e));
        err.println("Hilfe / help: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return NetzwerkCli.UNUSABLE;
    }

    /** @return the one line that says what is wrong with the command line, German / English */
    static String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            // picocli lists what follows an unknown option as unmatched too: the option is the news
            String what = u.isUnknownOption() ? u.getUnmatched().get(0) : String.join(" ", u.getUnmatched());
            return u.isUnknownOption()
                    ? "unbekannte Option „" + what + "“ / unknown option '" + what + "'"
                    : "überzähliges Argument „" + what + "“ / unexpected argument '" + what + "'";
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            String name = name(o.getOverwritten());
            return "„" + name + "“ ist mehrfach angegeben / '" + name + "' is given more than once";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            Matcher m = EXCLUSIVE.matcher(e.getMessage());
            String which = m.matches() ? m.group(1) : "";
            return "nur eine davon angeben: " + which + " / give only one of: " + which;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return missing(m);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = name(e.getArgSpec());
            String reason = bilingualCause(e);
            return reason != null ? name + ": " + reason
                    : "ungültiger Wert „" + e.getValue() + "“ für " + name + " / invalid value '" + e.getValue() + "' for " + name;
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "zu viele Werte / too many values";
        }
        return "Aufruf nicht verstanden / command line not understood";
    }

    private static String missing(CommandLine.MissingParameterException e) {
        Matcher group = GROUP.matcher(e.getMessage());
        if (group.matches()) {
            String which = group.group(1);
            return "eine davon ist Pflicht: " + which + " / one of these is required: " + which;
        }
        List<ArgSpec> missing = e.getMissing();
        // an option given without its value: picocli names only that option
        if (missing.size() == 1 && missing.get(0) instanceof OptionSpec o && e.getMessage().startsWith("Missing required parameter for option")) {
            String name = o.longestName();
            return "„" + name + "“ braucht einen Wert (" + o.paramLabel() + ") / '" + name + "' needs a value (" + o.paramLabel() + ")";
        }
        String which = missing.stream().map(ParserErrors::synopsis).collect(Collectors.joining(", "));
        return "Pflichtangabe fehlt: " + which + " / missing required argument: " + which;
    }

    private static String synopsis(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.arity().max() == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) spec).paramLabel();
    }

    /** Our own converters already speak both languages ({@link NetzwerkCli#date}); picocli's do not. */
    private static String bilingualCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof CommandLine.TypeConversionException && t.getMessage() != null && t.getMessage().contains(" / ")) {
                return t.getMessage();
            }
        }
        return null;
    }
}
