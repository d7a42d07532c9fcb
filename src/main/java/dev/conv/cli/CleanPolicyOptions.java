package dev.conv.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code clean} removes beyond its built-in rules, and what it does with custom tags. */
final class CleanPolicyOptions {
    @Mixin
    CustomTagOptions tags;

    @Mixin
    TrackerHostOptions trackers;

    @Option(names = "--remove", paramLabel = "SELECTOR",
            description = "Also remove elements matching this CSS selector (jsoup syntax; repeatable).")
    List<String> remove = new ArrayList<>();
}
