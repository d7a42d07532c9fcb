package dev.conv.bench;

import dev.conv.clean.Clean;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Library throughput of the clean step on a directory of pages: read them all, one warm-up pass,
 * then timed passes on one thread; prints the median as JSON, like the html2md harness.
 *
 * <pre>java -cp target/conv.jar dev.conv.bench.CleanThroughput DIR [PASSES]</pre>
 */
public final class CleanThroughput {
    private CleanThroughput() {
    }

    public static void main(String[] args) throws IOException, BadInputException {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CorpusPages corpus = CorpusPages.read(dir, (page, file) -> page);
        List<Page> pages = corpus.pages();
        long bytes = corpus.bytes();
        Clean clean = new Clean();
        int changed = run(clean, pages);
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            changed = run(clean, pages);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[passes / 2];
        System.out.printf("{\"files\":%d,\"bytes\":%d,\"changed\":%d,\"seconds\":%.4f,\"mb_per_s\":%.2f}%n",
                pages.size(), bytes, changed, median, bytes / 1e6 / median);
    }

    private static int run(Clean clean, List<Page> pages) {
        int changed = 0;
        for (Page page : pages) {
            if (clean.apply(page).changed()) {
                changed++;
            }
        }
        return changed;
    }
}
