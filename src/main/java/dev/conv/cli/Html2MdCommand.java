package dev.conv.cli;

import dev.conv.config.Settings;
import dev.conv.fix.StepSettings;
import dev.conv.extract.Extract;
import dev.conv.markdown.Html2Md;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Destination;
import dev.conv.run.FileOutcome;
import dev.conv.run.InputFile;
import dev.conv.run.OutDir;
import dev.conv.run.OutFile;
import dev.conv.run.Runner;
import dev.conv.run.Stdout;
import dev.conv.step.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conv html2md}: HTML (or Markdown with HTML) to clean GitHub-flavoured Markdown. */
@Command(name = "html2md",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Convert HTML, or Markdown that embeds HTML, to clean GitHub-flavoured Markdown.",
                "With no FILE, or FILE '-', reads stdin and writes stdout.",
                "Directories and several files need --out-dir; their layout is mirrored there, .html/.htm -> .md."},
        footer = {"", "Examples:",
                "  conv html2md < page.html > page.md",
                "  conv html2md page.html -o page.md",
                "  conv html2md site/ --out-dir markdown/",
                "  conv html2md --main --front-matter page.html"})
final class Html2MdCommand implements Callable<Integer> {
    private static final Set<String> EXTENSIONS = SourceKind.allExtensions();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or directories; '-' is stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the Markdown to FILE (one input only).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one .md per input under DIR, mirroring the input layout.")
    Path outDir;

    @Option(names = "--main", description = "Keep the page's main content: drop navigation, site header and footer, "
            + "sidebars, share bars, comments, related lists, cookie and newsletter boxes. A page with no clear "
            + "article is kept whole (-v says so).")
    boolean main;

    @Option(names = "--front-matter", description = "Write YAML front matter from the page's metadata: title, author, "
            + "dates, canonical URL, site name, language, description, lead image (existing keys win).")
    boolean frontMatter;

    @Option(names = "--report", paramLabel = "json", description = "Print a JSON report of each file's changes "
            + "(with --main: the blocks dropped) on stdout; needs -o or --out-dir, which keep stdout free.")
    String reportFormat;

    @Mixin
    ReadOptions read;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    Html2MdStyleOptions style;

    @Mixin
    CustomTagOptions customTags;

    @Mixin
    TrackerHostOptions trackers;

    @Mixin
    FileTimeoutOptions timeout;

    @Mixin
    ConfigOptions config;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;
    private final UnaryOperator<Step> steps;

    Html2MdCommand(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Settings settings = CommandLineSettings.near(InPlaceRun.near(inputs, read, console), config, spec);
        Html2Md convert = new Html2Md(StepSettings.html2mdOptions(settings));
        // Without --main and --front-matter the step is html2md alone, streaming, byte for byte as before.
        Step html2md = steps.apply(main || frontMatter
                ? new Extract(main, frontMatter).then(convert) : convert);
        if (output != null && outDir != null) {
            throw new UsageException("-o and --out-dir cannot be used together");
        }
        boolean stdin = inputs.isEmpty() || inputs.size() == 1 && inputs.get(0).equals("-");
        Report report = new Report(console, "html2md", common).timeout(timeout.fileTimeout).json(json());
        if (stdin) {
            if (outDir != null) {
                throw new UsageException("--out-dir needs FILE or directory arguments, not stdin");
            }
            checkOutput();
            console.noteTerminalStdin("html2md", "FILE");
            FileOutcome outcome = single(reader, html2md).process(console.in(), read.stdinName());
            return report.stdin(true).present(List.of(outcome), List.of());
        }
        if (inputs.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with other inputs");
        }
        if (outDir == null) {
            Path only = Path.of(inputs.get(0));
            if (inputs.size() > 1 || Files.isDirectory(only)) {
                throw new UsageException("several inputs or a directory need --out-dir DIR");
            }
            checkOutput();
            FileOutcome outcome = single(reader, html2md).process(new InputFile(only, only.getFileName()));
            return report.present(List.of(outcome), List.of());
        }
        prepareOutDir();
        Runner runner = new Runner(reader, html2md, new OutDir(outDir, Html2MdCommand::markdownName), false,
                timeout.fileTimeout);
        return report.summary(Report.converted()).run(runner, selection.fileSet(EXTENSIONS, outDir, settings).collect(inputs));
    }

    /**
     * One page to -o FILE (atomically, under the time limit) or to stdout, streamed: its output has
     * begun before the page is read to its end, so no time limit takes it back.
     */
    private Runner single(PageReader reader, Step html2md) {
        Destination to = output != null ? new OutFile(output) : new Stdout(console.stdout());
        return new Runner(reader, html2md, to, false, output != null ? timeout.fileTimeout : Duration.ZERO);
    }

    /** --report json: on stdout, so only when the Markdown goes to files. */
    private boolean json() {
        if (reportFormat == null) {
            return false;
        }
        if (!reportFormat.equals("json")) {
            throw new UsageException("--report: only 'json' is supported, not '" + reportFormat + "'");
        }
        if (output == null && outDir == null) {
            throw new UsageException("--report json prints on stdout, where the Markdown goes: add -o FILE or --out-dir DIR");
        }
        return true;
    }

    /** {@code a.html} -> {@code a.md}; a name with another extension keeps it: {@code notes.txt.md}. */
    static String markdownName(String name) {
        return SourceKind.withoutExtension(name) + ".md";
    }

    /**
     * Proves -o FILE can be written before any work: its directory exists (else the error would
     * name the temporary file the atomic write starts with) and FILE is no directory.
     */
    private void checkOutput() {
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new SetupException("-o " + output + ": is a directory");
        }
        Path parent = output.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        throw new SetupException("-o " + output + ": " + (Files.exists(parent)
                ? parent + " is not a directory" : "directory " + parent + " does not exist"));
    }

    /** Creates --out-dir and proves it writable before any work is done. */
    private void prepareOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new SetupException("--out-dir " + outDir + ": cannot create (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
            throw new SetupException("--out-dir " + outDir + ": not a writable directory");
        }
    }
}
