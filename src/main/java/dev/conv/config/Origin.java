package dev.conv.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a value came from: conv's default, a line of a configuration file, or the command line.
 *
 * @param file the configuration file, or null
 * @param line its line, from 1; 0 when not from a file
 * @param option the command-line option that gave it, or null
 */
public record Origin(Path file, int line, String option) {
    public static final Origin DEFAULT = new Origin(null, 0, null);

    public static Origin file(Path file, int line) {
        return new Origin(Objects.requireNonNull(file), line, null);
    }

    public static Origin commandLine(String option) {
        return new Origin(null, 0, Objects.requireNonNull(option));
    }

    public boolean isFile() {
        return file != null;
    }

    public boolean isCommandLine() {
        return option != null;
    }

    /** {@code .conv.yml:4}, {@code command line (--wrap)} or {@code default}. */
    @Override
    public String toString() {
        if (file != null) {
            return file + ":" + line;
        }
        return option != null ? "command line (" + option + ")" : "default";
    }
}
