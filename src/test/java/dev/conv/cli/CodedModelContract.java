package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command whose picocli model is built in code must show: the model, help, settings
 * and usage errors of the annotated one, attribute by attribute. A test class per command gives
 * the command and its own options; the checks of fields stay there.
 */
abstract class CodedModelContract {
    /** The subcommand's name: {@code clean}, {@code fix}. */
    abstract String name();

    /** What a run of the command parses with: the command alone, its root a spec without a command line. */
    abstract CommandLine coded();

    /** Long option names the model must hold, the command's own among them. */
    abstract List<String> someOptions();

    /** A command line of the command's own options, and setting names its settings must show. */
    abstract String[] settingsArgs();

    abstract List<String> settingsShown();

    /** Options of the command's own that, without their value, are a usage error. */
    abstract List<String> optionsNeedingAValue();

    /** The tree as picocli reads it from the annotations. */
    static CommandLine annotated() {
        return Main.commandLine(ModelDescription.console(), java.util.function.UnaryOperator.identity(), "--help");
    }

    CommandLine annotatedCommand() {
        return annotated().getSubcommands().get(name());
    }

    @Test
    void theModelHasTheAnnotatedOptionsInTheirOrder() {
        CommandSpec coded = coded().getCommandSpec();
        assertThat(ModelDescription.of(coded)).isEqualTo(ModelDescription.of(annotatedCommand().getCommandSpec()));
        assertThat(coded.options()).extracting(OptionSpec::longestName).containsAll(someOptions())
                .contains("--write", "--check", "--diff", "--report", "--include", "--config", "--from", "--max-size",
                        "--file-timeout", "--quiet", "--help", "--version");
        assertThat(coded.mixins()).containsOnlyKeys("mixinStandardHelpOptions");
    }

    @Test
    void theRootIsTheAnnotatedRoot() {
        assertThat(ModelDescription.of(coded().getCommandSpec().parent()))
                .isEqualTo(ModelDescription.of(annotated().getCommandSpec()));
        assertThat(coded().getCommandSpec().qualifiedName()).isEqualTo("conv " + name());
    }

    @Test
    void helpIsTheAnnotatedOne() {
        CommandLine coded = coded();
        CommandLine annotated = annotatedCommand();
        for (int width : new int[] {80, 120}) {
            coded.setUsageHelpWidth(width);
            annotated.setUsageHelpWidth(width);
            assertThat(coded.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(annotated.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(CliRun.run("", name(), "--help").out()).isEqualTo(ModelDescription.run(annotated(), name(), "--help").out())
                .startsWith("Usage: conv " + name() + " ");
        assertThat(CliRun.run("", name(), "-V").out()).isEqualTo(CliRun.run("", "-V").out());
    }

    @Test
    void aRunUsesTheModelBuiltInCode() throws Exception {
        CommandLine cli = coded();
        assertThat(cli.getParent()).isNull();
        assertThat(cli.getParameterExceptionHandler()).isInstanceOf(UsageErrorHandler.class);
        assertThat(cli.getExecutionExceptionHandler()).isInstanceOf(InternalErrorHandler.class);
        assertThat(cli.getCommandSpec().findOption("--check").getter().<Object>get()).isNull();
        cli.parseArgs("--check");
        assertThat(cli.getCommandSpec().findOption("--check").getter().<Object>get()).isEqualTo(true);
    }

    @Test
    void theCommandLineGivesTheSameSettingsAsTheAnnotatedModel() {
        String[] args = settingsArgs();
        CommandLine cli = coded();
        cli.parseArgs(args);
        CommandLine other = annotated();
        other.parseArgs(Stream.concat(Stream.of(name()), Arrays.stream(args)).toArray(String[]::new));
        assertThat(CommandLineSettings.of(cli.getCommandSpec()).toString())
                .isEqualTo(CommandLineSettings.of(other.getSubcommands().get(name()).getCommandSpec()).toString())
                .contains(settingsShown());
    }

    @Test
    void usageErrorsReadAsWithTheAnnotatedModel() {
        Stream<String[]> common = Stream.of(new String[][] {{"--bogus"}, {"--check", "--write"}, {"-c", "-d"},
            {"--config", "c.yml", "--no-config"}, {"--max-size", "-1"}, {"--file-timeout", "soon"}, {"--chek"}});
        Stream<String[]> own = optionsNeedingAValue().stream().map(o -> new String[] {o});
        for (String[] args : Stream.concat(common, own).toList()) {
            String[] full = Stream.concat(Stream.of(name()), Arrays.stream(args)).toArray(String[]::new);
            CliRun coded = CliRun.run("", full);
            CliRun annotated = ModelDescription.run(annotated(), full);
            assertThat(coded.exitCode()).as(String.join(" ", args)).isEqualTo(2).isEqualTo(annotated.exitCode());
            assertThat(coded.err()).as(String.join(" ", args)).isEqualTo(annotated.err());
        }
    }
}
