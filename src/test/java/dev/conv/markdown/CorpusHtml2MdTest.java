package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
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
        collect(GfmMarkdown.parse(markdown), raw);
        return raw;
    }

    private static void collect(Node node, List<String> raw) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                String text = n.getChars().toString().trim();
                if (!(n instanceof HtmlInline && text.matches("(?i)<br\\s*/?>") && inCell(n))) {
                    raw.add(text);
                }
            }
            collect(n, raw);
        }
    }

    private static boolean inCell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableCell) {
                return true;
            }
        }
        return false;
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
