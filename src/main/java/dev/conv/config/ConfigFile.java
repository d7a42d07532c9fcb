package dev.conv.config;

import java.nio.file.Path;
import java.util.Map;

/** One {@code .conv.yml} as read: the keys it sets, each with its line. */
public record ConfigFile(Path path, Map<String, Setting> settings) {
    public ConfigFile {
        settings = Map.copyOf(settings);
    }
}
