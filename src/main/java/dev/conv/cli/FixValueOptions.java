package dev.conv.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The configuration values {@code conv fix} (and {@code conv config}) take on the command line. */
final class FixValueOptions {
    @Option(names = "--steps", paramLabel = "STEPS", split = ",", hideParamSyntax = true,
            description = "The steps to run, in order, comma-separated, instead of the configuration's: clean, links, html2md, qr, extract.")
    List<String> steps = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL", description = "The public URL of the root (for links).")
    String baseUrl;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The directory the base URL stands for (default: the configuration's, else the git root).")
    Path root;
}
