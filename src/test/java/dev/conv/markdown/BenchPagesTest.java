package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.testutil.Html2MdRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * html2md on the 990 real pages of the extract bench (many sites, languages and generators),
 * read as {@code conv html2md < page.html} reads them: the streaming walk writes what a walk of
 * the whole DOM writes, and a second run changes nothing. Skipped with a message when absent.
 */
class BenchPagesTest {
    private static final Path BENCH = Path.of("..", "shared", "bench", "extract", "data");

    @TestFactory
    Stream<DynamicTest> streamedAsTheDomWalkAndStable() throws IOException {
        assumeTrue(Files.isDirectory(BENCH), "../shared/bench/extract/data is absent: bench pages skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(BENCH)) {
            files = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(900);
        return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                bytes = in.readAllBytes();
            }
            Page page;
            try {
                page = new PageReader(SourceKind.HTML, null, PageReader.DEFAULT_MAX_SIZE).read(new ByteArrayInputStream(bytes));
            } catch (BadInputException e) {
                // a page that is not text is refused by the command too, naming the reason
                assertThatThrownBy(() -> Html2MdRun.stdin(bytes, SourceKind.HTML, Html2MdOptions.defaults()))
                        .hasMessageContaining(e.getMessage());
                return;
            }
            String md = Html2MdRun.stdin(bytes, SourceKind.HTML, Html2MdOptions.defaults());
            assertThat(Streamed.wholeDom(new Html2Md(), page.text())).as("the DOM walk").isEqualTo(md);
            assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults())).as("a second run").isEqualTo(md);
        }));
    }
}
