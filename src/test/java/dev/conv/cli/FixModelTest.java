package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conv fix}'s model built in code: the shared checks of {@link CodedModelContract}, and its own fields. */
class FixModelTest extends CodedModelContract {
    @Test
    void theModelFillsTheCommandItRuns() {
        CommandLine cli = coded();
        FixCommand command = cli.getCommand();
        assertThat(command.spec).isSameAs(cli.getCommandSpec());
    }

    @Test
    void theOptionsReachTheFieldsTheAnnotationsName() {
        CommandLine fix = coded();
        fix.parseArgs("a", "b.md", "-d", "--report", "json", "--steps", "clean,links", "--steps", "qr", "--base-url", "https://x.org/",
                "--root", "r", "--include", "*.md", "--exclude", "x", "--no-ignore", "-L", "--config", "c.yml",
                "--from", "markdown", "--stdin-filepath", "s.md", "--charset", "latin1", "--lenient-decoding", "--max-size", "1K",
                "--file-timeout", "500ms", "-q", "-v", "--debug");
        FixCommand c = fix.getCommand();
        assertThat(c.paths).containsExactly("a", "b.md");
        assertThat(List.of(c.mode.write(), c.mode.check(), c.mode.diff())).containsExactly(false, false, true);
        assertThat(c.mode.report).isEqualTo("json");
        assertThat(c.values.steps).containsExactly("clean", "links", "qr");
        assertThat(c.values.baseUrl).isEqualTo("https://x.org/");
        assertThat(c.values.root).hasToString("r");
        assertThat(c.selection.include).containsExactly("*.md");
        assertThat(c.selection.exclude).containsExactly("x");
        assertThat(c.selection.noIgnore && c.selection.follow).isTrue();
        assertThat(c.config.choice.file).hasToString("c.yml");
        assertThat(List.of(c.read.from, c.read.stdinFilepath, c.read.charset)).containsExactly("markdown", "s.md", "latin1");
        assertThat(c.read.lenientDecoding).isTrue();
        assertThat(c.read.maxSize).isEqualTo(1024);
        assertThat(c.timeout.fileTimeout).hasMillis(500);
        assertThat(c.common.quiet && c.common.verbose && c.common.debug).isTrue();
        for (String[] args : new String[][] {{"-w"}, {"--write"}, {"-c"}, {"--check"}}) {
            CommandLine again = coded();
            again.parseArgs(args);
            FixCommand a = again.getCommand();
            assertThat(List.of(a.mode.write(), a.mode.check(), a.mode.diff())).as(args[0])
                    .containsExactly(args[0].contains("w"), args[0].contains("c"), false);
        }
    }

    @Test
    void withNoOptionsTheFieldsHoldTheAnnotatedDefaults() {
        CommandLine fix = coded();
        fix.parseArgs();
        FixCommand c = fix.getCommand();
        CommandLine other = annotated();
        other.parseArgs("fix");
        FixCommand a = other.getSubcommands().get("fix").getCommand();
        assertThat(c.paths).isEqualTo(a.paths).isEmpty();
        assertThat(c.mode.action).isNull();
        assertThat(a.mode.action).isNull();
        assertThat(c.values.steps).isEqualTo(a.values.steps).isEmpty();
        assertThat(c.read.maxSize).isEqualTo(a.read.maxSize).isEqualTo(64L << 20);
        assertThat(c.timeout.fileTimeout).isEqualTo(a.timeout.fileTimeout).hasSeconds(60);
        assertThat(c.config.choice).isNull();
        assertThat(a.config.choice).isNull();
    }

    @Override
    String name() {
        return "fix";
    }

    /** What a run of {@code conv fix} parses with: the command alone, its root a spec without a command line. */
    @Override
    CommandLine coded() {
        return Main.fix(ModelDescription.console(), UnaryOperator.identity());
    }

    @Override
    List<String> someOptions() {
        return List.of("--steps", "--base-url", "--root");
    }

    @Override
    String[] settingsArgs() {
        return new String[] {"x", "--steps", "clean,links", "--base-url", "https://x.org/", "--root", "r", "--include", "*.md", "--no-ignore"};
    }

    @Override
    List<String> settingsShown() {
        return List.of("steps", "base-url", "root", "include");
    }

    @Override
    List<String> optionsNeedingAValue() {
        return List.of("--steps");
    }
}
