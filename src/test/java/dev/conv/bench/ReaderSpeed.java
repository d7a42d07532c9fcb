package dev.conv.bench;

import dev.conv.edit.MarkdownReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parse time of conv's Markdown reader ({@link MarkdownReader}) on the pages given, in a fresh
 * JVM: the first page (class loading and set-up included, what a one-file run pays), the whole
 * first pass, and the median of five later passes. Prints one JSON line.
 *
 * <pre>ReaderSpeed PATH...</pre>
 */
public final class ReaderSpeed {
    private static final int WARM_PASSES = 5;

    private ReaderSpeed() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        List<String> pages = new ArrayList<>();
        long bytes = 0;
        for (ReaderAgreement.Doc doc : ReaderAgreement.pages(paths)) {
            pages.add(doc.markdown());
            bytes += doc.markdown().getBytes(StandardCharsets.UTF_8).length;
        }
        long start = System.nanoTime();
        // The parser is built inside the timed part, on first use: its set-up is part of a cold start.
        Consumer<String> parse = MarkdownReader::parse;
        parse.accept(pages.get(0));
        double first = (System.nanoTime() - start) / 1e6;
        for (String page : pages.subList(1, pages.size())) {
            parse.accept(page);
        }
        double cold = (System.nanoTime() - start) / 1e9;
        double[] warm = new double[WARM_PASSES];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            pages.forEach(parse);
            warm[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(warm);
        System.out.printf("{\"reader\":\"commonmark-java %s\",\"pages\":%d,\"bytes\":%d,\"first_page_ms\":%.1f,\"cold_pass_s\":%.4f,\"warm_pass_s\":%.4f}%n",
                dev.conv.bench.MarkdownReader.versionOf(org.commonmark.parser.Parser.class), pages.size(), bytes, first, cold, warm[WARM_PASSES / 2]);
    }
}
