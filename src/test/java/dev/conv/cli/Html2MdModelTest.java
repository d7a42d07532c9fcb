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

/** The html2md model built in code is the one picocli reads from the annotations, attribute by attribute. */
class Html2MdModelTest {
    @Test
    void html2mdHasTheAnnotatedOptionsInTheirOrder() {
        CommandSpec coded = coded().getCommandSpec();
        CommandSpec annotated = html2md(annotated());
        assertThat(ModelDescription.of(coded)).isEqualTo(ModelDescription.of(annotated));
        assertThat(coded.options()).extracting(OptionSpec::longestName)
                .contains("--output", "--from", "--include", "--bullet", "--custom-tag", "--tracker-host",
                        "--file-timeout", "--config", "--no-config", "--verbose", "--help", "--version");
    }

    @Test
    void theRootIsTheAnnotatedRoot() {
        assertThat(ModelDescription.of(coded().getCommandSpec().parent())).isEqualTo(ModelDescription.of(annotated().getCommandSpec()));
    }

    @Test
    void helpAndVersionAreTheAnnotatedOnes() {
        CommandLine coded = coded();
        CommandLine annotated = annotated().getSubcommands().get("html2md");
        for (int width : new int[] {80, 120}) {
            coded.setUsageHelpWidth(width);
            annotated.setUsageHelpWidth(width);
            assertThat(coded.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(annotated.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(CliRun.run("", "html2md", "-V").out()).isEqualTo(CliRun.run("", "-V").out()).startsWith("conv ");
    }

    @Test
    void aRunOfHtml2mdUsesTheModelBuiltInCode() throws Exception {
        CommandSpec spec = coded().getCommandSpec();
        assertThat(spec.userObject()).isInstanceOf(Html2MdCommand.class);
        assertThat(((Html2MdCommand) spec.userObject()).spec).isSameAs(spec);
        assertThat(spec.findOption("--from").getter().<Object>get()).isNull();
        ((Html2MdCommand) spec.userObject()).read.from = "markdown";
        assertThat(spec.findOption("--from").getter().<Object>get()).isEqualTo("markdown");
    }

    /** Each spec and command line picocli makes compiles regular expressions: html2md runs with one of each. */
    @Test
    void html2mdRunsAloneNamedAsInTheTree() {
        CommandLine alone = coded();
        assertThat(alone.getParent()).isNull();
        assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo("conv html2md");
        CommandLine inTree = annotated().getSubcommands().get("html2md");
        assertThat(alone.getParameterExceptionHandler()).isInstanceOf(UsageErrorHandler.class);
        assertThat(alone.getExecutionExceptionHandler()).isInstanceOf(InternalErrorHandler.class);
        assertThat(alone.isCaseInsensitiveEnumValuesAllowed()).isEqualTo(inTree.isCaseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(alone.getHelpFactory().getClass()).isEqualTo(inTree.getHelpFactory().getClass());
        assertThat(CliRun.run("", "html2md", "--help").out()).isEqualTo(ModelDescription.run(annotated(), "html2md", "--help").out())
                .startsWith("Usage: conv html2md ");
    }

    /** Each spec picocli makes compiles regular expressions: the mixins' options are the command's own. */
    @Test
    void html2mdMakesNoSpecPerMixin() {
        assertThat(coded().getCommandSpec().mixins()).containsOnlyKeys("mixinStandardHelpOptions");
        assertThat(html2md(annotated()).mixins()).containsKeys("read", "common", "mixinStandardHelpOptions");
    }

    @Test
    void theOptionsReachTheFieldsTheAnnotationsName() {
        CommandLine html2md = coded();
        html2md.parseArgs("a.html", "b.html", "-o", "x.md", "--out-dir", "d", "--main", "--front-matter", "--report", "json",
                "--from", "html", "--stdin-filepath", "s.html", "--charset", "latin1", "--lenient-decoding", "--max-size", "2K",
                "--include", "*.htm", "--include", "*.html", "--exclude", "x", "--no-ignore", "-L",
                "--bullet", "*", "--heading-style", "SETEXT", "--code-style", "indented", "--link-style", "reference",
                "--wrap", "72", "--keep-html", "--allow-data-images", "--custom-tags", "link", "--custom-tag", "ok=drop",
                "--tracker-host", "t.example", "--file-timeout", "2m", "--config", "c.yml", "-q", "-v", "--debug");
        Html2MdCommand c = html2md.getCommand();
        assertThat(c.inputs).containsExactly("a.html", "b.html");
        assertThat(c.output).hasToString("x.md");
        assertThat(c.outDir).hasToString("d");
        assertThat(c.main && c.frontMatter).isTrue();
        assertThat(c.reportFormat).isEqualTo("json");
        assertThat(List.of(c.read.from, c.read.stdinFilepath, c.read.charset)).containsExactly("html", "s.html", "latin1");
        assertThat(c.read.lenientDecoding).isTrue();
        assertThat(c.read.maxSize).isEqualTo(2048);
        assertThat(c.selection.include).containsExactly("*.htm", "*.html");
        assertThat(c.selection.exclude).containsExactly("x");
        assertThat(c.selection.noIgnore && c.selection.follow).isTrue();
        assertThat(c.style.bullet).isEqualTo('*');
        assertThat(List.of(c.style.headingStyle, c.style.codeStyle, c.style.linkStyle))
                .extracting(Enum::name).containsExactly("SETEXT", "INDENTED", "REFERENCE");
        assertThat(c.style.wrap).isEqualTo(72);
        assertThat(c.style.keepHtml && c.style.allowDataImages).isTrue();
        assertThat(c.customTags.customTags).isEqualTo("link");
        assertThat(c.customTags.customTag).containsExactly("ok=drop");
        assertThat(c.trackers.trackerHost).containsExactly("t.example");
        assertThat(c.timeout.fileTimeout).hasMinutes(2);
        assertThat(c.config.choice.file).hasToString("c.yml");
        assertThat(c.config.choice.none).isFalse();
        assertThat(c.common.quiet && c.common.verbose && c.common.debug).isTrue();
    }

    @Test
    void withNoOptionsTheFieldsHoldTheAnnotatedDefaults() {
        CommandLine html2md = coded();
        html2md.parseArgs();
        Html2MdCommand c = html2md.getCommand();
        CommandLine other = annotated();
        other.parseArgs("html2md");
        Html2MdCommand a = other.getSubcommands().get("html2md").getCommand();
        assertThat(c.inputs).isEqualTo(a.inputs).isEmpty();
        assertThat(c.read.maxSize).isEqualTo(a.read.maxSize).isEqualTo(64L << 20);
        assertThat(c.style.bullet).isEqualTo(a.style.bullet).isEqualTo('-');
        assertThat(List.of(c.style.headingStyle, c.style.codeStyle, c.style.linkStyle))
                .isEqualTo(List.of(a.style.headingStyle, a.style.codeStyle, a.style.linkStyle));
        assertThat(c.customTags.customTags).isEqualTo(a.customTags.customTags).isEqualTo("unwrap");
        assertThat(c.timeout.fileTimeout).isEqualTo(a.timeout.fileTimeout).hasSeconds(60);
        assertThat(c.config.choice).isNull();
        assertThat(a.config.choice).isNull();
    }

    @Test
    void configAndNoConfigExcludeEachOtherWithTheAnnotatedMessage() {
        CliRun coded = CliRun.run("", "html2md", "--config", "c.yml", "--no-config");
        CliRun annotated = ModelDescription.run(annotated(), "html2md", "--config", "c.yml", "--no-config");
        assertThat(coded.exitCode()).isEqualTo(2);
        assertThat(coded.err()).isEqualTo(annotated.err()).contains("mutually exclusive");
    }

    @Test
    void usageErrorsReadAsWithTheAnnotatedModel() {
        for (String[] args : new String[][] {{"--bogus"}, {"--wrap", "x"}, {"--heading-style", "nope"}, {"--max-size", "-1"},
                {"--file-timeout", "soon"}, {"--bullt", "*"}, {"-o"}}) {
            String[] full = Stream.concat(Stream.of("html2md"), Arrays.stream(args)).toArray(String[]::new);
            CliRun coded = CliRun.run("", full);
            CliRun annotated = ModelDescription.run(annotated(), full);
            assertThat(coded.exitCode()).as(String.join(" ", args)).isEqualTo(2).isEqualTo(annotated.exitCode());
            assertThat(coded.err()).as(String.join(" ", args)).isEqualTo(annotated.err());
        }
    }

    private static CommandSpec html2md(CommandLine root) {
        return root.getSubcommands().get("html2md").getCommandSpec();
    }

    /** What a run of {@code conv html2md} parses with: the command alone, its root a spec without a command line. */
    private static CommandLine coded() {
        return Main.html2md(ModelDescription.console(), UnaryOperator.identity());
    }

    /** The tree as picocli reads it from the annotations, html2md included. */
    private static CommandLine annotated() {
        return Main.commandLine(ModelDescription.console(), UnaryOperator.identity(), "--help");
    }
}
