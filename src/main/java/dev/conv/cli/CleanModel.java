package dev.conv.cli;

import static dev.conv.cli.CodedModel.command;
import static dev.conv.cli.CodedModel.common;
import static dev.conv.cli.CodedModel.config;
import static dev.conv.cli.CodedModel.customTags;
import static dev.conv.cli.CodedModel.inPlace;
import static dev.conv.cli.CodedModel.read;
import static dev.conv.cli.CodedModel.selection;
import static dev.conv.cli.CodedModel.standardHelp;
import static dev.conv.cli.CodedModel.strings;
import static dev.conv.cli.CodedModel.timeout;
import static dev.conv.cli.CodedModel.trackers;

import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli model of a {@code conv clean} run, built in code as {@link FixModel} builds fix's, from the
 * same mixins: reading {@link CleanCommand}'s annotations generated annotation proxy classes on every run.
 * The annotations stay the model of the whole tree (help, docs, completion); CleanModelTest proves the two
 * models alike, option by option.
 */
final class CleanModel {
    private CleanModel() {
    }

    /** {@code clean} as {@link CleanCommand}'s annotations describe it, bound to {@code command}'s fields. */
    static CommandSpec clean(CleanCommand command, IFactory factory) {
        CommandSpec spec = command(command, "clean", factory);
        spec.usageMessage().sortOptions(false)
                .description("Remove tracking pixels, tracker scripts, custom and presentational tags, ad slots and empty "
                                + "wrappers from HTML files and from the HTML inside Markdown files; repair double-escaped entities.",
                        "Only the tags involved change: every other byte stays as it was, and a second run changes nothing.",
                        "With no PATH: stdin to stdout. With paths, say what to do: --write, --check or --diff.")
                .footer("", "Examples:",
                        "  conv clean < page.md > clean.md",
                        "  conv clean --check docs/       # list the files that would change, exit 1",
                        "  conv clean --write --custom-tag ok=link pages/",
                        "  conv clean --diff page.html");
        spec.addPositional(CodedModel.inputs("PATH", FileSelectionOptions.PATHS,
                () -> command.paths, v -> command.paths = CodedModel.cast(v)));
        inPlace(spec, command.mode = new InPlaceOptions());
        policy(spec, command.policy = new CleanPolicyOptions());
        selection(spec, command.selection = new FileSelectionOptions());
        read(spec, command.read = new ReadOptions());
        timeout(spec, command.timeout = new FileTimeoutOptions());
        config(spec, command.config = new ConfigOptions());
        common(spec, command.common = new CommonOptions());
        command.spec = spec;
        return standardHelp(spec, factory);
    }

    private static void policy(CommandSpec spec, CleanPolicyOptions o) {
        customTags(spec, o.tags = new CustomTagOptions());
        trackers(spec, o.trackers = new TrackerHostOptions());
        spec.addOption(strings(() -> o.remove, v -> o.remove = CodedModel.cast(v), "--remove").paramLabel("SELECTOR")
                .description("Also remove elements matching this CSS selector (jsoup syntax; repeatable).").build());
    }
}
