package dev.conv.cli;

import dev.conv.config.ConfigException;
import picocli.CommandLine;

/**
 * A value nobody can use: from the command line, a usage error naming the option; from a
 * {@code .conv.yml}, one line naming the file, line and key. Both exit 2, before any file is
 * touched.
 */
final class ConfigErrors {
    private ConfigErrors() {
    }

    static int report(Console console, CommandLine cmd, ConfigException e) {
        if (e.origin().isCommandLine()) {
            String option = e.origin().option();
            // The library's own words already name the value ("invalid tracker host 'x'").
            boolean named = e.reason().contains(option) || e.reason().startsWith("invalid ")
                    || e.reason().startsWith("unknown ");
            return UsageErrorHandler.report(cmd, named ? e.reason() : option + ": " + e.reason());
        }
        console.error(e.getMessage());
        return ExitCode.USAGE;
    }
}
