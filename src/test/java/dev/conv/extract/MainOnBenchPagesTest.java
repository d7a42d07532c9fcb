package dev.conv.extract;

import dev.conv.markdown.Html2Md;
import dev.conv.markdown.Html2MdOptions;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.step.Step;
import dev.conv.testutil.ExtractBench;
import dev.conv.testutil.Html2MdRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code conv html2md --main} on the 990 real pages of the extract bench: never empty when the
 * page has text, and only whole lines of plain html2md's output, in its order (issue 20). Pages
 * the reader refuses as not text are BenchPagesTest's. Skipped with a message when absent.
 */
class MainOnBenchPagesTest {
    private static final Step MAIN = new Extract(true, false).then(new Html2Md());

    @TestFactory
    Stream<DynamicTest> dropsWholeLinesOnly() throws IOException {
        return ExtractBench.pages().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            byte[] bytes = ExtractBench.read(path);
            Page page;
            try {
                page = new PageReader(SourceKind.HTML, null, PageReader.DEFAULT_MAX_SIZE).read(new ByteArrayInputStream(bytes));
            } catch (BadInputException e) {
                return;
            }
            String whole = Html2MdRun.stdin(bytes, SourceKind.HTML, Html2MdOptions.defaults());
            String main = MAIN.apply(page).page().text();
            String name = path.getFileName().toString();
            MainOutputProperties.assertNotEmpty(name, main, whole);
            MainOutputProperties.assertDropsOnly(name, main, whole);
        }));
    }
}
