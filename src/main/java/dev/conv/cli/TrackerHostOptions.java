package dev.conv.cli;

import dev.conv.url.TrackerHosts;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Extra tracker hosts on top of the built-in list: shared by clean and html2md, so both judge pixels alike. */
final class TrackerHostOptions {
    @Option(names = "--tracker-host", paramLabel = "HOST",
            description = "Treat images, iframes and scripts from HOST (and its subdomains) as trackers (repeatable).")
    List<String> trackerHost = new ArrayList<>();

    /** The built-in list plus the extra hosts; a bad host is a usage error before any file is read. */
    TrackerHosts trackerHosts() {
        try {
            return TrackerHosts.builtIn().with(trackerHost);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
