package dev.conv.cli;

import dev.conv.config.Settings;
import dev.conv.fix.StepSettings;
import dev.conv.links.Links;
import dev.conv.links.LinksPolicy;
import dev.conv.links.LocalTargets;
import dev.conv.page.PageReader;
import dev.conv.run.Site;
import dev.conv.run.SiteTree;
import dev.conv.step.Step;
import dev.conv.url.BaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conv links}: resolve, unwrap, clean and repair the links of pages, changing nothing else. */
@Command(name = "links",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Rewrite the links of HTML and Markdown files: resolve relative links against --base-url "
                + "(or make them relative), unwrap proxies and redirectors, drop tracking parameters, repair links an "
                + "earlier converter broke, remove javascript:, vbscript: and data: links keeping their text.",
                "Only the links involved change: every other byte stays as it was, and a second run changes nothing. "
                        + "No URL is ever fetched.",
                "With no PATH: stdin to stdout. With paths, say what to do: --write, --check, --diff or --check-local."},
        footer = {"", "Examples:",
                "  conv links --base-url https://pincong.rocks/ < page.md > fixed.md",
                "  conv links --check --base-url https://example.org/ site/",
                "  conv links --write --via https://news.example/=http://192.0.2.7:8080/ pages/",
                "  conv links --check-local --anchors docs/"})
final class LinksCommand implements Callable<Integer> {
    static final Set<String> EXTENSIONS = InPlaceRun.EXTENSIONS;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = FileSelectionOptions.PATHS)
    List<String> paths = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The public URL of --root: each page's URL is this plus its path from the root, and relative "
                    + "links are resolved against it.")
    String baseUrl;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The directory --base-url stands for (default: the top of the git work tree holding the first "
                    + "PATH, else the current directory).")
    Path root;

    @Option(names = "--relative",
            description = "The reverse of resolving: absolute links into the --base-url site become relative to their page.")
    boolean relative;

    @Option(names = "--via", paramLabel = "FROM=TO",
            description = "Route links under FROM through the proxy TO (also FROM->TO; repeatable), e.g. "
                    + "https://news.example/=http://192.0.2.7:8080/")
    List<String> via = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "FILE",
            description = "More rules: conv's JSON rules file (unwrap, via, dropParams, trackerHosts) or a ClearURLs "
                    + "data.min.json (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--drop-param", paramLabel = "NAME",
            description = "Drop this query parameter from local links (relative, or into --base-url), e.g. t for "
                    + "cache-busters (repeatable; NAME* for a prefix).")
    List<String> dropParams = new ArrayList<>();

    @Option(names = "--no-unwrap", description = "Leave proxied and redirected links as they are.")
    boolean noUnwrap;

    @Option(names = "--no-drop-tracking", description = "Keep tracking parameters (utm_*, fbclid, ...).")
    boolean noDropTracking;

    @Option(names = "--no-repair", description = "Leave links an earlier converter broke as they are.")
    boolean noRepair;

    @Option(names = "--autolink", description = "Write a link whose text is its URL as <URL>.")
    boolean autolink;

    @Option(names = "--allow-data-images", description = "Let images keep data:image/* sources (not SVG).")
    boolean allowDataImages;

    @Option(names = "--check-local",
            description = "Report links to files inside the root that do not exist, and links with no text or no "
                    + "destination; exit 1 if any. Offline.")
    boolean checkLocal;

    @Option(names = "--anchors", description = "With --check-local: also check #anchors to Markdown headings (GitHub's slugs).")
    boolean anchors;

    @Mixin
    InPlaceOptions mode;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    ReadOptions read;

    @Mixin
    FileTimeoutOptions timeout;

    @Mixin
    ConfigOptions config;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;
    private final UnaryOperator<Step> steps;

    LinksCommand(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public Integer call() {
        PageReader reader = read.reader(spec.commandLine());
        Settings settings = CommandLineSettings.near(InPlaceRun.near(paths, read, console), config, spec);
        if (anchors && !checkLocal) {
            throw new UsageException("--anchors goes with --check-local");
        }
        BaseUrl base = StepSettings.baseUrl(settings);
        LinksPolicy policy = StepSettings.linksPolicy(settings);
        boolean stdin = InPlaceRun.stdin(paths);
        String first = stdin ? read.stdinFilepath : paths.get(0);
        Path siteRoot = StepSettings.root(settings, first == null ? console.workDir() : Path.of(first), console.workDir());
        if (base != null || checkLocal) {
            for (String p : paths) {
                Path path = p.equals("-") ? null : Path.of(p).toAbsolutePath().normalize();
                if (path != null && Files.exists(path) && !path.startsWith(siteRoot)) {
                    throw new UsageException(p + " is outside the site's root " + siteRoot
                            + ": say where the site starts with --root DIR");
                }
            }
        }
        Site site = new Site(siteRoot, base == null ? null : base::urlOf);
        Links links = new Links(policy, checkLocal ? new LocalTargets(new SiteTree(siteRoot), anchors) : null);
        Step step = steps.apply(links);
        return new InPlaceRun("links", console, mode, read, selection, timeout, common).configured(settings).on(site)
                .reportOnly("--check-local", checkLocal).run(paths, reader, step, step);
    }
}
