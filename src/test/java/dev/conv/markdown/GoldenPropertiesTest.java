package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Html2MdFixture;
import dev.conv.testutil.HtmlStructure;
import dev.conv.testutil.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every golden pair must have, checked on the converter's actual output (and, where
 * it differs, on the expected file, so a hand-written expectation is held to the same rules):
 * <ul>
 * <li>idempotent: converting the output again, as Markdown, changes nothing;</li>
 * <li>same visible text: the output rendered as GitHub renders it ({@link GfmMarkdown}) shows
 * the text the input shows ({@link VisibleText});</li>
 * <li>same structure: headings, links, images, lists, code, emphasis, quotes, rules and data
 * tables agree ({@link HtmlStructure});</li>
 * <li>no raw HTML, except {@code <br>} in a table cell (and anything under --keep-html);</li>
 * <li>tidy text: no trailing white space, no tab, at most one blank line in a row, one newline
 * at the end.</li>
 * </ul>
 */
class GoldenPropertiesTest {
    static List<Html2MdFixture> fixtures() {
        return Fixtures.html2md();
    }

    /** The actual output, and the expected one when it exists and differs. */
    private static List<String> outputs(Html2MdFixture fixture) {
        List<String> outputs = new ArrayList<>();
        outputs.add(fixture.convert());
        String expected = fixture.expectedText();
        if (expected != null && !expected.equals(outputs.get(0)) && !Fixtures.UPDATE) {
            outputs.add(expected);
        }
        return outputs;
    }

    private static String which(int i) {
        return i == 0 ? "actual output" : "expected file";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aSecondRunChangesNothing(Html2MdFixture fixture) {
        List<String> outputs = outputs(fixture);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(fixture.convertMarkdown(outputs.get(i)))
                    .as("%s: converting the %s again", fixture.name(), which(i)).isEqualTo(outputs.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void showsTheSameText(Html2MdFixture fixture) {
        String input = VisibleText.ofHtml(fixture.inputHtml());
        List<String> outputs = outputs(fixture);
        for (int i = 0; i < outputs.size(); i++) {
            String shown = VisibleText.ofMarkdown(outputs.get(i));
            assertThat(shown).as("%s: visible text of the %s", fixture.name(), which(i)).isEqualTo(input);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsTheStructure(Html2MdFixture fixture) {
        Map<String, List<String>> input = HtmlStructure.ofHtml(fixture.inputHtml());
        List<String> outputs = outputs(fixture);
        for (int i = 0; i < outputs.size(); i++) {
            Map<String, List<String>> output = HtmlStructure.ofHtml(GfmMarkdown.toHtml(outputs.get(i)));
            for (String aspect : input.keySet()) {
                assertThat(output.get(aspect)).as("%s: %s of the %s", fixture.name(), aspect, which(i))
                        .isEqualTo(input.get(aspect));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesNoRawHtml(Html2MdFixture fixture) {
        if (fixture.keepsHtml()) {
            return;
        }
        List<String> outputs = outputs(fixture);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(rawHtml(outputs.get(i))).as("%s: raw HTML in the %s", fixture.name(), which(i)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isTidyText(Html2MdFixture fixture) {
        List<String> outputs = outputs(fixture);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(untidyLines(outputs.get(i))).as("%s: untidy lines in the %s", fixture.name(), which(i)).isEmpty();
        }
    }

    /** Raw HTML nodes of the Markdown, but {@code <br>} in a table cell. */
    static List<String> rawHtml(String markdown) {
        List<String> found = new ArrayList<>();
        for (Node n : GfmMarkdown.descendants(GfmMarkdown.parse(markdown))) {
            if (n instanceof HtmlBlock block) {
                found.add("HtmlBlock " + block.getLiteral());
            } else if (n instanceof HtmlInline tag) {
                boolean brInCell = tag.getLiteral().matches("(?i)<br\\s*/?>") && GfmMarkdown.isInside(n, TableCell.class);
                if (!brInCell) {
                    found.add("HtmlInline " + tag.getLiteral());
                }
            }
        }
        return found;
    }

    /**
     * Trailing white space, runs of blank lines, a blank first line, carriage returns, a wrong end
     * of file; lines of code blocks and front matter are content and not judged.
     */
    static List<String> untidyLines(String markdown) {
        List<String> bad = new ArrayList<>();
        if (markdown.isEmpty()) {
            return bad;
        }
        if (!markdown.endsWith("\n") || markdown.endsWith("\n\n")) {
            bad.add("the text must end with exactly one newline");
        }
        String[] lines = markdown.split("\n", -1);
        int front = GfmMarkdown.frontMatter(markdown).split("\n", -1).length - 1;
        java.util.BitSet code = new java.util.BitSet();
        for (Node n : GfmMarkdown.descendants(GfmMarkdown.parse(markdown))) {
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                int[] range = GfmMarkdown.lines(markdown, n);
                code.set(range[0], range[1] + 1);
            }
        }
        for (int i = front; i < lines.length - 1; i++) {
            if (code.get(i)) {
                continue;
            }
            String line = lines[i];
            if (line.endsWith(" ") || line.endsWith("\t")) {
                bad.add((i + 1) + ": trailing white space: " + line);
            }
            if (line.isEmpty() && (i == 0 || lines[i - 1].isEmpty() && !code.get(i - 1))) {
                bad.add((i + 1) + ": blank line at the start or after another");
            }
            if (line.indexOf('\r') >= 0) {
                bad.add((i + 1) + ": carriage return");
            }
        }
        return bad;
    }
}
