package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.clean.EntityRepair;
import dev.conv.page.Page;
import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.Html2MdRun;
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
 * html2md as {@code conv html2md FILE} runs it ({@link Html2MdRun}): no error, no raw HTML left
 * but {@code <br>} in table cells, no visible character lost (the input's visible text is a
 * subsequence of the output's) and a second run changes nothing.
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
        return pages().stream().map(path -> DynamicTest.dynamicTest(CORPUS.relativize(path).toString(), () -> {
            Page page = Html2MdRun.read(path);
            String md = Html2MdRun.file(path, Html2MdOptions.defaults());
            assertThat(rawHtml(md)).as("raw HTML left in %s", path).isEmpty();
            // html2md repairs double escapes (&amp;#039;) as conv clean does in the source.
            String in = VisibleText.ofHtml(EntityRepair.apply(page.kind() == dev.conv.page.SourceKind.MARKDOWN
                    ? GfmMarkdown.toHtml(page.text()) : page.text()));
            String out = VisibleText.ofMarkdown(md);
            assertThat(firstLoss(in, out)).as("visible text lost in %s", path).isEqualTo(-1);
            assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults()))
                    .as("second run of %s", path).isEqualTo(md);
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
