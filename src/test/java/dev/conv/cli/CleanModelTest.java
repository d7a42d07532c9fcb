package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The clean model built in code is the one picocli reads from the annotations, attribute by attribute. */
class CleanModelTest {
    @Test
    void cleanHasTheAnnotatedOptionsInTheirOrder() {
        CommandSpec coded = coded().getCommandSpec();
        CommandSpec annotated = annotated().getSubcommands().get("clean").getCommandSpec();
        assertThat(ModelDescription.of(coded)).isEqualTo(ModelDescription.of(annotated));
        assertThat(coded.options()).extracting(OptionSpec::longestName)
                .contains("--write", "--check", "--diff", "--report", "--custom-tags", "--custom-tag", "--tracker-host", "--remove", "--include",
                        "--config", "--from", "--max-size", "--file-timeout", "--quiet", "--help", "--version");
        assertThat(coded.mixins()).containsOnlyKeys("mixinStandardHelpOptions");
    }

    @Test
    void theRootIsTheAnnotatedRoot() {
        assertThat(ModelDescription.of(coded().getCommandSpec().parent()))
                .isEqualTo(ModelDescription.of(annotated().getCommandSpec()));
        assertThat(coded().getCommandSpec().qualifiedName()).isEqualTo("conv clean");
    }

    @Test
    void helpIsTheAnnotatedOne() {
        CommandLine coded = coded();
        CommandLine annotated = annotated().getSubcommands().get("clean");
        for (int width : new int[] {80, 120}) {
            coded.setUsageHelpWidth(width);
            annotated.setUsageHelpWidth(width);
            assertThat(coded.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(annotated.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(CliRun.run("", "clean", "--help").out()).isEqualTo(ModelDescription.run(annotated(), "clean", "--help").out())
                .startsWith("Usage: conv clean ");
        assertThat(CliRun.run("", "clean", "-V").out()).isEqualTo(CliRun.run("", "-V").out());
    }

    @Test
    void aRunOfCleanUsesTheModelBuiltInCode() throws Exception {
        CommandLine clean = coded();
        assertThat(clean.getParent()).isNull();
        assertThat(clean.getParameterExceptionHandler()).isInstanceOf(UsageErrorHandler.class);
        assertThat(clean.getExecutionExceptionHandler()).isInstanceOf(InternalErrorHandler.class);
        CleanCommand command = clean.getCommand();
        assertThat(command.spec).isSameAs(clean.getCommandSpec());
        assertThat(clean.getCommandSpec().findOption("--check").getter().<Object>get()).isNull();
        clean.parseArgs("--check");
        assertThat(clean.getCommandSpec().findOption("--check").getter().<Object>get()).isEqualTo(true);
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

    @Test
    void theCommandLineGivesTheSameSettingsAsTheAnnotatedModel() {
        String[] args = {"x", "--custom-tags", "link", "--custom-tag", "ok=drop", "--tracker-host", "t.example", "--remove", ".ad",
            "--include", "*.md", "--no-ignore"};
        CommandLine clean = coded();
        clean.parseArgs(args);
        CommandLine other = annotated();
        other.parseArgs(Stream.concat(Stream.of("clean"), Arrays.stream(args)).toArray(String[]::new));
        assertThat(CommandLineSettings.of(clean.getCommandSpec()).toString())
                .isEqualTo(CommandLineSettings.of(other.getSubcommands().get("clean").getCommandSpec()).toString())
                .contains("custom-tags", "custom-tag", "tracker-host", "remove", "include");
    }

    @Test
    void usageErrorsReadAsWithTheAnnotatedModel() {
        for (String[] args : new String[][] {{"--bogus"}, {"--check", "--write"}, {"-c", "-d"}, {"--config", "c.yml", "--no-config"},
                {"--max-size", "-1"}, {"--file-timeout", "soon"}, {"--chek"}, {"--remove"}, {"--custom-tags"}}) {
            String[] full = Stream.concat(Stream.of("clean"), Arrays.stream(args)).toArray(String[]::new);
            CliRun coded = CliRun.run("", full);
            CliRun annotated = ModelDescription.run(annotated(), full);
            assertThat(coded.exitCode()).as(String.join(" ", args)).isEqualTo(2).isEqualTo(annotated.exitCode());
            assertThat(coded.err()).as(String.join(" ", args)).isEqualTo(annotated.err());
        }
    }

    /** What a run of {@code conv clean} parses with: the command alone, its root a spec without a command line. */
    private static CommandLine coded() {
        return Main.clean(ModelDescription.console(), UnaryOperator.identity());
    }

    /** The tree as picocli reads it from the annotations, clean included. */
    private static CommandLine annotated() {
        return Main.commandLine(ModelDescription.console(), UnaryOperator.identity(), "--help");
    }
}
