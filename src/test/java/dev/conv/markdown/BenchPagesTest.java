package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.testutil.ExtractBench;
import dev.conv.testutil.Html2MdRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * html2md on the 990 real pages of the extract bench (many sites, languages and generators),
 * read as {@code conv html2md < page.html} reads them: the streaming walk writes what a walk of
 * the whole DOM writes, and a second run changes nothing. Skipped with a message when absent.
 */
class BenchPagesTest {
    @TestFactory
    Stream<DynamicTest> streamedAsTheDomWalkAndStable() throws IOException {
        List<Path> files = ExtractBench.pages();
        assertThat(files).hasSizeGreaterThan(900);
        return files.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            byte[] bytes = ExtractBench.read(path);
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
