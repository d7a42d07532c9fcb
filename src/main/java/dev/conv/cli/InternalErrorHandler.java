package dev.conv.cli;

import picocli.CommandLine;

/** An exception nobody expected: a one-line report, the stack trace only with --debug. */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Console console;

    InternalErrorHandler(Console console) {
        this.console = console;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof UsageException usage) {
            return UsageErrorHandler.report(cmd, usage.getMessage());
        }
        if (ex instanceof SetupException setup) {
            console.error(setup.getMessage());
            return ExitCode.USAGE;
        }
        console.error("internal error: " + ex + (Debug.enabled(parseResult) ? "" : " (run with --debug for details)"));
        if (Debug.enabled(parseResult)) {
            ex.printStackTrace(console.err());
        }
        return ExitCode.INTERNAL;
    }
}
