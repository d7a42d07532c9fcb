package dev.conv.cli;

import dev.conv.config.ConfigSchema;
import dev.conv.config.Key;
import dev.conv.config.Origin;
import dev.conv.config.Setting;
import dev.conv.config.Settings;
import dev.conv.config.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options a command line gave, as configuration values that outrank every file: an option
 * {@code --X} of command {@code C} sets key {@code C.X}, else the top-level key {@code X}; an
 * option {@code --no-X} sets the boolean key {@code X} to false. Options not given set nothing, so
 * a file's value stays.
 */
final class CommandLineSettings {
    private CommandLineSettings() {
    }

    /** The effective settings for a file or directory {@code near}: its .conv.yml files, then the command line. */
    static Settings near(Path near, ConfigOptions config, CommandSpec spec) {
        return Settings.of(config.discovery().chainFor(near), of(spec));
    }

    static Map<String, Setting> of(CommandSpec spec) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, Setting> values = new LinkedHashMap<>();
        if (parsed == null) {
            return values;
        }
        for (OptionSpec option : spec.options()) {
            if (!parsed.hasMatchedOption(option)) {
                continue;
            }
            String name = option.longestName().replaceFirst("^--?", "");
            boolean negated = false;
            Key key = key(spec.name(), name);
            if (key == null && name.startsWith("no-")) {
                key = key(spec.name(), name.substring(3));
                negated = key != null && key.type() == ValueType.BOOLEAN;
                key = negated ? key : null;
            }
            if (key == null) {
                continue;
            }
            Origin origin = Origin.commandLine(option.longestName());
            Object value = option.getValue();
            values.put(key.name(), switch (key.type()) {
                case BOOLEAN -> new Setting(key.name(), !negated && Boolean.TRUE.equals(value), origin);
                case STRINGS, PATHS -> list(key, (List<?>) value, origin);
                case PATH -> new Setting(key.name(), ((Path) value).toAbsolutePath().normalize(), origin);
                default -> new Setting(key.name(), scalar(key, value), origin);
            });
        }
        return values;
    }

    private static Key key(String command, String name) {
        Key own = ConfigSchema.key(command + "." + name);
        return own != null ? own : ConfigSchema.key(name);
    }

    private static Object scalar(Key key, Object value) {
        if (key.type() == ValueType.INT) {
            return value;
        }
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }

    private static Setting list(Key key, List<?> value, Origin origin) {
        List<Object> items = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (Object item : value) {
            items.add(item instanceof Path p ? p.toAbsolutePath().normalize() : String.valueOf(item));
            origins.add(origin);
        }
        return new Setting(key.name(), List.copyOf(items), origin, origins);
    }
}
