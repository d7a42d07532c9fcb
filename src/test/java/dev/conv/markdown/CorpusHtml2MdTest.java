package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.VisibleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page of ../shared/corpus (real mirrored pages: Markdown with large embedded HTML) through
 * html2md: no error, no raw HTML left but {@code <br>} in table cells, no visible character lost
 * (the input's visible text is a subsequence of the output's), a second run changes nothing, and
 * the streaming walk writes exactly what the DOM walk writes.
 */
class CorpusHtml2MdTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    static List<Path> pages() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: corpus tests skipped");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusPage() throws IOException {
        Html2Md html2md = new Html2Md();
        PageReader reader = new PageReader();
        return pages().stream().map(path -> DynamicTest.dynamicTest(CORPUS.relativize(path).toString(), () -> {
            Page page = reader.read(path);
            String md = html2md.apply(page).text();
            assertThat(rawHtml(md)).as("raw HTML left in %s", path).isEmpty();
            String in = page.kind() == dev.conv.page.SourceKind.MARKDOWN
                    ? VisibleText.ofMarkdown(page.text()) : VisibleText.ofHtml(page.text());
            String out = VisibleText.ofMarkdown(md);
            assertThat(firstLoss(in, out)).as("visible text lost in %s", path).isEqualTo(-1);
            assertThat(html2md.apply(Page.of(dev.conv.page.SourceKind.MARKDOWN, md)).text())
                    .as("second run of %s", path).isEqualTo(md);
            // The streaming walk (used for HTML files) must write what the DOM walk writes.
            String html = page.kind() == dev.conv.page.SourceKind.MARKDOWN ? MarkdownToHtml.render(
                    page.text().substring(dev.conv.page.FrontMatter.length(page.text()))) : page.text();
            StringBuilder streamed = new StringBuilder();
            html2md.convert(html, streamed);
            assertThat(streamed.toString()).as("streamed %s", path).isEqualTo(html2md.convert(html));
        }));
    }

    /** Raw HTML nodes of the output, except {@code <br>} inside a GFM table cell. */
    static List<String> rawHtml(String markdown) {
        List<String> raw = new ArrayList<>();
        for (Node n : GfmMarkdown.descendants(GfmMarkdown.parse(markdown))) {
            if (n instanceof HtmlBlock block) {
                raw.add(block.getLiteral().trim());
            } else if (n instanceof HtmlInline tag
                    && !(tag.getLiteral().matches("(?i)<br\\s*/?>") && GfmMarkdown.isInside(n, TableCell.class))) {
                raw.add(tag.getLiteral().trim());
            }
        }
        return raw;
    }

    /** Index in {@code in} of the first character not found, in order, in {@code out}; -1 if none is lost. */
    static int firstLoss(String in, String out) {
        int j = 0;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            while (j < out.length() && out.charAt(j) != c) {
                j++;
            }
            if (j == out.length()) {
                return i;
            }
            j++;
        }
        return -1;
    }
}
