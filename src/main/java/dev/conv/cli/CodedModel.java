package dev.conv.cli;

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
 * The root command and the options of conv's shared mixins, added in code to a command's spec as picocli
 * would read them from their annotations, for the commands whose model is built in code ({@link Html2MdModel},
 * {@link FixModel}): reading annotations makes the JDK generate annotation proxy classes on every start, which
 * no class-data archive keeps. The options go on the command itself, not on a spec per mixin: each picocli
 * spec compiles regular expressions when made.
 */
final class CodedModel {
    private CodedModel() {
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

    /** The {@code PATH...} (or {@code FILE...}) positional parameters of a command, bound to a list field. */
    static PositionalParamSpec inputs(String label, String description, Supplier<Object> get, Consumer<Object> set) {
        Binding field = new Binding(get, set);
        return PositionalParamSpec.builder().paramLabel(label).descriptionKey("").arity("0..*")
                .description(description).type(List.class).auxiliaryTypes(String.class)
                .hasInitialValue(true).initialValue(get.get()).getter(field).setter(field).build();
    }

    static void read(CommandSpec spec, ReadOptions o) {
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

    static void selection(CommandSpec spec, FileSelectionOptions o) {
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

    static void customTags(CommandSpec spec, CustomTagOptions o) {
        spec.addOption(option(String.class, () -> o.customTags, v -> o.customTags = (String) v, "--custom-tags")
                .paramLabel("unwrap|link|drop").defaultValue("unwrap")
                .description("Tags that are not HTML5 (<ok href>, <span href>): unwrap keeps the content "
                        + "(default), link turns one with href into a link, drop removes it with its content.").build());
        spec.addOption(strings(() -> o.customTag, v -> o.customTag = cast(v), "--custom-tag").paramLabel("NAME=POLICY")
                .description("Policy for one tag, e.g. ok=link, my-widget=keep (repeatable).").build());
    }

    static void trackers(CommandSpec spec, TrackerHostOptions o) {
        spec.addOption(strings(() -> o.trackerHost, v -> o.trackerHost = cast(v), "--tracker-host").paramLabel("HOST")
                .description("Treat images, iframes and scripts from HOST (and its subdomains) as trackers (repeatable).").build());
    }

    static void timeout(CommandSpec spec, FileTimeoutOptions o) {
        spec.addOption(option(Duration.class, () -> o.fileTimeout, v -> o.fileTimeout = (Duration) v, "--file-timeout")
                .paramLabel("DURATION").defaultValue("60s").converters(new FileTimeoutOptions.Converter())
                .description("Give up on a file that takes longer (default: ${DEFAULT-VALUE}; 500ms, 30s, 2m, 1h; 0: no limit): "
                        + "it is named and left untouched, and the run goes on. Not for one page streamed to stdout.").build());
    }

    /** -w, -c or -d, one at most, and --report; the choice is made when one is given, as picocli makes an ArgGroup's. */
    static void inPlace(CommandSpec spec, InPlaceOptions o) {
        Supplier<InPlaceOptions.Action> action = () -> {
            if (o.action == null) {
                o.action = new InPlaceOptions.Action();
            }
            return o.action;
        };
        spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
                .addArg(groupFlag("write", () -> o.action == null ? null : o.action.write, v -> action.get().write = (Boolean) v,
                        "-w", "--write").description("Rewrite changed files in place (atomically, permissions kept).").build())
                .addArg(groupFlag("check", () -> o.action == null ? null : o.action.check, v -> action.get().check = (Boolean) v,
                        "-c", "--check").description("Change nothing; list the files that would change and exit 1 if any.").build())
                .addArg(groupFlag("diff", () -> o.action == null ? null : o.action.diff, v -> action.get().diff = (Boolean) v,
                        "-d", "--diff").description("Print a unified diff of what would change.").build())
                .build());
        spec.addOption(option(String.class, () -> o.report, v -> o.report = (String) v, "--report").paramLabel("json")
                .description("Print a machine-readable account per file on stdout (which pixels, tags, blocks went).").build());
    }

    /** A boolean option in an ArgGroup: no initial value, as the group's object is made only when one is given. */
    private static OptionSpec.Builder groupFlag(String field, Supplier<Object> get, Consumer<Object> set, String... names) {
        Binding binding = new Binding(get, set);
        return OptionSpec.builder(names).type(boolean.class).paramLabel("<" + field + ">").descriptionKey("")
                .getter(binding).setter(binding);
    }

    /** --config and --no-config, one at most; the choice is made when either is given, as picocli makes an ArgGroup's. */
    static void config(CommandSpec spec, ConfigOptions o) {
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

    static void common(CommandSpec spec, CommonOptions o) {
        spec.addOption(flag("quiet", () -> o.quiet, v -> o.quiet = (Boolean) v, "-q", "--quiet")
                .description("Print errors only: no progress bar, no summary.").build());
        spec.addOption(flag("verbose", () -> o.verbose, v -> o.verbose = (Boolean) v, "-v", "--verbose")
                .description("List each file and what changed in it.").build());
        spec.addOption(flag("debug", () -> o.debug, v -> o.debug = (Boolean) v, "--debug")
                .description("Show stack traces of internal errors.").build());
    }

    /** With conv's factory, as picocli makes the specs of annotated classes. */
    static CommandSpec command(Object userObject, String name, IFactory factory) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject, factory).name(name);
        spec.versionProvider(new Version());
        return spec;
    }

    /** {@code -h} and {@code -V}, added last as picocli's mixinStandardHelpOptions adds them. */
    static CommandSpec standardHelp(CommandSpec spec, IFactory factory) {
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(null, factory);
        boolean[] asked = new boolean[2];
        mixin.addOption(flag("helpRequested", () -> asked[0], v -> asked[0] = (Boolean) v, "-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        mixin.addOption(flag("versionRequested", () -> asked[1], v -> asked[1] = (Boolean) v, "-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
        return spec.addMixin("mixinStandardHelpOptions", mixin);
    }

    /** An option bound to a field, with the field's present value as its initial value, as picocli reads a field. */
    static OptionSpec.Builder option(Class<?> type, Supplier<Object> get, Consumer<Object> set, String... names) {
        Binding field = new Binding(get, set);
        return OptionSpec.builder(names).type(type).descriptionKey("").hasInitialValue(true).initialValue(get.get()).getter(field).setter(field);
    }

    /** A boolean option; picocli labels one read from a field with the field's name. */
    static OptionSpec.Builder flag(String field, Supplier<Object> get, Consumer<Object> set, String... names) {
        return option(boolean.class, get, set, names).paramLabel("<" + field + ">");
    }

    static OptionSpec.Builder strings(Supplier<Object> get, Consumer<Object> set, String... names) {
        return option(List.class, get, set, names).auxiliaryTypes(String.class);
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }

    /** A field of a command or options object, read and written by code rather than by reflection. */
    static final class Binding implements IGetter, ISetter {
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
