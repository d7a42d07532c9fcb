package dev.conv.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Extra tracker hosts on top of the built-in list: shared by clean and html2md, so both judge pixels alike. */
final class TrackerHostOptions {
    @Option(names = "--tracker-host", paramLabel = "HOST",
            description = "Treat images, iframes and scripts from HOST (and its subdomains) as trackers (repeatable).")
    List<String> trackerHost = new ArrayList<>();
}
