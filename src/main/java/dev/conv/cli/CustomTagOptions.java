package dev.conv.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to do with custom tags ({@code <ok href>}, {@code <span href>}): shared by clean and html2md. */
final class CustomTagOptions {
    @Option(names = "--custom-tags", paramLabel = "unwrap|link|drop", defaultValue = "unwrap",
            description = "Tags that are not HTML5 (<ok href>, <span href>): unwrap keeps the content "
                    + "(default), link turns one with href into a link, drop removes it with its content.")
    String customTags;

    @Option(names = "--custom-tag", paramLabel = "NAME=POLICY",
            description = "Policy for one tag, e.g. ok=link, my-widget=keep (repeatable).")
    List<String> customTag = new ArrayList<>();
}
