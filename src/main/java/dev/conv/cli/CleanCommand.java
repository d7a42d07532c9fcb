package dev.conv.cli;

import dev.conv.clean.Clean;
import dev.conv.config.Settings;
import dev.conv.fix.StepSettings;
import dev.conv.page.PageReader;
import dev.conv.step.Step;
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
    static final Set<String> EXTENSIONS = InPlaceRun.EXTENSIONS;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = FileSelectionOptions.PATHS)
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
    ConfigOptions config;

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
        Settings settings = CommandLineSettings.near(InPlaceRun.near(paths, read, console), config, spec);
        Clean clean = new Clean(StepSettings.cleanPolicy(settings));
        // --check alone needs no cleaned text and no line numbers (unless -v or a report lists them).
        return new InPlaceRun("clean", console, mode, read, selection, timeout, common).configured(settings)
                .run(paths, reader, steps.apply(clean), steps.apply(clean.checkOnly()));
    }
}
