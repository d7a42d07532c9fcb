package dev.conv.cli;

import dev.conv.config.Settings;
import dev.conv.fix.StepSettings;
import dev.conv.page.IoErrors;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.qr.Qr;
import dev.conv.qr.QrImage;
import dev.conv.qr.QrOptions;
import dev.conv.qr.QrSymbol;
import dev.conv.qr.ShareTemplate;
import dev.conv.qr.TextBlocks;
import dev.conv.run.ArtifactCheck;
import dev.conv.run.ArtifactFiles;
import dev.conv.run.ArtifactFiles.State;
import dev.conv.run.Destination;
import dev.conv.run.InPlace;
import dev.conv.run.OrphanArtifacts;
import dev.conv.run.OutDir;
import dev.conv.run.Runner;
import dev.conv.run.Site;
import dev.conv.step.Step;
import dev.conv.url.BaseUrl;
import dev.conv.url.PercentEncoding;
import dev.conv.url.UrlTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conv qr}: a QR image of each page's public URL beside it, and the page's share block. */
@Command(name = "qr",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {"Write a QR image of each page's public URL beside it (page.md -> page.md.png): --base-url plus "
                + "the page's path from --root, percent-encoded, or --url-template. An image that already holds the "
                + "same bytes is left alone.",
                "With --share-block, also insert or refresh the share section of each Markdown page (the URL and the "
                        + "image linked to it), changing no other byte.",
                "With --url, one image of any text: to -o FILE, or drawn on the terminal."},
        footer = {"", "Examples:",
                "  conv qr --base-url https://github.com/me/site/blob/master/ --root site site/pages",
                "  conv qr --check --base-url https://example.org/ site/",
                "  conv qr --preset legacy --share-block --base-url https://example.org/ site/",
                "  conv qr --url https://example.org/a -o a.png"})
final class QrCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Pages: files, directories (walked for .html .htm .xhtml .md .markdown .mdown .mkd, honouring "
                    + ".gitignore) or globs.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The public URL of --root: each page's URL is this plus its path from the root.")
    String baseUrl;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The directory --base-url stands for (default: the top of the git work tree holding the first "
                    + "PATH, else the current directory).")
    Path root;

    @Option(names = "--url-template", paramLabel = "PATTERN",
            description = "Each page's URL from a pattern instead: {base} (--base-url without its last /), {path}, "
                    + "{dir}, {name}, {stem}; e.g. '{base}/{dir}/{stem}.html'.")
    String urlTemplate;

    @Option(names = "--url", paramLabel = "TEXT",
            description = "One image of this text (a URL is percent-encoded first): to -o FILE, else drawn on the terminal.")
    String url;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --url: the image file (written atomically).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Put the images under DIR, mirroring the layout below each PATH, instead of beside the pages.")
    Path outDir;

    @Option(names = {"-c", "--check"},
            description = "Write nothing; list missing and stale images (and pages whose share block would change) and "
                    + "exit 1 if any.")
    boolean check;

    @Option(names = "--prune", description = "Remove images (NAME.md.png, NAME.md.svg...) whose page is gone.")
    boolean prune;

    @Option(names = "--share-block", description = "Insert or refresh each Markdown page's share block.")
    boolean shareBlock;

    @Option(names = "--share-template", paramLabel = "FILE",
            description = "The share block's text, with {url}, {image} (the image's file name) and {image_url}.")
    Path shareTemplate;

    @Mixin
    QrImageOptions image;

    @Mixin
    ConfigOptions config;

    @Mixin
    FileSelectionOptions selection;

    @Mixin
    ReadOptions read;

    @Mixin
    FileTimeoutOptions timeout;

    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Console console;
    private final UnaryOperator<Step> steps;

    QrCommand(Console console, UnaryOperator<Step> steps) {
        this.console = console;
        this.steps = steps;
    }

    @Override
    public Integer call() {
        if (url != null) {
            return single();
        }
        if (output != null) {
            throw new UsageException("-o FILE goes with --url; pages get their images beside them (or --out-dir)");
        }
        if (paths.isEmpty() || paths.contains("-")) {
            throw new UsageException("give the pages as PATH arguments (or one text with --url)");
        }
        if (shareTemplate != null && !shareBlock) {
            throw new UsageException("--share-template goes with --share-block");
        }
        image.check();
        template(); // a bad template file is a usage error naming the option, before the configuration is read
        // .conv.yml's base-url, root and qr: section, under what the command line gave
        Settings settings = CommandLineSettings.near(Path.of(paths.get(0)), config, spec);
        QrOptions options = StepSettings.qrOptions(settings);
        PageReader reader = read.reader(spec.commandLine());
        if (options.shareBlock() && !check && reader.lenient()) {
            throw new UsageException("--lenient-decoding cannot be used with --share-block: the rewrite would keep "
                    + "U+FFFD in place of the invalid bytes");
        }
        Site site = site(settings);
        Step step = new QrAdvice(steps.apply(new Qr(options)), site.root(), "--base-url or --url-template");
        ArtifactTally tally = new ArtifactTally();
        if (outDir != null) {
            prepareOutDir();
        }
        Destination destination;
        if (check) {
            destination = new ArtifactCheck(outDir != null ? OutDir.forArtifacts(outDir, tally) : new InPlace(), tally);
        } else {
            destination = outDir != null ? OutDir.forArtifacts(outDir, tally) : new InPlace(tally);
        }
        List<Path> orphans = prune ? orphans() : List.of();
        int pruned = check ? 0 : remove(orphans);
        Runner runner = new Runner(reader, step, destination, false, timeout.fileTimeout).on(site);
        Report report = new Report(console, "qr", common).check(check).write(!check).timeout(timeout.fileTimeout)
                .summary(c -> summary(c, tally, orphans.size(), pruned));
        int code = report.run(runner, selection.fileSet(InPlaceRun.EXTENSIONS, outDir).collect(paths));
        List<ArtifactTally.Entry> stale = tally.in(State.MISSING, State.STALE);
        for (ArtifactTally.Entry e : stale) {
            console.out().println(shown(e.target()) + " (" + (e.state() == State.MISSING ? "missing" : "stale") + ")");
        }
        if (check) {
            orphans.forEach(o -> console.out().println(shown(o) + " (page gone)"));
        }
        if (common.verbose) {
            tally.in(State.WRITTEN).forEach(e -> console.error("wrote " + shown(e.target())));
        }
        console.out().flush();
        boolean pending = !stale.isEmpty() || check && !orphans.isEmpty() || pruned < (check ? 0 : orphans.size());
        return code == ExitCode.OK && pending ? ExitCode.FAILED : code;
    }

    private String summary(Report.Counts c, ArtifactTally tally, int orphans, int pruned) {
        Map<State, Integer> n = tally.counts();
        StringBuilder sb = new StringBuilder("qr: ").append(c.files()).append(c.files() == 1 ? " page, " : " pages, ");
        if (check) {
            sb.append(n.getOrDefault(State.MISSING, 0)).append(" images missing, ").append(n.getOrDefault(State.STALE, 0))
                    .append(" stale, ");
        } else {
            sb.append(n.getOrDefault(State.WRITTEN, 0)).append(" images written, ");
        }
        sb.append(n.getOrDefault(State.CURRENT, 0)).append(" up to date, ").append(c.failed()).append(" failed");
        if (prune) {
            sb.append(check ? ", " + orphans + " to prune" : ", " + pruned + " pruned");
        }
        sb.append(UnmatchedGlobs.summary(c.unmatchedGlobs()));
        if (!c.kinds().isEmpty()) {
            sb.append("; ").append(c.changed()).append(check ? " pages would change: " : " pages changed: ");
            c.kinds().forEach((k, count) -> sb.append(k.count(count)));
        }
        return sb.toString();
    }

    /** One image of {@code --url}'s text, to -o or the terminal. */
    private int single() {
        if (!paths.isEmpty() || check || prune || shareBlock || outDir != null || urlTemplate != null) {
            throw new UsageException("--url makes one image: no PATH, --check, --prune, --share-block, --out-dir or "
                    + "--url-template with it");
        }
        String lower = output == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        QrOptions options = image.toOptions(lower.endsWith(".svg") ? QrOptions.Format.SVG : null);
        String text = url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") ? PercentEncoding.encodeNonAscii(url) : url;
        try {
            if (output == null) {
                console.out().print(TextBlocks.of(QrSymbol.encode(text, options.ecc()), options.border()));
                console.out().flush();
                return ExitCode.OK;
            }
            if (Files.isDirectory(output)) {
                throw new SetupException("-o " + output + ": is a directory");
            }
            byte[] bytes = QrImage.of(text, options);
            State state = ArtifactFiles.write(output.toAbsolutePath(), bytes);
            if (common.verbose) {
                console.error((state == State.WRITTEN ? "wrote " : "up to date: ") + output);
            }
            return ExitCode.OK;
        } catch (QrSymbol.TooLongException e) {
            console.error("--url: " + e.getMessage());
            return ExitCode.FAILED;
        } catch (IOException e) {
            console.error("-o " + output + ": cannot write: " + IoErrors.describe(e));
            return ExitCode.FAILED;
        }
    }

    private ShareTemplate template() {
        if (shareTemplate == null) {
            return ShareTemplate.DEFAULT;
        }
        try {
            return new ShareTemplate(Files.readString(shareTemplate, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("--share-template: cannot read " + shareTemplate + ": " + IoErrors.describe(e));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--share-template " + shareTemplate + ": " + e.getMessage());
        }
    }

    /** The site: its root, and each page's URL from --base-url (or .conv.yml's) or --url-template. */
    private Site site(Settings settings) {
        BaseUrl base = null;
        String baseUrl = settings.string("base-url");
        Path root = settings.path("root");
        if (baseUrl != null) {
            try {
                base = BaseUrl.parse(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--base-url: " + e.getMessage());
            }
        }
        UnaryOperator<String> urlOf;
        if (urlTemplate != null) {
            try {
                urlOf = UrlTemplate.parse(urlTemplate, base)::urlOf;
            } catch (IllegalArgumentException e) {
                throw new UsageException("--url-template: " + e.getMessage());
            }
        } else if (base != null) {
            urlOf = base::urlOf;
        } else {
            throw new UsageException("each page's URL needs --base-url (or --url-template)");
        }
        Path siteRoot;
        if (root != null) {
            if (!Files.isDirectory(root)) {
                throw new UsageException("--root: not a directory: " + root);
            }
            siteRoot = root.toAbsolutePath().normalize();
        } else {
            siteRoot = Site.defaultRoot(Path.of(paths.get(0)), console.workDir());
        }
        for (String p : paths) {
            Path path = Path.of(p).toAbsolutePath().normalize();
            if (Files.exists(path) && !path.startsWith(siteRoot)) {
                throw new UsageException(p + " is outside the site's root " + siteRoot
                        + ": say where the site starts with --root DIR");
            }
        }
        return new Site(siteRoot, urlOf);
    }

    /** Images whose page is gone, under the directory arguments (or their mirror in --out-dir). */
    private List<Path> orphans() {
        List<Path> dirs = paths.stream().map(Path::of).filter(Files::isDirectory).toList();
        try {
            return OrphanArtifacts.find(dirs, outDir, List.of(".png", ".svg"), SourceKind.allExtensions());
        } catch (IOException e) {
            throw new SetupException("--prune: cannot list the images: " + IoErrors.describe(e));
        }
    }

    /** Removes the orphans; returns how many went (a failure is named, and fails the run). */
    private int remove(List<Path> orphans) {
        int removed = 0;
        for (Path o : orphans) {
            try {
                Files.delete(o);
                removed++;
                if (common.verbose) {
                    console.error("removed " + shown(o) + " (page gone)");
                }
            } catch (IOException e) {
                console.error(shown(o) + ": cannot remove: " + IoErrors.describe(e));
            }
        }
        return removed;
    }

    /** A file as relative arguments name it: from the current directory when it lies below it. */
    private static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path f = file.toAbsolutePath().normalize();
        return PathDisplay.of(f.startsWith(cwd) ? cwd.relativize(f) : f);
    }

    /** Creates --out-dir and proves it writable before any work is done. */
    private void prepareOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new SetupException("--out-dir " + outDir + ": cannot create (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
            throw new SetupException("--out-dir " + outDir + ": not a writable directory");
        }
    }

}
