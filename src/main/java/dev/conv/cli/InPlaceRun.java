package dev.conv.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.google.gson.GsonBuilder;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InPlace;
import dev.conv.run.Runner;
import dev.conv.run.Selection;
import dev.conv.step.Step;
import dev.conv.step.Change;
import dev.conv.step.Kind;
import dev.conv.step.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an in-place step over many files on every core and reports at the edge: --write rewrites
 * changed files atomically, --check lists them, --diff prints unified diffs, --report json an
 * account per file; -v lists each change; one summary line ends the run. Output comes in file
 * order whatever order the workers finish in.
 */
final class InPlaceRun {
    /**
     * What happened to one file; {@code warning}, whole lines naming the file: its kind was a guess,
     * or its invalid bytes were read as U+FFFD.
     */
    record Outcome(String path, Status status, String error, List<Change> changes, String diff, String warning) {
        Outcome(String path, Status status, String error, List<Change> changes, String diff) {
            this(path, status, error, changes, diff, null);
        }
    }

    enum Status { UNCHANGED, CHANGED, FAILED, INTERNAL_ERROR }

    private final Console console;
    private final String command;
    private final PageReader reader;
    private final Runner runner;
    private final InPlaceOptions mode;
    private final CommonOptions common;
    private final boolean json;
    /** Globs that matched no file: reported and failing the run, but not files. */
    private List<String> unmatchedGlobs = List.of();

    InPlaceRun(Console console, String command, PageReader reader, Step step,
               InPlaceOptions mode, CommonOptions common, boolean json) {
        if (mode.write() && reader != null && reader.lenient()) {
            throw new UsageException("--lenient-decoding cannot be used with --write: the rewrite would keep "
                    + "U+FFFD in place of the invalid bytes");
        }
        this.console = console;
        this.command = command;
        this.reader = reader;
        this.runner = new Runner(reader, step, mode.write() ? new InPlace() : Destination.NOWHERE, mode.diff());
        this.mode = mode;
        this.common = common;
        this.json = json;
    }

    int run(Selection selection) {
        unmatchedGlobs = selection.unmatchedGlobs();
        List<FileOutcome> outcomes;
        try (Progress progress = Progress.start(console, command, selection.files().size(), common.quiet || json)) {
            outcomes = runner.run(selection, o -> progress.step());
        }
        return report(outcomes.stream().map(this::presented).toList());
    }

    /** What the report shows of a file: its diff made here, its reading warnings as lines. */
    private Outcome presented(FileOutcome o) {
        String warning = o.read() == null ? null
                : ReadOptions.warnings(o.path(), o.read().kind(), o.read().kindDoubt(), o.read().encoding(), false);
        if (o.status() == FileOutcome.Status.INTERNAL_ERROR && common.debug) {
            o.bug().printStackTrace(console.err());
        }
        String diff = o.before() == null ? null
                : diff(DiffPath.of(Path.of(o.path()), console.workDir()), o.before(), o.after());
        Status status = switch (o.status()) {
            case UNCHANGED -> Status.UNCHANGED;
            case CHANGED -> Status.CHANGED;
            case FAILED -> Status.FAILED;
            case INTERNAL_ERROR -> Status.INTERNAL_ERROR;
        };
        return new Outcome(o.path(), status, o.error(), o.changes(), diff, warning);
    }

    private int report(List<Outcome> outcomes) {
        int changed = 0;
        int failed = 0;
        int internal = 0;
        Map<Kind, Integer> counts = new java.util.TreeMap<>(KindOrder.INSTANCE);
        UnmatchedGlobs.report(console, unmatchedGlobs);
        for (Outcome o : outcomes) {
            if (o.warning != null) {
                console.error(o.warning);
            }
            if (o.status == Status.INTERNAL_ERROR) {
                internal++;
            }
            if (o.status == Status.FAILED || o.status == Status.INTERNAL_ERROR) {
                failed++;
                console.error(o.path + ": " + o.error);
                continue;
            }
            if (o.status == Status.CHANGED) {
                changed++;
                if (mode.check() && !json) {
                    console.out().println(o.path);
                }
                if (o.diff != null) {
                    console.out().print(o.diff);
                }
            }
            for (Change c : o.changes) {
                counts.merge(c.kind(), 1, Integer::sum);
                if (common.verbose) {
                    console.err().println(o.path + ":" + c);
                }
            }
        }
        console.out().flush();
        if (json) {
            console.out().println(json(outcomes, changed, failed, counts));
            console.out().flush();
        }
        if (!common.quiet) {
            console.error(summary(outcomes.size(), changed, failed, counts));
        }
        if (internal > 0) {
            return ExitCode.INTERNAL; // a bug in conv met on some file: the others were still processed
        }
        return failed > 0 || !unmatchedGlobs.isEmpty() || mode.check() && changed > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private String summary(int files, int changed, int failed, Map<Kind, Integer> counts) {
        String verb = mode.write() ? "changed" : "would change";
        StringBuilder sb = new StringBuilder(command).append(": ").append(files).append(files == 1 ? " file, " : " files, ")
                .append(changed).append(' ').append(verb).append(", ").append(failed).append(" failed")
                .append(UnmatchedGlobs.summary(unmatchedGlobs));
        if (!counts.isEmpty()) {
            sb.append("; ");
            List<String> parts = new ArrayList<>();
            counts.forEach((k, n) -> parts.add(k.count(n)));
            sb.append(String.join(", ", parts));
        }
        return sb.toString();
    }

    private String json(List<Outcome> outcomes, int changed, int failed, Map<Kind, Integer> counts) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", o.path);
            f.put("status", o.status.name().toLowerCase(java.util.Locale.ROOT));
            if (o.error != null) {
                f.put("error", o.error);
            }
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Change c : o.changes) {
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
        counts.forEach((k, n) -> byKind.put(k.id(), n));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", outcomes.size());
        summary.put("changed", changed);
        summary.put("failed", failed);
        summary.put("changes", byKind);
        if (!unmatchedGlobs.isEmpty()) {
            summary.put("unmatched_globs", unmatchedGlobs);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("mode", mode.write() ? "write" : mode.check() ? "check" : "report");
        root.put("files", files);
        root.put("summary", summary);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    /**
     * Unified diff of one file, a/ and b/ prefixes as git writes them, with git's
     * {@code \ No newline at end of file} marker so that {@code git apply} takes it.
     */
    static String diff(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            boolean header = line.startsWith("--- ") || line.startsWith("+++ ") || line.startsWith("@@");
            if (header || line.endsWith("\n")) {
                sb.append(line);
                if (header) {
                    sb.append('\n');
                }
            } else {
                sb.append(line).append("\n\\ No newline at end of file\n");
            }
        }
        return sb.toString();
    }

    /** Lines with their line breaks, so a missing final newline is a difference like any other. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl + 1));
            start = nl + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The stdin case: the cleaned text on stdout, or --check/--diff/--report about it. */
    static int reportStdin(Console console, String command, Page page, StepResult result, InPlaceOptions mode,
                           CommonOptions common, boolean json) {
        if (json) {
            Status status = result.changed() ? Status.CHANGED : Status.UNCHANGED;
            Outcome o = new Outcome(page.name(), status, null, result.changes(), null,
                    ReadOptions.decodingWarning(page.name(), page.encoding()));
            InPlaceRun run = new InPlaceRun(console, command, null, null, mode, common, true);
            return run.report(List.of(o));
        }
        String warning = ReadOptions.decodingWarning(page.name(), page.encoding());
        if (warning != null) {
            console.error(warning);
        }
        if (mode.diff()) {
            if (result.changed()) {
                String name = page.name().equals("-") ? "-" : DiffPath.of(Path.of(page.name()), console.workDir());
                console.out().print(diff(name, page.text(), result.page().text()));
            }
        } else if (!mode.check()) {
            byte[] bytes = page.encoding().encode(result.page().text());
            console.out().write(bytes, 0, bytes.length);
        }
        console.out().flush();
        if (common.verbose) {
            result.changes().forEach(c -> console.err().println(page.name() + ":" + c));
        }
        return mode.check() && result.changed() ? ExitCode.FAILED : ExitCode.OK;
    }
}
