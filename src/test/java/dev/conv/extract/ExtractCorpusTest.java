package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.markdown.Html2Md;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Step;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.GfmMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --main} on every page of ../shared/corpus (mirrored Chinese news pages: Markdown with
 * embedded HTML), skipped with a message when the corpus is absent. As Markdown, a page is
 * converted as it is (extraction reads HTML only). As HTML (the page rendered the way GitHub
 * renders it, a whole page of CJK text), the properties hold: never empty when the page has
 * text, only lines of the whole page's Markdown in its order, the same bytes on a second run.
 */
class ExtractCorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private static final Step MAIN = new Extract(true, false).then(new Html2Md());
    private static final Step WHOLE = new Html2Md();

    static List<Path> pages() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: extract corpus tests skipped");
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> markdownPagesConvertAsTheyAre() throws IOException {
        return pages().stream().map(path -> DynamicTest.dynamicTest(CORPUS.relativize(path).toString(), () -> {
            Page page = Page.of(SourceKind.MARKDOWN, Fixtures.read(path));
            var result = MAIN.apply(page);
            assertThat(result.page().text()).isEqualTo(WHOLE.apply(page).page().text());
            assertThat(result.changes()).extracting(c -> c.kind()).contains(ExtractKind.MARKDOWN_INPUT);
        }));
    }

    @TestFactory
    Stream<DynamicTest> htmlPagesKeepTheProperties() throws IOException {
        return pages().stream().map(path -> DynamicTest.dynamicTest(CORPUS.relativize(path).toString(), () -> {
            String html = "<!DOCTYPE html><html><head><title>page</title></head><body>"
                    + GfmMarkdown.toHtml(GfmMarkdown.body(Fixtures.read(path))) + "</body></html>";
            Page page = Page.of(SourceKind.HTML, html);
            String main = MAIN.apply(page).page().text();
            String whole = WHOLE.apply(page).page().text();
            String name = path.toString();
            MainOutputProperties.assertNotEmpty(name, main, whole);
            MainOutputProperties.assertDropsOnly(name, main, whole);
            assertThat(MAIN.apply(page).page().text()).as("%s: second run", name).isEqualTo(main);
        }));
    }
}
