package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help as a user reads it: lines wrap between words, never inside one such as {@code .markdown}. */
class HelpTextTest {
    @Test
    void helpWrapsOnlyBetweenWords() {
        for (CommandLine cmd : commands()) {
            String name = cmd.getCommandSpec().qualifiedName();
            cmd.setUsageHelpWidth(1000);
            List<String> words = words(cmd.getUsageMessage(CommandLine.Help.Ansi.OFF));
            for (int width : new int[] {80, 100}) {
                cmd.setUsageHelpWidth(width);
                String help = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertThat(words(help)).as(name + " at width " + width + ":\n" + help).isEqualTo(words);
                assertThat(help.lines()).as(name).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
            }
        }
    }

    @Test
    void theHelpNamesTheExtensionsWhole() {
        String clean = CliRun.run("", "clean", "--help").out();
        assertThat(clean).contains(".markdown").contains(".convignore");
        String html2md = CliRun.run("", "html2md", "--help").out();
        assertThat(html2md).contains(".html/.htm -> .md");
        String root = CliRun.run("", "--help").out();
        assertThat(root).contains("  help     Display help information about the specified command.\n").doesNotContain("%n");
    }

    private static List<CommandLine> commands() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        CommandLine root = Main.commandLine(new Console(new ByteArrayInputStream(new byte[0]), sink, sink));
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.getSubcommands().values());
        return all;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).toList();
    }
}
