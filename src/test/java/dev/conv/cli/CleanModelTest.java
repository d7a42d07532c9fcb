package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conv clean}'s model built in code: the shared checks of {@link CodedModelContract}, and its own fields. */
class CleanModelTest extends CodedModelContract {
    @Test
    void theModelFillsTheCommandItRuns() {
        CommandLine cli = coded();
        CleanCommand command = cli.getCommand();
        assertThat(command.spec).isSameAs(cli.getCommandSpec());
    }

    @Test
    void theOptionsReachTheFieldsTheAnnotationsName() {
        CommandLine clean = coded();
        clean.parseArgs("a", "b.md", "-d", "--report", "json", "--custom-tags", "drop", "--custom-tag", "ok=link",
                "--tracker-host", "t.example", "--remove", ".ad", "--remove", "#x", "--include", "*.md", "--exclude", "x", "--no-ignore", "-L", "--config", "c.yml",
                "--from", "markdown", "--stdin-filepath", "s.md", "--charset", "latin1", "--lenient-decoding", "--max-size", "1K",
                "--file-timeout", "500ms", "-q", "-v", "--debug");
        CleanCommand c = clean.getCommand();
        assertThat(c.paths).containsExactly("a", "b.md");
        assertThat(List.of(c.mode.write(), c.mode.check(), c.mode.diff())).containsExactly(false, false, true);
        assertThat(c.mode.report).isEqualTo("json");
        assertThat(c.policy.tags.customTags).isEqualTo("drop");
        assertThat(c.policy.tags.customTag).containsExactly("ok=link");
        assertThat(c.policy.trackers.trackerHost).containsExactly("t.example");
        assertThat(c.policy.remove).containsExactly(".ad", "#x");
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
            CleanCommand a = again.getCommand();
            assertThat(List.of(a.mode.write(), a.mode.check(), a.mode.diff())).as(args[0])
                    .containsExactly(args[0].contains("w"), args[0].contains("c"), false);
        }
    }

    @Test
    void withNoOptionsTheFieldsHoldTheAnnotatedDefaults() {
        CommandLine clean = coded();
        clean.parseArgs();
        CleanCommand c = clean.getCommand();
        CommandLine other = annotated();
        other.parseArgs("clean");
        CleanCommand a = other.getSubcommands().get("clean").getCommand();
        assertThat(c.paths).isEqualTo(a.paths).isEmpty();
        assertThat(c.mode.action).isNull();
        assertThat(a.mode.action).isNull();
        assertThat(c.policy.remove).isEqualTo(a.policy.remove).isEmpty();
        assertThat(c.policy.tags.customTags).isEqualTo(a.policy.tags.customTags).isEqualTo("unwrap");
        assertThat(c.read.maxSize).isEqualTo(a.read.maxSize).isEqualTo(64L << 20);
        assertThat(c.timeout.fileTimeout).isEqualTo(a.timeout.fileTimeout).hasSeconds(60);
        assertThat(c.config.choice).isNull();
        assertThat(a.config.choice).isNull();
    }

    @Override
    String name() {
        return "clean";
    }

    /** What a run of {@code conv clean} parses with: the command alone, its root a spec without a command line. */
    @Override
    CommandLine coded() {
        return Main.clean(ModelDescription.console(), UnaryOperator.identity());
    }

    @Override
    List<String> someOptions() {
        return List.of("--custom-tags", "--custom-tag", "--tracker-host", "--remove");
    }

    @Override
    String[] settingsArgs() {
        return new String[] {"x", "--custom-tags", "link", "--custom-tag", "ok=drop", "--tracker-host", "t.example", "--remove", ".ad",
            "--include", "*.md", "--no-ignore"};
    }

    @Override
    List<String> settingsShown() {
        return List.of("custom-tags", "custom-tag", "tracker-host", "remove", "include");
    }

    @Override
    List<String> optionsNeedingAValue() {
        return List.of("--remove", "--custom-tags");
    }
}
