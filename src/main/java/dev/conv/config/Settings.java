package dev.conv.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration: for each key, the command line's value, else the nearest file's,
 * else a farther file's, else conv's default; each value with where it came from. Immutable.
 */
public final class Settings {
    private final List<ConfigFile> files;
    private final Map<String, Setting> effective;

    private Settings(List<ConfigFile> files, Map<String, Setting> effective) {
        this.files = files;
        this.effective = effective;
    }

    /** Conv's defaults alone. */
    public static Settings defaults() {
        return of(List.of(), Map.of());
    }

    /**
     * @param files the configuration files, farthest first
     * @param commandLine values the command line gave, by key
     */
    public static Settings of(List<ConfigFile> files, Map<String, Setting> commandLine) {
        Map<String, Setting> effective = new LinkedHashMap<>();
        for (Key key : ConfigSchema.keys()) {
            effective.put(key.name(), new Setting(key.name(), key.defaultValue(), Origin.DEFAULT));
        }
        for (ConfigFile f : files) {
            effective.putAll(f.settings());
        }
        effective.putAll(commandLine);
        return new Settings(List.copyOf(files), effective);
    }

    /** The same files under other command-line values. */
    public Settings withCommandLine(Map<String, Setting> commandLine) {
        return of(files, commandLine);
    }

    /** The files read, farthest first. */
    public List<ConfigFile> files() {
        return files;
    }

    /** Every key's effective value, in the schema's order. */
    public List<Setting> all() {
        return new ArrayList<>(effective.values());
    }

    public Setting get(String key) {
        Setting s = effective.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no such key: " + key);
        }
        return s;
    }

    public String string(String key) {
        return (String) get(key).value();
    }

    public boolean bool(String key) {
        return (Boolean) get(key).value();
    }

    public int integer(String key) {
        return (Integer) get(key).value();
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String key) {
        return (List<String>) get(key).value();
    }

    public Path path(String key) {
        return (Path) get(key).value();
    }

    @SuppressWarnings("unchecked")
    public List<Path> paths(String key) {
        return (List<Path>) get(key).value();
    }
}
