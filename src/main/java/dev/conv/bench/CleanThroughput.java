package dev.conv.bench;

import dev.conv.clean.Clean;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        PageReader reader = new PageReader();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches("(?i).*\\.(md|markdown|html?)$")).sorted()::iterator) {
                Page page = reader.read(p);
                pages.add(page);
                bytes += page.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
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
