package dev.conv.cli;

import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InPlace;
import dev.conv.run.Runner;
import dev.conv.run.Site;
import dev.conv.run.Stdout;
import dev.conv.step.Step;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The flow every in-place command shares (clean, links): with no path, stdin to stdout; with
 * paths, one of --write, --check, --diff or --report json over the selected files, through the
 * runner, told by the {@link Report}; the same usage errors and exit codes.
 */
final class InPlaceRun {
    static final Set<String> EXTENSIONS = SourceKind.allExtensions();

    private final String command;
    private final Console console;
    private final InPlaceOptions mode;
    private final ReadOptions read;
    private final FileSelectionOptions selection;
    private final FileTimeoutOptions timeout;
    private final CommonOptions common;
    private Site site;
    private dev.conv.config.Settings settings;
    private String reportOnlyOption;
    private boolean reportOnly;

    InPlaceRun(String command, Console console, InPlaceOptions mode, ReadOptions read, FileSelectionOptions selection,
               FileTimeoutOptions timeout, CommonOptions common) {
        this.command = command;
        this.console = console;
        this.mode = mode;
        this.read = read;
        this.selection = selection;
        this.timeout = timeout;
        this.common = common;
    }

    /** Pages are placed on this site before their step. */
    InPlaceRun on(Site onSite) {
        site = onSite;
        return this;
    }

    /**
     * A mode that only reports problems (named as the option is, e.g. {@code --check-local}):
     * enough with paths, writes nothing, and fails the run when it finds one.
     */
    InPlaceRun reportOnly(String option, boolean on) {
        reportOnlyOption = option;
        reportOnly = on;
        return this;
    }

    /** Include and exclude globs come from these settings. */
    InPlaceRun configured(dev.conv.config.Settings effective) {
        settings = effective;
        return this;
    }

    /**
     * Where a run's .conv.yml files are looked for: from its first path, else from the name stdin
     * was given, else from the working directory.
     */
    static java.nio.file.Path near(List<String> paths, ReadOptions read, Console console) {
        for (String p : paths) {
            if (!p.equals("-")) {
                return java.nio.file.Path.of(p);
            }
        }
        return read.stdinFilepath != null ? console.workDir().resolve(read.stdinFilepath) : console.workDir();
    }

    /** True when the run reads stdin: no path, or the one path {@code -}. */
    static boolean stdin(List<String> paths) {
        return paths.isEmpty() || paths.size() == 1 && paths.get(0).equals("-");
    }

    /**
     * @param step the command's step
     * @param checkStep the step for a bare --check over paths (may skip work a check does not show)
     * @return the exit code
     */
    int run(List<String> paths, PageReader reader, Step step, Step checkStep) {
        boolean json = mode.json();
        Report report = new Report(console, command, common).check(mode.check()).write(mode.write()).json(json)
                .failOnProblems(reportOnly);
        if (stdin(paths)) {
            if (mode.write()) {
                throw new UsageException("--write needs PATH arguments (stdin goes to stdout)");
            }
            console.noteTerminalStdin(command, "PATH");
            boolean quiet = mode.check() || mode.diff() || json || reportOnly;
            Destination out = quiet ? Destination.NOWHERE : new Stdout(console.stdout());
            FileOutcome outcome = placed(new Runner(reader, step, out, mode.diff())).process(console.in(), read.stdinName());
            return report.stdin(true).summary(json || reportOnly ? report.changes() : null)
                    .present(List.of(outcome), List.of());
        }
        if (paths.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with paths");
        }
        if (!mode.write() && !mode.check() && !mode.diff() && !json && !reportOnly) {
            throw new UsageException("with paths, say what to do: --write, --check or --diff"
                    + (reportOnlyOption == null ? "" : " (or " + reportOnlyOption + ")"));
        }
        if (mode.write() && reader.lenient()) {
            throw new UsageException("--lenient-decoding cannot be used with --write: the rewrite would keep "
                    + "U+FFFD in place of the invalid bytes");
        }
        Step chosen = mode.check() && !json && !common.verbose ? checkStep : step;
        Duration limit = timeout.fileTimeout;
        Runner runner = placed(new Runner(reader, chosen, mode.write() ? new InPlace() : Destination.NOWHERE,
                mode.diff(), limit));
        return report.timeout(limit).summary(report.changes()).run(runner, (settings == null
                ? selection.fileSet(EXTENSIONS) : selection.fileSet(EXTENSIONS, null, settings)).collect(paths));
    }

    private Runner placed(Runner runner) {
        return site == null ? runner : runner.on(site);
    }
}
