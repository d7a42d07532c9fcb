package dev.conv.cli;

import dev.conv.markdown.Html2MdOptions.CodeStyle;
import dev.conv.markdown.Html2MdOptions.HeadingStyle;
import dev.conv.markdown.Html2MdOptions.LinkStyle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli model of a {@code conv html2md} run (the command and the root above it), built in code.
 * picocli reads annotations through the JDK's annotation proxies, classes generated on every start
 * that no class-data archive keeps: a fifth of a 2 KB page's run. The annotations on
 * {@link Html2MdCommand} and its mixins stay the model of the whole tree (help, docs, completion);
 * Html2MdModelTest proves the two models alike, option by option. The mixins' options are added to the
 * command itself: each picocli spec compiles four regular expressions when made, and with some 90 of
 * them at start-up the JIT compiled java.util.regex's parser, a tenth of a 2 KB page's CPU.
 */
final class Html2MdModel {
    private Html2MdModel() {
    }

    /** The root command as {@link ConvCommand}'s annotations describe it, without its subcommands. */
    static CommandSpec root(ConvCommand command, IFactory factory) {
        CommandSpec spec = command(command, "conv", factory);
        spec.usageMessage()
                .description("Converts mirrored web pages to clean Markdown and cleans them in place.", "")
                .synopsisSubcommandLabel("COMMAND")
                .footer("", "Exit codes: 0 ok, 1 some file failed (or would change under --check),",
                        "2 usage error, 3 internal error. 'conv help COMMAND' shows a command's options.");
        command.spec = spec;
        return standardHelp(spec, factory);
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
        Binding inputs = new Binding(() -> command.inputs, v -> command.inputs = cast(v));
        spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").descriptionKey("").arity("0..*")
                .description("Files or directories; '-' is stdin.").type(List.class).auxiliaryTypes(String.class)
                .hasInitialValue(true).initialValue(inputs.get()).getter(inputs).setter(inputs).build());
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

    private static void read(CommandSpec spec, ReadOptions o) {
        spec.addOption(option(String.class, () -> o.from, v -> o.from = (String) v, "--from").paramLabel("html|markdown")
                .description("Read inputs as this kind (default: by extension; stdin and other extensions by their start: "
                        + "Markdown syntax before any tag is Markdown).").build());
        spec.addOption(option(String.class, () -> o.stdinFilepath, v -> o.stdinFilepath = (String) v, "--stdin-filepath")
                .paramLabel("NAME")
                .description("The file stdin comes from: its extension gives the kind, and messages and diffs name it.").build());
        spec.addOption(option(String.class, () -> o.charset, v -> o.charset = (String) v, "--charset").paramLabel("NAME")
                .description("Input charset (default: BOM, then <meta charset>, then UTF-8).").build());
        spec.addOption(flag("lenientDecoding", () -> o.lenientDecoding, v -> o.lenientDecoding = (Boolean) v, "--lenient-decoding")
                .description("Read bytes that are not valid in the charset as U+FFFD, as browsers do, with one warning "
                        + "per file, instead of refusing the file. Not with clean --write: the rewrite would keep them.").build());
        spec.addOption(option(long.class, () -> o.maxSize, v -> o.maxSize = (Long) v, "--max-size").paramLabel("BYTES")
                .defaultValue("64M").converters(new ReadOptions.SizeConverter())
                .description("Skip files larger than this (default: ${DEFAULT-VALUE}); K, M, G suffixes.").build());
    }

    private static void selection(CommandSpec spec, FileSelectionOptions o) {
        spec.addOption(strings(() -> o.include, v -> o.include = cast(v), "--include").paramLabel("GLOB")
                .description("Only files matching GLOB (repeatable; replaces the default extensions). "
                        + "A pattern without / matches the name at any depth, like .gitignore.").build());
        spec.addOption(strings(() -> o.exclude, v -> o.exclude = cast(v), "--exclude").paramLabel("GLOB")
                .description("Skip files matching GLOB (repeatable; wins over --include).").build());
        spec.addOption(flag("noIgnore", () -> o.noIgnore, v -> o.noIgnore = (Boolean) v, "--no-ignore")
                .description("Do not honour .gitignore, .git/info/exclude and .convignore.").build());
        spec.addOption(flag("follow", () -> o.follow, v -> o.follow = (Boolean) v, "-L", "--follow")
                .description("Follow symbolic links that stay inside the tree.").build());
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

    private static void customTags(CommandSpec spec, CustomTagOptions o) {
        spec.addOption(option(String.class, () -> o.customTags, v -> o.customTags = (String) v, "--custom-tags")
                .paramLabel("unwrap|link|drop").defaultValue("unwrap")
                .description("Tags that are not HTML5 (<ok href>, <span href>): unwrap keeps the content "
                        + "(default), link turns one with href into a link, drop removes it with its content.").build());
        spec.addOption(strings(() -> o.customTag, v -> o.customTag = cast(v), "--custom-tag").paramLabel("NAME=POLICY")
                .description("Policy for one tag, e.g. ok=link, my-widget=keep (repeatable).").build());
    }

    private static void trackers(CommandSpec spec, TrackerHostOptions o) {
        spec.addOption(strings(() -> o.trackerHost, v -> o.trackerHost = cast(v), "--tracker-host").paramLabel("HOST")
                .description("Treat images, iframes and scripts from HOST (and its subdomains) as trackers (repeatable).").build());
    }

    private static void timeout(CommandSpec spec, FileTimeoutOptions o) {
        spec.addOption(option(Duration.class, () -> o.fileTimeout, v -> o.fileTimeout = (Duration) v, "--file-timeout")
                .paramLabel("DURATION").defaultValue("60s").converters(new FileTimeoutOptions.Converter())
                .description("Give up on a file that takes longer (default: ${DEFAULT-VALUE}; 500ms, 30s, 2m, 1h; 0: no limit): "
                        + "it is named and left untouched, and the run goes on. Not for one page streamed to stdout.").build());
    }

    /** --config and --no-config, one at most; the choice is made when either is given, as picocli makes an ArgGroup's. */
    private static void config(CommandSpec spec, ConfigOptions o) {
        Supplier<ConfigOptions.Choice> choice = () -> {
            if (o.choice == null) {
                o.choice = new ConfigOptions.Choice();
            }
            return o.choice;
        };
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(OptionSpec.builder("--config").type(Path.class).paramLabel("FILE").descriptionKey("")
                        .description("Read the configuration from FILE instead of the .conv.yml files found upward from each file.")
                        .getter(new Binding(() -> o.choice == null ? null : o.choice.file, v -> choice.get().file = (Path) v))
                        .setter(new Binding(() -> o.choice == null ? null : o.choice.file, v -> choice.get().file = (Path) v))
                        .build())
                .addArg(OptionSpec.builder("--no-config").type(boolean.class).paramLabel("<none>").descriptionKey("")
                        .description("Read no .conv.yml: defaults and the command line only.")
                        .getter(new Binding(() -> o.choice == null ? null : o.choice.none, v -> choice.get().none = (Boolean) v))
                        .setter(new Binding(() -> o.choice == null ? null : o.choice.none, v -> choice.get().none = (Boolean) v))
                        .build())
                .build());
    }

    private static void common(CommandSpec spec, CommonOptions o) {
        spec.addOption(flag("quiet", () -> o.quiet, v -> o.quiet = (Boolean) v, "-q", "--quiet")
                .description("Print errors only: no progress bar, no summary.").build());
        spec.addOption(flag("verbose", () -> o.verbose, v -> o.verbose = (Boolean) v, "-v", "--verbose")
                .description("List each file and what changed in it.").build());
        spec.addOption(flag("debug", () -> o.debug, v -> o.debug = (Boolean) v, "--debug")
                .description("Show stack traces of internal errors.").build());
    }

    /** With conv's factory, as picocli makes the specs of annotated classes. */
    private static CommandSpec command(Object userObject, String name, IFactory factory) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject, factory).name(name);
        spec.versionProvider(new Version());
        return spec;
    }

    /** {@code -h} and {@code -V}, added last as picocli's mixinStandardHelpOptions adds them. */
    private static CommandSpec standardHelp(CommandSpec spec, IFactory factory) {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(null, factory);
        boolean[] asked = new boolean[2];
        mixin.addOption(flag("helpRequested", () -> asked[0], v -> asked[0] = (Boolean) v, "-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        mixin.addOption(flag("versionRequested", () -> asked[1], v -> asked[1] = (Boolean) v, "-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
        return spec.addMixin("mixinStandardHelpOptions", mixin);
    }

    /** An option bound to a field, with the field's present value as its initial value, as picocli reads a field. */
    private static OptionSpec.Builder option(Class<?> type, Supplier<Object> get, Consumer<Object> set, String... names) {
        Binding field = new Binding(get, set);
        return OptionSpec.builder(names).type(type).descriptionKey("").hasInitialValue(true).initialValue(get.get()).getter(field).setter(field);
    }

    /** A boolean option; picocli labels one read from a field with the field's name. */
    private static OptionSpec.Builder flag(String field, Supplier<Object> get, Consumer<Object> set, String... names) {
        return option(boolean.class, get, set, names).paramLabel("<" + field + ">");
    }

    private static OptionSpec.Builder strings(Supplier<Object> get, Consumer<Object> set, String... names) {
        return option(List.class, get, set, names).auxiliaryTypes(String.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** A field of a command or options object, read and written by code rather than by reflection. */
    private static final class Binding implements IGetter, ISetter {
        private final Supplier<Object> get;
        private final Consumer<Object> set;

        Binding(Supplier<Object> get, Consumer<Object> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            set.accept(value);
            return old;
        }
    }
}
