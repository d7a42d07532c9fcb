package dev.conv.bench;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.qr.Qr;
import dev.conv.qr.QrOptions;
import dev.conv.run.Site;
import dev.conv.url.BaseUrl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Images per second of the qr step on a mirror's pages, placed under its base URL as
 * {@code conv qr --base-url} places them, in one process on one thread: the first pass alone (cold,
 * classes loading), then warm-up passes, then timed passes; prints the medians as JSON, with the
 * bytes of the images (total and median).
 *
 * <pre>java -cp target/conv.jar dev.conv.bench.QrThroughput DIR BASE_URL [legacy|default] [PASSES]</pre>
 */
public final class QrThroughput {
    private QrThroughput() {
    }

    public static void main(String[] args) throws IOException, BadInputException {
        Path dir = Path.of(args[0]);
        BaseUrl base = BaseUrl.parse(args[1]);
        QrOptions options = args.length > 2 && args[2].equals("default") ? QrOptions.defaults() : QrOptions.legacy();
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        Site site = new Site(dir, base::urlOf);
        List<Page> pages = CorpusPages.read(dir.resolve("pages"), (page, file) -> page.withLocation(site.locate(file)))
                .pages();
        Qr qr = new Qr(options);
        double cold = run(qr, pages);
        for (int i = 0; i < 10; i++) {
            run(qr, pages);
        }
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            seconds[i] = run(qr, pages);
        }
        long[] sizes = pages.stream().mapToLong(p -> qr.apply(p).artifacts().get(0).bytes().length).sorted().toArray();
        double s = median(seconds);
        System.out.printf("{\"images\":%d,\"cold_seconds\":%.4f,\"seconds\":%.4f,\"images_per_s\":%.0f,"
                        + "\"us_per_image\":%.1f,\"bytes_total\":%d,\"bytes_median\":%d}%n",
                pages.size(), cold, s, pages.size() / s, s * 1e6 / pages.size(), Arrays.stream(sizes).sum(),
                sizes[sizes.length / 2]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double run(Qr qr, List<Page> pages) {
        long start = System.nanoTime();
        for (Page page : pages) {
            qr.apply(page);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
