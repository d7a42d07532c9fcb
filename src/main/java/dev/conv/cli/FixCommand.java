package dev.conv.cli;

import dev.conv.config.ConfigDiscovery;
import dev.conv.config.ConfigFile;
import dev.conv.config.Setting;
import dev.conv.config.Settings;
import dev.conv.fix.MarkdownOutputs;
import dev.conv.fix.StepCatalog;
import dev.conv.fix.StepSettings;
import dev.conv.page.PageReader;
import dev.conv.run.ArtifactCheck;
import dev.conv.run.ArtifactFiles;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InPlace;
import dev.conv.run.InputFile;
import dev.conv.run.Runner;
import dev.conv.run.Selection;
import dev.conv.run.Site;
import dev.conv.run.Stdout;
import dev.conv.step.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code conv fix}: the steps a repository's {@code .conv.yml} names, as one pipeline per file, so
 * each file is read once and written once. Files under different configuration files get their
 * own pipeline; every configuration is read and every pipeline built before any file is touched.
 */
@Command(name = "fix",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Run the steps the nearest .conv.yml names (steps: [clean, links, ...]) over each file, "
                + "read once and written once. Files are rewritten in place unless --check or --diff.",
                "With html2md in the steps, an HTML page keeps the steps before it and gets its Markdown beside it "
                        + "(page.html -> page.md, marked as conv's; the later steps work on that); a page.md conv did "
                        + "not write is never replaced.",
                "With no PATH: stdin to stdout; with no PATH and stdin a terminal: every file under the "
                        + "configuration's root.",
                "Exit 0: nothing to change, or all written; 1: files would change (--check) or failed; "
                        + "2: usage or configuration error (nothing touched)."},
        footer = {"", "Examples:",
                "  conv fix                      # the whole tree under the root, in place",
                "  conv fix --check docs/        # list the files that would change, exit 1",
                "  conv fix --diff page.md",
                "  conv fix < page.md > fixed.md"})
final class FixCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = FileSelectionOptions.PATHS)
    List<String> paths = new ArrayList<>();

    @Mixin
    InPlaceOptions mode;

    @Mixin
    FixValueOptions values;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    ConfigOptions config;

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

    FixCommand(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Map<String, Setting> commandLine = CommandLineSettings.of(spec);
        ConfigDiscovery discovery = config.discovery();
        boolean json = mode.json();
        boolean write = !mode.check() && !mode.diff() && !json;
        Report report = new Report(console, "fix", common).check(mode.check()).write(write).json(json)
                .timeout(timeout.fileTimeout);
        List<String> args = paths;
        if (args.isEmpty() && console.terminal().stdin()) {
            // A terminal on stdin holds no page: fix the tree under the configuration's root.
            Settings here = Settings.of(discovery.chainFor(console.workDir()), commandLine);
            args = List.of(StepSettings.root(here, console.workDir(), console.workDir()).toString());
        }
        if (InPlaceRun.stdin(args)) {
            if (mode.write()) {
                throw new UsageException("--write needs PATH arguments (stdin goes to stdout)");
            }
            Path near = InPlaceRun.near(args, read, console);
            Settings settings = Settings.of(discovery.chainFor(near), commandLine);
            Site site = StepSettings.site(settings, near, console.workDir());
            Step pipeline = advised(steps.apply(StepCatalog.standard().pipeline(settings)), site);
            Destination out = write ? new Stdout(console.stdout()) : Destination.NOWHERE;
            FileOutcome outcome = new Runner(reader, pipeline, out, mode.diff())
                    .on(site).process(console.in(), read.stdinName());
            return report.stdin(true).summary(json ? report.changes() : null).present(List.of(outcome), List.of());
        }
        if (args.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with paths");
        }
        if (write && reader.lenient()) {
            throw new UsageException("--lenient-decoding cannot be used when fix writes: the rewrite would keep "
                    + "U+FFFD in place of the invalid bytes (use --check or --diff)");
        }
        Settings walk = Settings.of(discovery.chainFor(Path.of(args.get(0))), commandLine);
        Selection found = selection.fileSet(InPlaceRun.EXTENSIONS, null, walk).collect(args);
        ArtifactTally tally = new ArtifactTally(mode.diff());
        Report.Summary changes = report.changes();
        int code = report.summary(c -> changes.line(c) + beside(tally, write))
                .run(parts(found, walk, discovery, commandLine, reader, write, tally), found);
        // files beside the pages (qr's images, html2md's Markdown): under --check a missing or stale
        // one is a change to make, as in conv qr --check; --diff shows a text one as a diff
        List<ArtifactTally.Entry> stale = tally.in(ArtifactFiles.State.MISSING, ArtifactFiles.State.STALE);
        for (ArtifactTally.Entry e : stale) {
            String state = e.state() == ArtifactFiles.State.MISSING ? "missing" : "stale";
            if (!mode.diff()) {
                console.out().println(e.target() + " (" + state + ")");
            } else if (!ArtifactDiff.print(console, e)) {
                console.error(e.target() + " (" + state + "): binary, not in the diff");
            }
        }
        if (common.verbose) {
            tally.in(ArtifactFiles.State.WRITTEN).forEach(e -> console.error("wrote " + e.target()));
        }
        console.out().flush();
        return code == ExitCode.OK && !stale.isEmpty() && !mode.diff() ? ExitCode.FAILED : code;
    }

    /** The summary's word on the files beside the pages, when there are any to tell of. */
    private static String beside(ArtifactTally tally, boolean write) {
        int n = write ? tally.count(ArtifactFiles.State.WRITTEN)
                : tally.count(ArtifactFiles.State.MISSING) + tally.count(ArtifactFiles.State.STALE);
        if (n == 0) {
            return "";
        }
        return "; " + n + (n == 1 ? " file" : " files") + (write ? " written beside " : " to write beside ")
                + (n == 1 ? "its page" : "their pages");
    }

    /**
     * One runner per set of configuration files, each with its files; the walk's own configuration
     * first, which also reports the paths that could not be used. All built before any file is read.
     */
    private List<Report.Part> parts(Selection found, Settings walk, ConfigDiscovery discovery,
                                    Map<String, Setting> commandLine, PageReader reader, boolean write,
                                    ArtifactTally tally) {
        Map<List<ConfigFile>, List<InputFile>> groups = new LinkedHashMap<>();
        groups.put(walk.files(), new ArrayList<>());
        for (InputFile f : found.files()) {
            groups.computeIfAbsent(discovery.chainFor(f.path()), k -> new ArrayList<>()).add(f);
        }
        List<Report.Part> parts = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<List<ConfigFile>, List<InputFile>> g : groups.entrySet()) {
            if (!first && g.getValue().isEmpty()) {
                continue;
            }
            Settings settings = Settings.of(g.getKey(), commandLine);
            Path near = g.getValue().isEmpty() ? console.workDir() : g.getValue().get(0).path();
            Site site = StepSettings.site(settings, near, console.workDir());
            Step pipeline = advised(steps.apply(StepCatalog.standard().pipeline(settings)), site);
            Destination destination = write ? new InPlace(tally)
                    : mode.check() || mode.diff() ? new ArtifactCheck(new InPlace(), tally) : Destination.NOWHERE;
            Runner runner = new Runner(reader, pipeline, destination, mode.diff(),
                    timeout.fileTimeout).on(site);
            List<InputFile> files = g.getValue();
            List<String> problems = new ArrayList<>(first ? found.problems() : List.of());
            if (MarkdownOutputs.apply(settings)) {
                // HTML pages get their Markdown beside them: that file is no page, and no two pages may write it
                MarkdownOutputs.Plan plan = MarkdownOutputs.plan(files);
                files = plan.files();
                problems.addAll(plan.problems());
                runner = runner.refusing(MarkdownOutputs::collisions);
            }
            parts.add(new Report.Part(runner, new Selection(files, problems, List.of())));
            first = false;
        }
        return parts;
    }

    /** qr's "no public URL" in this command's words. */
    private static Step advised(Step pipeline, Site site) {
        return new QrAdvice(pipeline, site.root(), "--base-url, or base-url: in .conv.yml");
    }
}
