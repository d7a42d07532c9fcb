package dev.conv.cli;

import dev.conv.clean.Clean;
import dev.conv.step.StepResult;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.page.TextSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;

    CleanCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Clean clean = new Clean(policy.policy());
        boolean json = mode.json();
        if (paths.isEmpty() || paths.size() == 1 && paths.get(0).equals("-")) {
            if (mode.write()) {
                throw new UsageException("--write needs PATH arguments (stdin goes to stdout)");
            }
            return cleanStdin(reader, clean, json);
        }
        if (paths.contains("-")) {
            throw new UsageException("'-' (stdin) cannot be mixed with paths");
        }
        if (!mode.write() && !mode.check() && !mode.diff() && !json) {
            throw new UsageException("with paths, say what to do: --write, --check or --diff");
        }
        // --check alone needs no cleaned text and no line numbers (unless -v or a report lists them).
        Clean step = mode.check() && !json && !common.verbose ? clean.checkOnly() : clean;
        InPlaceRun run = new InPlaceRun(console, "clean", reader, step, mode, common, json);
        return run.run(selection.fileSet(EXTENSIONS).collect(paths));
    }

    private int cleanStdin(PageReader reader, Clean clean, boolean json) {
        console.noteTerminalStdin("clean", "PATH");
        Page page;
        try {
            TextSource source = reader.open(console.in(), read.stdinName());
            ReadOptions.warnIfGuessed(console, source, true);
            page = source.load();
        } catch (BadInputException e) {
            console.error(read.stdinName() + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        StepResult result = clean.apply(page);
        return InPlaceRun.reportStdin(console, "clean", page, result, mode, common, json);
    }
}
