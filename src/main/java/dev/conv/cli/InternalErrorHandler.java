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
        if (ex instanceof dev.conv.run.Stdout.Failure failure) {
            // Main says why, once, whatever wrote to stdout; a reader that has gone wanted no more.
            return Console.brokenPipe(failure.getCause()) ? ExitCode.OK : ExitCode.FAILED;
        }
        if (ex instanceof dev.conv.config.ConfigException config) {
            return ConfigErrors.report(console, cmd, config);
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
