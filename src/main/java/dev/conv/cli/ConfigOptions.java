package dev.conv.cli;

import dev.conv.config.ConfigDiscovery;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which {@code .conv.yml} applies: the nearest ones upward (default), one named file, or none. */
final class ConfigOptions {
    static final class Choice {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Read the configuration from FILE instead of the .conv.yml files found upward from each file.")
        Path file;

        @Option(names = "--no-config", description = "Read no .conv.yml: defaults and the command line only.")
        boolean none;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    ConfigDiscovery discovery() {
        if (choice != null && choice.none) {
            return ConfigDiscovery.none();
        }
        if (choice != null && choice.file != null) {
            return ConfigDiscovery.explicit(choice.file);
        }
        return ConfigDiscovery.search();
    }
}
