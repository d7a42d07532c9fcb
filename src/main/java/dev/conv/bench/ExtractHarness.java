package dev.conv.bench;

import dev.conv.extract.Extract;
import dev.conv.markdown.Html2Md;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.step.Step;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The extract bench ({@code ../shared/bench/extract}) in one JVM.
 *
 * <pre>
 * java -cp target/conv.jar dev.conv.bench.ExtractHarness outputs DATA_DIR OUT_DIR
 *     converts each page of OUT_DIR/LIST (index TAB file, as score.sh writes it) with
 *     html2md --main, writing OUT_DIR/I.out and I.rc for score.py
 * java -cp target/conv.jar dev.conv.bench.ExtractHarness speed DATA_DIR [EVERY] [ROUNDS]
 *     html2md and html2md --main on the same pages in the same run, rounds interleaved, after
 *     a warm-up: medians and their ratio, as JSON
 * </pre>
 */
public final class ExtractHarness {
    private ExtractHarness() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "outputs" -> outputs(Path.of(args[1]), Path.of(args[2]));
            case "speed" -> speed(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1,
                    args.length > 3 ? Integer.parseInt(args[3]) : 5);
            default -> throw new IllegalArgumentException("outputs or speed, not " + args[0]);
        }
    }

    private static Step main() {
        return new Extract(true, false).then(new Html2Md());
    }

    private static void outputs(Path data, Path out) throws IOException {
        Step step = main();
        for (String line : Files.readAllLines(out.resolve("LIST"))) {
            String[] f = line.split("\t");
            byte[] bytes = gunzip(data.resolve(f[1] + ".gz"));
            int rc = 0;
            String md = "";
            try {
                var result = step.apply(read(bytes));
                md = result.page().text();
                for (var change : result.changes()) {
                    if (change.toString().contains("whole page")) {
                        Files.writeString(out.resolve(f[0] + ".why"), change + "\n"); // for the analysis scripts
                    }
                }
            } catch (BadInputException | RuntimeException e) {
                rc = 1;
                Files.writeString(out.resolve(f[0] + ".err"), f[1] + ": " + e + "\n");
            }
            Files.writeString(out.resolve(f[0] + ".out"), md, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(f[0] + ".rc"), rc + "\n");
        }
    }

    private static void speed(Path data, int every, int rounds) throws IOException {
        List<Path> files;
        try (var s = Files.list(data)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        int largest = 0;
        for (int i = 0; i < files.size(); i += every) {
            byte[] b = gunzip(files.get(i));
            try {
                pages.add(read(b));
                bytes += b.length;
                largest = Math.max(largest, b.length);
            } catch (BadInputException e) {
                // a page conv refuses is left out of both sides
            }
        }
        Step plain = new Html2Md();
        Step main = main();
        run(plain, pages);
        run(main, pages);
        double[] p = new double[rounds];
        double[] m = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            p[r] = run(plain, pages);
            m[r] = run(main, pages);
        }
        Arrays.sort(p);
        Arrays.sort(m);
        double pm = p[rounds / 2];
        double mm = m[rounds / 2];
        System.out.printf("{\"pages\":%d,\"bytes\":%d,\"largest\":%d,\"html2md_s\":%.3f,\"main_s\":%.3f,"
                + "\"html2md_mb_per_s\":%.2f,\"main_mb_per_s\":%.2f,\"ratio\":%.3f}%n",
                pages.size(), bytes, largest, pm, mm, bytes / 1e6 / pm, bytes / 1e6 / mm, mm / pm);
    }

    private static double run(Step step, List<Page> pages) {
        long start = System.nanoTime();
        long sink = 0;
        for (Page page : pages) {
            try {
                sink += step.apply(page).page().text().length();
            } catch (RuntimeException e) {
                sink++; // a page that fails costs what it cost
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Page read(byte[] bytes) throws BadInputException {
        return new PageReader(null, null, PageReader.DEFAULT_MAX_SIZE, true).read(new ByteArrayInputStream(bytes));
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
