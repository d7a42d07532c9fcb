package dev.conv.bench;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** The HTML and Markdown pages of a directory, read as the command line reads them, for the throughput benches. */
record CorpusPages(List<Page> pages, long bytes) {

    /** @param place what to do with each page as it is read (place it on a site), given its file */
    static CorpusPages read(Path dir, BiFunction<Page, Path, Page> place) throws IOException, BadInputException {
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        PageReader reader = new PageReader();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches("(?i).*\\.(md|markdown|html?)$")).sorted()::iterator) {
                Page page = place.apply(reader.read(p), p);
                pages.add(page);
                bytes += page.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new CorpusPages(pages, bytes);
    }
}
