package dev.conv.cli;

import picocli.CommandLine;

/** Builds subcommands with the {@link Console} they write to. */
final class CommandFactory implements CommandLine.IFactory {
    private final Console console;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Console console) {
        this.console = console;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == Html2MdCommand.class) {
            return cls.cast(new Html2MdCommand(console));
        }
        if (cls == CleanCommand.class) {
            return cls.cast(new CleanCommand(console));
        }
        return fallback.create(cls);
    }
}
