package dev.conv.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The real pages of the extract bench ({@code ../shared/bench/extract/data}), gzipped HTML. */
public final class ExtractBench {
    private static final Path DATA = Path.of("..", "shared", "bench", "extract", "data");

    private ExtractBench() {
    }

    /** Every page, sorted; the calling test is skipped with a message when the data is absent. */
    public static List<Path> pages() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "../shared/bench/extract/data is absent: bench pages skipped");
        try (Stream<Path> list = Files.list(DATA)) {
            return list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    /** The page's bytes, as saved. */
    public static byte[] read(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }
}
