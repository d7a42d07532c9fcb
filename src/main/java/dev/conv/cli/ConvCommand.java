package dev.conv.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(name = "conv",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Converts mirrored web pages to clean Markdown and cleans them in place.", ""},
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 ok, 1 some file failed (or would change under --check),",
                "2 usage error, 3 internal error. 'conv help COMMAND' shows a command's options."})
final class ConvCommand implements Runnable {
    /** The subcommands, in the order help lists them (then {@code help}): a new command is one more class here. */
    static final List<Class<?>> COMMANDS = List.of(Html2MdCommand.class, CleanCommand.class, LinksCommand.class,
            QrCommand.class, FixCommand.class, ConfigCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    /**
     * Adds to {@code cli} the one command {@code args} starts with, else every command and
     * {@code help}. picocli builds a command's model from its annotations when the command is
     * added, and the models of the commands a run does not use cost it more time than its page.
     */
    static void addSubcommands(CommandLine cli, String... args) {
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> command : COMMANDS) {
            if (command.getAnnotation(Command.class).name().equals(first)) {
                cli.addSubcommand(command);
                return;
            }
        }
        COMMANDS.forEach(cli::addSubcommand);
        cli.addSubcommand(CommandLine.HelpCommand.class);
    }
}
