package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the model of the command it runs, and of every command only when it must list them. */
class CommandTreeTest {
    @Test
    void aRunOfOneCommandBuildsThatCommandAlone() {
        assertThat(tree("html2md", "page.html").getSubcommands()).containsOnlyKeys("html2md");
        assertThat(tree("clean", "--check", "docs/").getSubcommands()).containsOnlyKeys("clean");
        assertThat(tree("qr", "--url", "x").getSubcommands()).containsOnlyKeys("qr");
        assertThat(tree("fix", "--check").getSubcommands()).containsOnlyKeys("fix");
        assertThat(tree("config", "docs/").getSubcommands()).containsOnlyKeys("config");
    }

    @Test
    void whatNamesNoCommandBuildsEveryCommandInHelpOrder() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"help", "clean"}, {"htm2md"}, {"@args.txt"}}) {
            assertThat(tree(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactly("html2md", "clean", "links", "qr", "fix", "config", "help");
        }
        assertThat(Main.commandLine(console()).getSubcommands().keySet()).containsExactly("html2md", "clean", "links", "qr", "fix", "config", "help");
    }

    @Test
    void helpOnACommandShowsWhatItsOwnHelpShows() {
        for (String command : new String[] {"html2md", "clean", "links", "qr", "fix", "config"}) {
            CliRun viaHelp = CliRun.run("", "help", command);
            CliRun own = CliRun.run("", command, "--help");
            assertThat(viaHelp.exitCode()).isZero();
            assertThat(viaHelp.out()).as(command).isEqualTo(own.out()).contains("Usage: conv " + command);
        }
    }

    @Test
    void aCommandAloneKeepsTheSettingsOfTheTree() {
        CommandLine alone = tree("clean", "x").getSubcommands().get("clean");
        CommandLine whole = tree().getSubcommands().get("clean");
        assertThat(alone.getParameterExceptionHandler()).isInstanceOf(UsageErrorHandler.class);
        assertThat(alone.getExecutionExceptionHandler()).isInstanceOf(InternalErrorHandler.class);
        assertThat(alone.isCaseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(alone.getHelpFactory().getClass()).isEqualTo(whole.getHelpFactory().getClass());
        assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(whole.getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    private static CommandLine tree(String... args) {
        return Main.commandLine(console(), UnaryOperator.identity(), args);
    }

    private static Console console() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new Console(new ByteArrayInputStream(new byte[0]), sink, sink);
    }
}
