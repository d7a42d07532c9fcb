package dev.conv.cli;

import dev.conv.config.ConfigFile;
import dev.conv.config.ConfigSchema;
import dev.conv.config.Key;
import dev.conv.config.Setting;
import dev.conv.config.Settings;
import dev.conv.fix.StepCatalog;
import dev.conv.fix.StepSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code conv config}: the effective configuration for a path, as YAML a {@code .conv.yml} could
 * hold, each value followed by where it came from (a file and line, the command line, or the
 * default). Checks it as {@code conv fix} would: a bad value exits 2.
 */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Print the configuration conv fix would use for PATH (default: the current directory), "
                + "each value with where it came from: FILE:LINE, the command line, or the default.",
                "Looks for .conv.yml from PATH's directory up to the git root; the nearest wins key by key."},
        footer = {"", "Examples:",
                "  conv config docs/page.md",
                "  conv config --steps clean,links --base-url https://example.org/"})
final class ConfigCommand implements Callable<Integer> {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./:@=+ -]*");

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "The file or directory whose configuration to show.")
    Path path;

    @Mixin
    FixValueOptions values;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    ConfigOptions config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;

    ConfigCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path near = path == null ? console.workDir() : console.workDir().resolve(path);
        Settings settings = CommandLineSettings.near(near, config, spec);
        StepCatalog.standard().pipeline(settings); // a value no step can use fails here, as in conv fix
        Path root = StepSettings.root(settings, near, console.workDir());
        PrintStream out = console.out();
        out.println("# conv fix's configuration for " + PathDisplay.of(near));
        List<ConfigFile> files = settings.files();
        out.println("# files read, nearest last: " + (files.isEmpty() ? "none"
                : files.stream().map(f -> f.path().toString()).collect(Collectors.joining(", "))));
        String section = "";
        for (Key key : ConfigSchema.keys()) {
            Setting s = settings.get(key.name());
            if (!key.section().equals(section)) {
                section = key.section();
                out.println(section + ":");
            }
            Object value = s.value();
            String origin = s.origin().toString();
            if (key.name().equals("root") && value == null) {
                value = root;
                origin = "default: the git root, else the current directory";
            }
            String line = (section.isEmpty() ? "" : "  ") + key.localName() + ": " + yaml(value);
            out.println(pad(line) + " # " + origin);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String pad(String line) {
        return line.length() >= 44 ? line : line + " ".repeat(44 - line.length());
    }

    /** A value as YAML: plain when it reads back as the same string, else a JSON string or list. */
    static String yaml(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConfigCommand::yaml).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof java.util.Map<?, ?>) {
            return new com.google.gson.Gson().toJson(value);
        }
        String text = value.toString();
        if (value instanceof Boolean || value instanceof Integer) {
            return text;
        }
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains(": ")
                && !List.of("true", "false", "null", "yes", "no", "on", "off", "~").contains(text.toLowerCase())
                && !text.matches("[-+]?[0-9].*");
        return plain ? text : new com.google.gson.Gson().toJson(text);
    }
}
