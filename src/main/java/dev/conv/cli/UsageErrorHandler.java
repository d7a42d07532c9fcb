package dev.conv.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * A usage error: one line saying what is wrong (with the name the user probably meant), then
 * where to read more, exit 2. The whole help would bury the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        return report(cmd, message(ex));
    }

    /** Prints {@code conv: MESSAGE} and the hint to {@code cmd}'s error stream; returns exit code 2. */
    static int report(CommandLine cmd, String message) {
        PrintWriter err = cmd.getErr();
        err.println("conv: " + message);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String message(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            // picocli starts some messages (mutually exclusive options) with "Error: "; "conv: " says it already.
            return ex.getMessage().replaceFirst("^Error: ", "");
        }
        CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String typed = unmatched.getUnmatched().get(0);
        if (unmatched.isUnknownOption()) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            return ex.getMessage() + Suggestion.closest(name, spec.optionsMap().keySet())
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
        }
        if (!spec.subcommands().isEmpty()) {
            List<String> commands = List.copyOf(spec.subcommands().keySet());
            return "unknown command '" + typed + "' " + Suggestion.closest(typed, commands)
                    .map(s -> "(did you mean '" + s + "'?)")
                    .orElse("(commands: " + String.join(", ", commands) + ")");
        }
        return ex.getMessage();
    }
}
