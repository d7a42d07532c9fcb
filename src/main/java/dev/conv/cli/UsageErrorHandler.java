package dev.conv.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A usage error: one line saying what is wrong, then the usage of the command, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("conv: " + ex.getMessage());
        err.println();
        cmd.usage(err, CommandLine.Help.Ansi.OFF);
        err.flush();
        return ExitCode.USAGE;
    }
}
