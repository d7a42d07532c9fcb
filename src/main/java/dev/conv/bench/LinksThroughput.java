package dev.conv.bench;

import dev.conv.clean.Clean;
import dev.conv.links.Links;
import dev.conv.links.LinksPolicy;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.run.Site;
import dev.conv.step.Step;
import dev.conv.url.BaseUrl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Library throughput of the links step on a directory of pages, placed under a base URL as
 * {@code conv links --base-url} places them, with clean on the same pages in the same run for a
 * ratio: one warm-up pass each, then timed passes on one thread, interleaved; prints the medians
 * as JSON (links found, links per second, MB/s).
 *
 * <pre>java -cp target/conv.jar dev.conv.bench.LinksThroughput DIR [PASSES]</pre>
 */
public final class LinksThroughput {
    private LinksThroughput() {
    }

    public static void main(String[] args) throws IOException, BadInputException {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BaseUrl base = BaseUrl.parse("https://bench.example/");
        Site site = new Site(dir, base::urlOf);
        CorpusPages corpus = CorpusPages.read(dir, (page, file) -> page.withLocation(site.locate(file)));
        List<Page> pages = corpus.pages();
        long bytes = corpus.bytes();
        Links links = new Links(LinksPolicy.defaults().withBaseUrl(base.toString()));
        Clean clean = new Clean();
        long count = 0;
        for (Page page : pages) {
            count += links.urls(page).size();
        }
        run(links, pages);
        run(clean, pages);
        double[] linkSeconds = new double[passes];
        double[] cleanSeconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            linkSeconds[i] = run(links, pages);
            cleanSeconds[i] = run(clean, pages);
        }
        double l = median(linkSeconds);
        double c = median(cleanSeconds);
        System.out.printf("{\"files\":%d,\"bytes\":%d,\"links\":%d,\"links_seconds\":%.4f,\"links_per_s\":%.0f,"
                        + "\"links_mb_per_s\":%.2f,\"clean_seconds\":%.4f,\"clean_mb_per_s\":%.2f}%n",
                pages.size(), bytes, count, l, count / l, bytes / 1e6 / l, c, bytes / 1e6 / c);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double run(Step step, List<Page> pages) {
        long start = System.nanoTime();
        for (Page page : pages) {
            step.apply(page);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
