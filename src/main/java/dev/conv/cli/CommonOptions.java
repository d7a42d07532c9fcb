package dev.conv.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes: how much to say. */
final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress bar, no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "List each file and what changed in it.")
    boolean verbose;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;
}
