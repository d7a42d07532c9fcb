package dev.conv.cli;

import dev.conv.clean.Clean;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InPlace;
import dev.conv.run.Runner;
import dev.conv.run.Stdout;
import dev.conv.step.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code conv clean}: strip tracking pixels, custom tags and boilerplate, changing nothing else. */
@Command(name = "clean",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Remove tracking pixels, tracker scripts, custom and presentational tags, ad slots and empty "
                + "wrappers from HTML files and from the HTML inside Markdown files; repair double-escaped entities.",
                "Only the tags involved change: every other byte stays as it was, and a second run changes nothing.",
                "With no PATH: stdin to stdout. With paths, say what to do: --write, --check or --diff."},
        footer = {"", "Examples:",
                "  conv clean < page.md > clean.md",
                "  conv clean --check docs/       # list the files that would change, exit 1",
                "  conv clean --write --custom-tag ok=link pages/",
                "  conv clean --diff page.html"})
final class CleanCommand implements Callable<Integer> {
    static final Set<String> EXTENSIONS = SourceKind.allExtensions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, directories (walked for .html .htm .xhtml .md .markdown .mdown .mkd, honouring .gitignore) or globs.")
    List<String> paths = new ArrayList<>();

    @Mixin
    InPlaceOptions mode;

    @Mixin
    CleanPolicyOptions policy;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    ReadOptions read;

    @Mixin
    FileTimeoutOptions timeout;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;
    private final UnaryOperator<Step> steps;

    CleanCommand(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Clean clean = new Clean(policy.policy());
        boolean json = mode.json();
        Report report = new Report(console, "clean", common).check(mode.check()).write(mode.write()).json(json);
        if (paths.isEmpty() || paths.size() == 1 && paths.get(0).equals("-")) {
            if (mode.write()) {
                throw new UsageException("--write needs PATH arguments (stdin goes to stdout)");
            }
            console.noteTerminalStdin("clean", "PATH");
            Destination out = mode.check() || mode.diff() || json ? Destination.NOWHERE : new Stdout(console.stdout());
            FileOutcome outcome = new Runner(reader, steps.apply(clean), out, mode.diff())
                    .process(console.in(), read.stdinName());
            return report.stdin(true).summary(json ? report.changes() : null).present(List.of(outcome), List.of());
        }
        if (paths.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with paths");
        }
        if (!mode.write() && !mode.check() && !mode.diff() && !json) {
            throw new UsageException("with paths, say what to do: --write, --check or --diff");
        }
        if (mode.write() && reader.lenient()) {
            throw new UsageException("--lenient-decoding cannot be used with --write: the rewrite would keep "
                    + "U+FFFD in place of the invalid bytes");
        }
        // --check alone needs no cleaned text and no line numbers (unless -v or a report lists them).
        Step step = steps.apply(mode.check() && !json && !common.verbose ? clean.checkOnly() : clean);
        Duration limit = timeout.fileTimeout;
        Runner runner = new Runner(reader, step, mode.write() ? new InPlace() : Destination.NOWHERE, mode.diff(), limit);
        return report.timeout(limit).summary(report.changes()).run(runner, selection.fileSet(EXTENSIONS).collect(paths));
    }
}
