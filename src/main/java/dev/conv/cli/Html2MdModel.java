package dev.conv.cli;

import dev.conv.markdown.Html2MdOptions.CodeStyle;
import dev.conv.markdown.Html2MdOptions.HeadingStyle;
import dev.conv.markdown.Html2MdOptions.LinkStyle;
import static dev.conv.cli.CodedModel.command;
import static dev.conv.cli.CodedModel.common;
import static dev.conv.cli.CodedModel.config;
import static dev.conv.cli.CodedModel.customTags;
import static dev.conv.cli.CodedModel.flag;
import static dev.conv.cli.CodedModel.option;
import static dev.conv.cli.CodedModel.read;
import static dev.conv.cli.CodedModel.selection;
import static dev.conv.cli.CodedModel.standardHelp;
import static dev.conv.cli.CodedModel.timeout;
import static dev.conv.cli.CodedModel.trackers;

import java.nio.file.Path;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli model of a {@code conv html2md} run, built in code.
 * picocli reads annotations through the JDK's annotation proxies, classes generated on every start
 * that no class-data archive keeps: a fifth of a 2 KB page's run. The annotations on
 * {@link Html2MdCommand} and its mixins stay the model of the whole tree (help, docs, completion);
 * Html2MdModelTest proves the two models alike, option by option. The mixins' options are added to the
 * command itself ({@link CodedModel}): each picocli spec compiles four regular expressions when made,
 * and with some 90 of them at start-up the JIT compiled java.util.regex's parser, a tenth of a 2 KB
 * page's CPU.
 */
final class Html2MdModel {
    private Html2MdModel() {
    }

    /** {@code html2md} as {@link Html2MdCommand}'s annotations describe it, bound to {@code command}'s fields. */
    static CommandSpec html2md(Html2MdCommand command, IFactory factory) {
        CommandSpec spec = command(command, "html2md", factory);
        spec.usageMessage().sortOptions(false)
                .description("Convert HTML, or Markdown that embeds HTML, to clean GitHub-flavoured Markdown.",
                        "With no FILE, or FILE '-', reads stdin and writes stdout.",
                        "Directories and several files need --out-dir; their layout is mirrored there, .html/.htm -> .md.")
                .footer("", "Examples:",
                        "  conv html2md < page.html > page.md",
                        "  conv html2md page.html -o page.md",
                        "  conv html2md site/ --out-dir markdown/",
                        "  conv html2md --main --front-matter page.html");
        spec.addPositional(CodedModel.inputs("FILE", "Files or directories; '-' is stdin.",
                () -> command.inputs, v -> command.inputs = CodedModel.cast(v)));
        spec.addOption(option(Path.class, () -> command.output, v -> command.output = (Path) v, "-o", "--output")
                .paramLabel("FILE").description("Write the Markdown to FILE (one input only).").build());
        spec.addOption(option(Path.class, () -> command.outDir, v -> command.outDir = (Path) v, "--out-dir")
                .paramLabel("DIR").description("Write one .md per input under DIR, mirroring the input layout.").build());
        spec.addOption(flag("main", () -> command.main, v -> command.main = (Boolean) v, "--main")
                .description("Keep the page's main content: drop navigation, site header and footer, "
                        + "sidebars, share bars, comments, related lists, cookie and newsletter boxes. A page with no clear "
                        + "article is kept whole (-v says so).").build());
        spec.addOption(flag("frontMatter", () -> command.frontMatter, v -> command.frontMatter = (Boolean) v, "--front-matter")
                .description("Write YAML front matter from the page's metadata: title, author, "
                        + "dates, canonical URL, site name, language, description, lead image (existing keys win).").build());
        spec.addOption(option(String.class, () -> command.reportFormat, v -> command.reportFormat = (String) v, "--report")
                .paramLabel("json").description("Print a JSON report of each file's changes "
                        + "(with --main: the blocks dropped) on stdout; needs -o or --out-dir, which keep stdout free.").build());
        read(spec, command.read = new ReadOptions());
        selection(spec, command.selection = new FileSelectionOptions());
        style(spec, command.style = new Html2MdStyleOptions());
        customTags(spec, command.customTags = new CustomTagOptions());
        trackers(spec, command.trackers = new TrackerHostOptions());
        timeout(spec, command.timeout = new FileTimeoutOptions());
        config(spec, command.config = new ConfigOptions());
        common(spec, command.common = new CommonOptions());
        command.spec = spec;
        return standardHelp(spec, factory);
    }

    private static void style(CommandSpec spec, Html2MdStyleOptions o) {
        spec.addOption(option(char.class, () -> o.bullet, v -> o.bullet = (Character) v, "--bullet").paramLabel("-|*|+")
                .defaultValue("-").description("Bullet list marker (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(HeadingStyle.class, () -> o.headingStyle, v -> o.headingStyle = (HeadingStyle) v, "--heading-style")
                .paramLabel("atx|setext").defaultValue("atx")
                .description("ATX (# Title) or setext (underlined, levels 1-2 only) headings (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(CodeStyle.class, () -> o.codeStyle, v -> o.codeStyle = (CodeStyle) v, "--code-style")
                .paramLabel("fenced|indented").defaultValue("fenced")
                .description("Fenced (```) or indented code blocks (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(LinkStyle.class, () -> o.linkStyle, v -> o.linkStyle = (LinkStyle) v, "--link-style")
                .paramLabel("inline|reference").defaultValue("inline")
                .description("[text](url) or [text][1] with definitions at the end (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(int.class, () -> o.wrap, v -> o.wrap = (Integer) v, "--wrap").paramLabel("N").defaultValue("0")
                .description("Wrap paragraphs at N columns; 0 never wraps (default).").build());
        spec.addOption(flag("keepHtml", () -> o.keepHtml, v -> o.keepHtml = (Boolean) v, "--keep-html")
                .description("Keep as raw HTML what Markdown cannot express: <sub>, <sup>, <u>, <ins>, <mark>, "
                        + "and embedded <iframe>/<video>/<audio>. Without it these are unwrapped (text kept) "
                        + "or become links.").build());
        spec.addOption(flag("allowDataImages", () -> o.allowDataImages, v -> o.allowDataImages = (Boolean) v, "--allow-data-images")
                .description("Keep images whose source is a data:image/* URL (not SVG). Without it they are "
                        + "written as their alt text, like every URL that is not http, https, mailto, tel, ftp "
                        + "or relative.").build());
    }

}
