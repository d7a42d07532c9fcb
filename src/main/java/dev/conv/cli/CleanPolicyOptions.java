package dev.conv.cli;

import dev.conv.clean.CleanPolicy;
import dev.conv.clean.TagPolicy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code clean} removes beyond its built-in rules, and what it does with custom tags. */
final class CleanPolicyOptions {
    @Option(names = "--custom-tags", paramLabel = "unwrap|link|drop", defaultValue = "unwrap",
            description = "Tags that are not HTML5 (<ok href>, <span href>): unwrap keeps the content "
                    + "(default), link turns one with href into <a href>, drop removes it with its content.")
    String customTags;

    @Option(names = "--custom-tag", paramLabel = "NAME=POLICY",
            description = "Policy for one tag, e.g. ok=link, my-widget=keep (repeatable).")
    List<String> customTag = new ArrayList<>();

    @Option(names = "--tracker-host", paramLabel = "HOST",
            description = "Treat images, iframes and scripts from HOST (and its subdomains) as trackers (repeatable).")
    List<String> trackerHost = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "SELECTOR",
            description = "Also remove elements matching this CSS selector (jsoup syntax; repeatable).")
    List<String> remove = new ArrayList<>();

    CleanPolicy policy() {
        try {
            CleanPolicy.Builder b = CleanPolicy.builder().customTags(TagPolicy.parse(customTags));
            customTag.forEach(b::tagOverride);
            trackerHost.forEach(b::trackerHost);
            remove.forEach(b::removeSelector);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
