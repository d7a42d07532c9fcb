package dev.conv.cli;

import static dev.conv.cli.CodedModel.command;
import static dev.conv.cli.CodedModel.common;
import static dev.conv.cli.CodedModel.config;
import static dev.conv.cli.CodedModel.inPlace;
import static dev.conv.cli.CodedModel.option;
import static dev.conv.cli.CodedModel.read;
import static dev.conv.cli.CodedModel.selection;
import static dev.conv.cli.CodedModel.standardHelp;
import static dev.conv.cli.CodedModel.strings;
import static dev.conv.cli.CodedModel.timeout;

import java.nio.file.Path;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli model of a {@code conv fix} run, built in code as {@link Html2MdModel} builds html2md's: a
 * hook runs fix on every commit, and reading {@link FixCommand}'s annotations generated nine annotation
 * proxy classes per run. The annotations stay the model of the whole tree (help, docs, completion);
 * FixModelTest proves the two models alike, option by option.
 */
final class FixModel {
    private FixModel() {
    }

    /** {@code fix} as {@link FixCommand}'s annotations describe it, bound to {@code command}'s fields. */
    static CommandSpec fix(FixCommand command, IFactory factory) {
        CommandSpec spec = command(command, "fix", factory);
        spec.usageMessage().sortOptions(false)
                .description("Run the steps the nearest .conv.yml names (steps: [clean, links, ...]) over each file, "
                                + "read once and written once. Files are rewritten in place unless --check or --diff.",
                        "With html2md in the steps, an HTML page keeps the steps before it and gets its Markdown beside it "
                                + "(page.html -> page.md, marked as conv's; the later steps work on that); a page.md conv did "
                                + "not write is never replaced.",
                        "With no PATH: stdin to stdout; with no PATH and stdin a terminal: every file under the "
                                + "configuration's root.",
                        "Exit 0: nothing to change, or all written; 1: files would change (--check) or failed; "
                                + "2: usage or configuration error (nothing touched).")
                .footer("", "Examples:",
                        "  conv fix                      # the whole tree under the root, in place",
                        "  conv fix --check docs/        # list the files that would change, exit 1",
                        "  conv fix --diff page.md",
                        "  conv fix < page.md > fixed.md");
        spec.addPositional(CodedModel.inputs("PATH", FileSelectionOptions.PATHS,
                () -> command.paths, v -> command.paths = CodedModel.cast(v)));
        inPlace(spec, command.mode = new InPlaceOptions());
        values(spec, command.values = new FixValueOptions());
        selection(spec, command.selection = new FileSelectionOptions());
        config(spec, command.config = new ConfigOptions());
        read(spec, command.read = new ReadOptions());
        timeout(spec, command.timeout = new FileTimeoutOptions());
        common(spec, command.common = new CommonOptions());
        command.spec = spec;
        return standardHelp(spec, factory);
    }

    private static void values(CommandSpec spec, FixValueOptions o) {
        spec.addOption(strings(() -> o.steps, v -> o.steps = CodedModel.cast(v), "--steps").paramLabel("STEPS")
                .splitRegex(",").hideParamSyntax(true)
                .description("The steps to run, in order, comma-separated, instead of the configuration's: "
                        + "clean, links, html2md, qr, extract.").build());
        spec.addOption(option(String.class, () -> o.baseUrl, v -> o.baseUrl = (String) v, "--base-url").paramLabel("URL")
                .description("The public URL of the root (for links).").build());
        spec.addOption(option(Path.class, () -> o.root, v -> o.root = (Path) v, "--root").paramLabel("DIR")
                .description("The directory the base URL stands for (default: the configuration's, else the git root).").build());
    }
}
