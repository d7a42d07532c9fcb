package dev.conv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(name = "conv",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Converts mirrored web pages to clean Markdown and cleans them in place.", ""},
        subcommands = {Html2MdCommand.class, CleanCommand.class, LinksCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 ok, 1 some file failed (or would change under --check),",
                "2 usage error, 3 internal error. 'conv help COMMAND' shows a command's options."})
final class ConvCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
