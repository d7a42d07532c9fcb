package dev.conv.cli;

import com.google.gson.GsonBuilder;
import dev.conv.run.FileOutcome;
import dev.conv.run.FileOutcome.Status;
import dev.conv.run.Runner;
import dev.conv.run.Selection;
import dev.conv.step.Change;
import dev.conv.step.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run did, told at the edge, for any step: each file's warnings and failure on stderr, the
 * files that would change (--check), unified diffs (--diff), each change (-v), an account per file
 * (--report json) and one summary line; the exit code. Output comes in file order whatever order
 * the workers finished in. Commands differ only in their summary's wording.
 */
final class Report {
    /** The summary line of a run, or null for none. */
    interface Summary {
        String line(Counts counts);
    }

    /** A run's totals, for its summary line. */
    record Counts(int files, int changed, int failed, List<String> unmatchedGlobs, Map<Kind, Integer> kinds) {
    }

    private final Console console;
    private final String command;
    private final CommonOptions common;
    private boolean check;
    private boolean write;
    private boolean json;
    private boolean stdin;
    private Duration timeout = Duration.ZERO;
    private Summary summary;
    private boolean failOnProblems;

    Report(Console console, String command, CommonOptions common) {
        this.console = console;
        this.command = command;
        this.common = common;
    }

    /** --check: list the files that would change, and fail when there is one. */
    Report check(boolean on) {
        check = on;
        return this;
    }

    /** --write: the files were rewritten (the summary says "changed", not "would change"). */
    Report write(boolean on) {
        write = on;
        return this;
    }

    /** --report json on stdout. */
    Report json(boolean on) {
        json = on;
        return this;
    }

    /** The one input was stdin: warnings name --stdin-filepath, and --check lists nothing. */
    Report stdin(boolean on) {
        stdin = on;
        return this;
    }

    /** The run's --file-timeout, for the message of a file that went over it. */
    Report timeout(Duration limit) {
        timeout = limit;
        return this;
    }

    /** Problems found (broken links) fail the run, as changes do under --check. */
    Report failOnProblems(boolean on) {
        failOnProblems = on;
        return this;
    }

    Report summary(Summary line) {
        summary = line;
        return this;
    }

    /** The summary of an in-place step: {@code clean: 3 files, 1 would change, 0 failed; 2 custom tags}. */
    Summary changes() {
        return c -> {
            StringBuilder sb = new StringBuilder(command).append(": ").append(c.files())
                    .append(c.files() == 1 ? " file, " : " files, ").append(c.changed()).append(' ')
                    .append(write ? "changed" : "would change").append(", ").append(c.failed()).append(" failed")
                    .append(UnmatchedGlobs.summary(c.unmatchedGlobs()));
            if (!c.kinds().isEmpty()) {
                sb.append("; ").append(c.kinds().entrySet().stream().map(e -> e.getKey().count(e.getValue()))
                        .collect(Collectors.joining(", ")));
            }
            return sb.toString();
        };
    }

    /** The summary of a conversion into files: {@code converted 12 files, 1 failed}. */
    static Summary converted() {
        return c -> {
            int converted = c.files() - c.failed();
            return String.format("converted %d file%s%s%s", converted, converted == 1 ? "" : "s",
                    c.failed() > 0 ? ", " + c.failed() + " failed" : "", UnmatchedGlobs.summary(c.unmatchedGlobs()));
        };
    }

    /** Some of a run's files and the runner they go through. */
    record Part(Runner runner, Selection selection) {
    }

    /**
     * Runs each part in turn under one progress bar, then reports them as one run over {@code whole}
     * (whose unmatched globs are told once); returns the exit code.
     */
    int run(List<Part> parts, Selection whole) {
        List<FileOutcome> outcomes = new ArrayList<>();
        try (Progress progress = Progress.start(console, command, whole.files().size(), common.quiet || json)) {
            for (Part part : parts) {
                outcomes.addAll(part.runner().run(part.selection(), o -> progress.step()));
            }
        }
        return present(outcomes, whole.unmatchedGlobs());
    }

    /** Runs over a selection with a progress bar on a terminal, then reports; returns the exit code. */
    int run(Runner runner, Selection selection) {
        List<FileOutcome> outcomes;
        try (Progress progress = Progress.start(console, command, selection.files().size(), common.quiet || json)) {
            outcomes = runner.run(selection, o -> progress.step());
        }
        return present(outcomes, selection.unmatchedGlobs());
    }

    /** Reports the outcomes and returns the exit code. */
    int present(List<FileOutcome> outcomes, List<String> unmatchedGlobs) {
        int changed = 0;
        int failed = 0;
        int internal = 0;
        int problems = 0;
        Map<Kind, Integer> kinds = new TreeMap<>(KindOrder.INSTANCE);
        Set<FileOutcome.Collision> told = Collections.newSetFromMap(new IdentityHashMap<>());
        UnmatchedGlobs.report(console, unmatchedGlobs);
        for (FileOutcome o : outcomes) {
            warn(o);
            if (o.failed()) {
                failed++;
                internal += o.status() == Status.INTERNAL_ERROR ? 1 : 0;
                if (o.collision() == null || told.add(o.collision())) {
                    fail(o);
                }
                continue;
            }
            if (o.changed()) {
                changed++;
                if (check && !json && !stdin) {
                    console.out().println(o.path());
                }
                if (o.before() != null) {
                    console.out().print(diff(o));
                }
            }
            if (common.verbose && o.target() != null) {
                console.error(o.path() + " -> " + o.target());
            }
            for (Change c : o.changes()) {
                kinds.merge(c.kind(), 1, Integer::sum);
                problems += c.kind().problem() ? 1 : 0;
                if (common.verbose || c.kind().problem() && !json) {
                    console.err().println(o.path() + ":" + c);
                }
            }
        }
        console.out().flush();
        if (json) {
            console.out().println(json(outcomes, changed, failed, kinds, unmatchedGlobs));
            console.out().flush();
        }
        if (summary != null && !common.quiet) {
            console.error(summary.line(new Counts(outcomes.size(), changed, failed, unmatchedGlobs, kinds)));
        }
        if (internal > 0) {
            return ExitCode.INTERNAL; // a bug in conv met on some file: the others were still processed
        }
        return failed > 0 || !unmatchedGlobs.isEmpty() || check && changed > 0 || failOnProblems && problems > 0
                ? ExitCode.FAILED : ExitCode.OK;
    }

    /** How the file was read, when that is worth a word: its kind was a guess, invalid bytes were replaced. */
    private void warn(FileOutcome o) {
        if (o.read() == null) {
            return;
        }
        String warning = ReadOptions.warnings(o.path(), o.read().kind(), o.read().kindDoubt(), o.read().encoding(), stdin);
        if (warning != null) {
            console.error(warning);
        }
    }

    private void fail(FileOutcome o) {
        switch (o.status()) {
            case INTERNAL_ERROR -> {
                console.error(o.path() + ": " + o.error() + (common.debug ? "" : " (run with --debug for details)"));
                if (common.debug) {
                    o.bug().printStackTrace(console.err());
                }
            }
            case TIMED_OUT -> console.error(o.path() + ": took longer than --file-timeout "
                    + FileTimeoutOptions.format(timeout) + "; left untouched");
            default -> {
                FileOutcome.Collision c = o.collision();
                if (c == null) {
                    console.error(o.path() + ": " + o.error());
                } else {
                    // One line for the inputs that share an output, each shown with its own bytes.
                    console.error(c.inputs().stream().map(PathDisplay::of).collect(Collectors.joining(", "))
                            + ": would all be written to " + PathDisplay.of(c.target()) + "; none is converted");
                }
            }
        }
    }

    private String diff(FileOutcome o) {
        String name = stdin && o.path().equals("-") ? "-" : DiffPath.of(Path.of(o.path()), console.workDir());
        return UnifiedDiff.of(name, o.before(), o.after());
    }

    private String json(List<FileOutcome> outcomes, int changed, int failed, Map<Kind, Integer> kinds,
                        List<String> unmatchedGlobs) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", o.path());
            f.put("status", o.status().name().toLowerCase(Locale.ROOT));
            if (o.error() != null) {
                f.put("error", o.error());
            }
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Change c : o.changes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", c.line());
                m.put("action", c.action());
                m.put("kind", c.kind().id());
                m.put("detail", c.detail());
                m.put("reason", c.reason());
                changes.add(m);
            }
            f.put("changes", changes);
            files.add(f);
        }
        Map<String, Object> byKind = new LinkedHashMap<>();
        kinds.forEach((k, n) -> byKind.put(k.id(), n));
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("files", outcomes.size());
        totals.put("changed", changed);
        totals.put("failed", failed);
        totals.put("changes", byKind);
        if (!unmatchedGlobs.isEmpty()) {
            totals.put("unmatched_globs", unmatchedGlobs);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("mode", write ? "write" : check ? "check" : "report");
        root.put("files", files);
        root.put("summary", totals);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}
