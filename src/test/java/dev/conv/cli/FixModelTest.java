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

/** The fix model built in code is the one picocli reads from the annotations, attribute by attribute. */
class FixModelTest {
    @Test
    void fixHasTheAnnotatedOptionsInTheirOrder() {
        CommandSpec coded = coded().getCommandSpec();
        CommandSpec annotated = annotated().getSubcommands().get("fix").getCommandSpec();
        assertThat(ModelDescription.of(coded)).isEqualTo(ModelDescription.of(annotated));
        assertThat(coded.options()).extracting(OptionSpec::longestName)
                .contains("--write", "--check", "--diff", "--report", "--steps", "--base-url", "--root", "--include",
                        "--config", "--from", "--max-size", "--file-timeout", "--quiet", "--help", "--version");
        assertThat(coded.mixins()).containsOnlyKeys("mixinStandardHelpOptions");
    }

    @Test
    void theRootIsTheAnnotatedRoot() {
        assertThat(ModelDescription.of(coded().getCommandSpec().parent()))
                .isEqualTo(ModelDescription.of(annotated().getCommandSpec()));
        assertThat(coded().getCommandSpec().qualifiedName()).isEqualTo("conv fix");
    }

    @Test
    void helpIsTheAnnotatedOne() {
        CommandLine coded = coded();
        CommandLine annotated = annotated().getSubcommands().get("fix");
        for (int width : new int[] {80, 120}) {
            coded.setUsageHelpWidth(width);
            annotated.setUsageHelpWidth(width);
            assertThat(coded.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(annotated.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(CliRun.run("", "fix", "--help").out()).isEqualTo(ModelDescription.run(annotated(), "fix", "--help").out())
                .startsWith("Usage: conv fix ");
        assertThat(CliRun.run("", "fix", "-V").out()).isEqualTo(CliRun.run("", "-V").out());
    }

    @Test
    void aRunOfFixUsesTheModelBuiltInCode() throws Exception {
        CommandLine fix = coded();
        assertThat(fix.getParent()).isNull();
        assertThat(fix.getParameterExceptionHandler()).isInstanceOf(UsageErrorHandler.class);
        assertThat(fix.getExecutionExceptionHandler()).isInstanceOf(InternalErrorHandler.class);
        FixCommand command = fix.getCommand();
        assertThat(command.spec).isSameAs(fix.getCommandSpec());
        assertThat(fix.getCommandSpec().findOption("--check").getter().<Object>get()).isNull();
        fix.parseArgs("--check");
        assertThat(fix.getCommandSpec().findOption("--check").getter().<Object>get()).isEqualTo(true);
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

    @Test
    void theCommandLineGivesTheSameSettingsAsTheAnnotatedModel() {
        String[] args = {"x", "--steps", "clean,links", "--base-url", "https://x.org/", "--root", "r", "--include", "*.md", "--no-ignore"};
        CommandLine fix = coded();
        fix.parseArgs(args);
        CommandLine other = annotated();
        other.parseArgs(Stream.concat(Stream.of("fix"), Arrays.stream(args)).toArray(String[]::new));
        assertThat(CommandLineSettings.of(fix.getCommandSpec()).toString())
                .isEqualTo(CommandLineSettings.of(other.getSubcommands().get("fix").getCommandSpec()).toString())
                .contains("steps", "base-url", "root", "include");
    }

    @Test
    void usageErrorsReadAsWithTheAnnotatedModel() {
        for (String[] args : new String[][] {{"--bogus"}, {"--check", "--write"}, {"-c", "-d"}, {"--config", "c.yml", "--no-config"},
                {"--max-size", "-1"}, {"--file-timeout", "soon"}, {"--chek"}, {"--steps"}}) {
            String[] full = Stream.concat(Stream.of("fix"), Arrays.stream(args)).toArray(String[]::new);
            CliRun coded = CliRun.run("", full);
            CliRun annotated = ModelDescription.run(annotated(), full);
            assertThat(coded.exitCode()).as(String.join(" ", args)).isEqualTo(2).isEqualTo(annotated.exitCode());
            assertThat(coded.err()).as(String.join(" ", args)).isEqualTo(annotated.err());
        }
    }

    /** What a run of {@code conv fix} parses with: the command alone, its root a spec without a command line. */
    private static CommandLine coded() {
        return Main.fix(ModelDescription.console(), UnaryOperator.identity());
    }

    /** The tree as picocli reads it from the annotations, fix included. */
    private static CommandLine annotated() {
        return Main.commandLine(ModelDescription.console(), UnaryOperator.identity(), "--help");
    }
}
