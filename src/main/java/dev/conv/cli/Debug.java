package dev.conv.cli;

import picocli.CommandLine;

/** Whether {@code --debug} was given anywhere on the command line. */
final class Debug {
    private Debug() {
    }

    static boolean enabled(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
