package de.magdeburg.integration.netzwerk.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help that shows a parameter as the command's own synopsis does. A parameter that is required
 * unless a sub-command follows ({@code attendance MEETING.json} but {@code attendance read FILE.pdf})
 * must be optional to picocli, which would print it as {@code [MEETING.json]}; where a custom
 * synopsis names it without brackets, the parameter list does too.
 */
final class SynopsisLabels implements CommandLine.IHelpFactory {
    @Override
    public Help create(CommandSpec spec, Help.ColorScheme colorScheme) {
        return new Help(spec, colorScheme) {
            @Override
            public Help.IParamLabelRenderer parameterLabelRenderer() {
                Help.IParamLabelRenderer picocli = super.parameterLabelRenderer();
                String synopsis = " " + String.join(" ", spec.usageMessage().customSynopsis()) + " ";
                return new Help.IParamLabelRenderer() {
                    @Override
                    public Help.Ansi.Text renderParameterLabel(ArgSpec arg, Help.Ansi ansi, List<Help.Ansi.IStyle> styles) {
                        if (arg.isPositional() && synopsis.contains(" " + arg.paramLabel() + " ")) {
                            return ansi.new Text(arg.paramLabel(), colorScheme);
                        }
                        return picocli.renderParameterLabel(arg, ansi, styles);
                    }

                    @Override
                    public String separator() {
                        return picocli.separator();
                    }
                };
            }
        };
    }
}
