package dev.conv.cli;

import dev.conv.step.Step;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Builds subcommands with the {@link Console} they write to. */
final class CommandFactory implements CommandLine.IFactory {
    private final Console console;
    private final UnaryOperator<Step> steps;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    /** @param steps applied to each command's step before it runs: the identity, or a test's stand-in */
    CommandFactory(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == Html2MdCommand.class) {
            return cls.cast(new Html2MdCommand(console, steps));
        }
        if (cls == CleanCommand.class) {
            return cls.cast(new CleanCommand(console, steps));
        }
        if (cls == LinksCommand.class) {
            return cls.cast(new LinksCommand(console, steps));
        }
        if (cls == QrCommand.class) {
            return cls.cast(new QrCommand(console, steps));
        }
        if (cls == FixCommand.class) {
            return cls.cast(new FixCommand(console, steps));
        }
        if (cls == ConfigCommand.class) {
            return cls.cast(new ConfigCommand(console));
        }
        return fallback.create(cls);
    }
}
