package dev.conv.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What to do with the result of an in-place step: rewrite, check, or show the difference. */
final class InPlaceOptions {
    /** One action at most: --check --write would rewrite files that a check promised to leave alone. */
    static final class Action {
        @Option(names = {"-w", "--write"}, description = "Rewrite changed files in place (atomically, permissions kept).")
        boolean write;

        @Option(names = {"-c", "--check"}, description = "Change nothing; list the files that would change and exit 1 if any.")
        boolean check;

        @Option(names = {"-d", "--diff"}, description = "Print a unified diff of what would change.")
        boolean diff;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Action action;

    @Option(names = "--report", paramLabel = "json",
            description = "Print a machine-readable account per file on stdout (which pixels, tags, blocks went).")
    String report;

    boolean write() {
        return action != null && action.write;
    }

    boolean check() {
        return action != null && action.check;
    }

    boolean diff() {
        return action != null && action.diff;
    }

    boolean json() {
        if (report == null) {
            return false;
        }
        if (!report.equals("json")) {
            throw new UsageException("--report: only 'json' is supported, not '" + report + "'");
        }
        if (diff()) {
            throw new UsageException("--report json and --diff both print on stdout: choose one");
        }
        return true;
    }
}
