package dev.conv.bench;

import dev.conv.url.MarkdownDestinations;
import dev.conv.url.ReferenceResolution;
import dev.conv.url.BaseUrl;
import dev.conv.url.TrackingParams;
import dev.conv.url.Unwrapper;
import dev.conv.url.UrlOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Throughput of the URL rules of {@code dev.conv.url} on every link of a directory of pages
 * (Markdown destinations and {@code href}/{@code src} attributes, found by a regular expression):
 * each is resolved against its page's URL, unwrapped, stripped of tracking parameters and written
 * as a Markdown destination. One warm-up pass, then timed passes on one thread; prints the
 * median as JSON.
 *
 * <pre>java -cp target/conv.jar dev.conv.bench.UrlRulesThroughput DIR [PASSES]</pre>
 */
public final class UrlRulesThroughput {
    private static final Pattern LINK = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>\"']*)|\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final String BASE = "https://mirror.example/site/";

    /** A link and the URL of the page it is on. */
    public record PageLink(String pageUrl, String url) {
    }

    private UrlRulesThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<PageLink> links = links(dir);
        Unwrapper unwrapper = Unwrapper.builtIn();
        TrackingParams params = TrackingParams.builtIn();
        int changed = run(links, unwrapper, params);
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            changed = run(links, unwrapper, params);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[passes / 2];
        System.out.printf("{\"links\":%d,\"changed\":%d,\"seconds\":%.4f,\"links_per_s\":%.0f}%n", links.size(),
                changed, median, links.size() / median);
    }

    /** Every link of every {@code .md}/{@code .html} page under {@code dir}, with its page's URL. */
    public static List<PageLink> links(Path dir) throws IOException {
        BaseUrl site = BaseUrl.parse(BASE);
        List<PageLink> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches("(?i).*\\.(md|markdown|html?)$")).sorted()::iterator) {
                String pageUrl = site.urlOf(dir.relativize(p).toString().replace('\\', '/'));
                Matcher m = LINK.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(new PageLink(pageUrl, m.group(1) != null ? m.group(1) : m.group(2)));
                }
            }
        }
        return out;
    }

    /** One link through the rules, in the order {@code conv links} would apply them. */
    public static UrlOutcome rewrite(PageLink link, Unwrapper unwrapper, TrackingParams params) {
        UrlOutcome out = ReferenceResolution.resolve(link.pageUrl(), link.url());
        out = out.then(unwrapper.unwrap(out.url()));
        return out.then(params.strip(out.url()));
    }

    private static int run(List<PageLink> links, Unwrapper unwrapper, TrackingParams params) {
        int changed = 0;
        for (PageLink link : links) {
            UrlOutcome out = rewrite(link, unwrapper, params);
            if (out.changed() && !MarkdownDestinations.write(out.url()).isEmpty()) {
                changed++;
            }
        }
        return changed;
    }
}
