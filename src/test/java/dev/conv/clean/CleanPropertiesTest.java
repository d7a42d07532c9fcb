package dev.conv.clean;

import dev.conv.step.Change;
import dev.conv.step.StepResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.HtmlRegions;
import dev.conv.page.Page;
import dev.conv.testutil.CleanFixture;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.CleanOracle;
import dev.conv.testutil.CleanOracle.RegionActions;
import dev.conv.testutil.GfmMarkdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@code conv clean} on every golden fixture ({@link Fixtures#clean()}), checked on the
 * actual output and, where it differs, on the hand-reviewed expected file too:
 * <ul>
 * <li>reading and writing back an unchanged page gives the file's bytes (charset, BOM);</li>
 * <li>idempotent: cleaning the output again changes nothing and reports nothing;</li>
 * <li>deterministic: fresh instances, and one instance shared by threads, give the same bytes and report;</li>
 * <li>only what the rules act on changes: every character outside the acted-on tags, elements and
 * entities (and the white space the editor takes with them) is kept, in order ({@link CleanOracle});</li>
 * <li>in Markdown, only lines holding HTML change ({@link HtmlRegions}), and front matter and code
 * (spans, fenced and indented blocks, as an independent Markdown parser sees them) are untouched;</li>
 * <li>no new blank line (in a quote, no new line of only {@code >}): it would end a Markdown HTML
 * block; and in Markdown, every hard line break stays;</li>
 * <li>no end tag is left behind that closes nothing (an unwrapped element's end tag in a later
 * Markdown block);</li>
 * <li>line endings stay as they were (no CR appears in an LF file, no bare LF in a CRLF file) and a BOM stays;</li>
 * <li>no visible text is lost but the text of removed elements;</li>
 * <li>every reported change points at a line where something was acted on.</li>
 * </ul>
 */
class CleanPropertiesTest {
    static List<CleanFixture> fixtures() {
        return Fixtures.clean();
    }

    /** The actual output text, and the expected file's when it exists and differs. */
    private static List<String> outputs(CleanFixture fixture, StepResult result) {
        List<String> outputs = new ArrayList<>();
        outputs.add(result.page().text());
        byte[] expected = fixture.expectedBytes();
        if (expected != null && !Fixtures.UPDATE) {
            String text = new String(expected, result.page().encoding().charset());
            if (result.page().encoding().bom() && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (!text.equals(outputs.get(0))) {
                outputs.add(text);
            }
        }
        return outputs;
    }

    private static String which(int i) {
        return i == 0 ? "actual output" : "expected file";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writingBackAnUnchangedPageGivesItsBytes(CleanFixture fixture) {
        assertThat(CleanFixture.bytes(fixture.page())).isEqualTo(fixture.inputBytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aSecondRunChangesNothing(CleanFixture fixture) {
        StepResult first = fixture.run();
        List<String> outputs = outputs(fixture, first);
        for (int i = 0; i < outputs.size(); i++) {
            StepResult second = fixture.clean().apply(first.page().withText(outputs.get(i)));
            assertThat(second.changes()).as("%s: changes on cleaning the %s again", fixture.name(), which(i)).isEmpty();
            assertThat(second.changed()).as("%s: changed() on the %s", fixture.name(), which(i)).isFalse();
            assertThat(second.page().text()).as("%s: cleaning the %s again", fixture.name(), which(i))
                    .isEqualTo(outputs.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isDeterministic(CleanFixture fixture) {
        StepResult a = fixture.run();
        StepResult b = fixture.run();
        assertThat(CleanFixture.bytes(b.page())).isEqualTo(CleanFixture.bytes(a.page()));
        assertThat(b.changes()).isEqualTo(a.changes());
        Clean shared = fixture.clean();
        Page page = fixture.page();
        List<StepResult> parallel = IntStream.range(0, 16).parallel().mapToObj(i -> shared.apply(page)).toList();
        for (StepResult r : parallel) {
            assertThat(r.page().text()).isEqualTo(a.page().text());
            assertThat(r.changes()).isEqualTo(a.changes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void changesOnlyWhatTheRulesActOn(CleanFixture fixture) {
        Page page = fixture.page();
        StepResult result = fixture.clean().apply(page);
        List<RegionActions> decisions = CleanOracle.decide(page, fixture.policy());
        BitSet allowed = CleanOracle.allowed(page.text(), decisions);
        List<String> outputs = outputs(fixture, result);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(CleanOracle.unexplainedChange(page.text(), allowed, outputs.get(i)))
                    .as("%s: %s", fixture.name(), which(i)).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void inMarkdownOnlyTheHtmlLinesChange(CleanFixture fixture) {
        if (!fixture.markdown()) {
            return;
        }
        Page page = fixture.page();
        String in = page.text();
        BitSet htmlLines = CleanOracle.regionLines(in, HtmlRegions.of(page));
        List<String> outputs = outputs(fixture, fixture.clean().apply(page));
        for (int i = 0; i < outputs.size(); i++) {
            String out = outputs.get(i);
            assertThat(CleanOracle.unexplainedChange(in, htmlLines, out))
                    .as("%s: %s changes a line without HTML", fixture.name(), which(i)).isNull();
            assertThat(GfmMarkdown.frontMatter(out)).as("%s: front matter of the %s", fixture.name(), which(i))
                    .isEqualTo(GfmMarkdown.frontMatter(in));
            assertThat(code(out)).as("%s: code in the %s", fixture.name(), which(i)).isEqualTo(code(in));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void makesNoNewBlankLinesAndKeepsHardBreaks(CleanFixture fixture) {
        Page page = fixture.page();
        String in = page.text();
        List<String> outputs = outputs(fixture, fixture.clean().apply(page));
        for (int i = 0; i < outputs.size(); i++) {
            String out = outputs.get(i);
            // a blank line (in a quote: a line of nothing but ">") ends a Markdown HTML block
            assertThat(CleanOracle.blankLines(out)).as("%s: blank lines in the %s", fixture.name(), which(i))
                    .isLessThanOrEqualTo(CleanOracle.blankLines(in));
            if (fixture.markdown()) {
                assertThat(GfmMarkdown.hardBreaks(out)).as("%s: Markdown hard line breaks in the %s", fixture.name(), which(i))
                        .isEqualTo(GfmMarkdown.hardBreaks(in));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void leavesNoEndTagBehind(CleanFixture fixture) {
        Page page = fixture.page();
        Map<String, Integer> before = CleanOracle.strayEndTags(page);
        List<String> outputs = outputs(fixture, fixture.clean().apply(page));
        for (int i = 0; i < outputs.size(); i++) {
            Map<String, Integer> after = CleanOracle.strayEndTags(page.withText(outputs.get(i)));
            for (Map.Entry<String, Integer> e : after.entrySet()) {
                assertThat(e.getValue()).as("%s: end tags </%s> that close nothing in the %s", fixture.name(),
                        e.getKey(), which(i)).isLessThanOrEqualTo(before.getOrDefault(e.getKey(), 0));
            }
        }
    }

    /** Code spans and code blocks, source text, in order, as GitHub parses the Markdown. */
    private static List<String> code(String markdown) {
        List<String> code = new ArrayList<>();
        for (Node n : GfmMarkdown.descendants(GfmMarkdown.parse(markdown))) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                code.add(n.getClass().getSimpleName() + ": " + GfmMarkdown.source(markdown, n));
            }
        }
        return code;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsLineEndingsAndTheByteOrderMark(CleanFixture fixture) {
        Page page = fixture.page();
        StepResult result = fixture.clean().apply(page);
        String in = page.text();
        for (String out : outputs(fixture, result)) {
            if (in.indexOf('\r') < 0) {
                assertThat(out).as("%s: a CR in an LF file", fixture.name()).doesNotContain("\r");
            }
            if (in.replace("\r\n", "").indexOf('\n') < 0) {
                assertThat(out.replace("\r\n", "")).as("%s: a bare LF in a CRLF file", fixture.name())
                        .doesNotContain("\n");
            }
            if (in.endsWith("\n")) {
                assertThat(out).as("%s: the final line break", fixture.name()).endsWith(in.endsWith("\r\n") ? "\r\n" : "\n");
            }
        }
        byte[] in0 = fixture.inputBytes();
        byte[] out0 = CleanFixture.bytes(result.page());
        int bom = in0.length - page.encoding().charset().encode(page.text()).remaining();
        assertThat(bom).as("%s: the BOM's length", fixture.name()).isEqualTo(page.encoding().bom()
                ? (page.encoding().charset().name().startsWith("UTF-16") ? 2 : 3) : 0);
        assertThat(Arrays.copyOf(out0, bom)).as("%s: BOM", fixture.name()).isEqualTo(Arrays.copyOf(in0, bom));
        assertThat(result.page().text()).as("%s: a BOM in the text", fixture.name()).doesNotStartWith("\uFEFF");
        assertThat(result.page().encoding()).isEqualTo(page.encoding());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void losesNoVisibleTextButThatOfRemovedElements(CleanFixture fixture) {
        Page page = fixture.page();
        StepResult result = fixture.clean().apply(page);
        List<String> removed = CleanOracle.removedVisibleTexts(page, CleanOracle.decide(page, fixture.policy()));
        String before = CleanOracle.visibleText(page);
        List<String> outputs = outputs(fixture, result);
        for (int i = 0; i < outputs.size(); i++) {
            String after = CleanOracle.visibleText(page.withText(outputs.get(i)));
            assertThat(CleanOracle.lostText(before, removed, after)).as("%s: %s", fixture.name(), which(i)).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsLinesWhereSomethingWasActedOn(CleanFixture fixture) {
        Page page = fixture.page();
        StepResult result = fixture.clean().apply(page);
        BitSet acted = CleanOracle.acted(CleanOracle.decide(page, fixture.policy()));
        String text = page.text();
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts.add(i + 1);
        }
        for (Change c : result.changes()) {
            assertThat(c.line()).as("%s: %s", fixture.name(), c).isBetween(1, lineStarts.size());
            int from = lineStarts.get(c.line() - 1);
            int to = c.line() < lineStarts.size() ? lineStarts.get(c.line()) : text.length();
            int hit = acted.nextSetBit(from);
            assertThat(hit >= 0 && hit < to).as("%s: nothing acted on in line %d for %s", fixture.name(), c.line(), c)
                    .isTrue();
        }
    }
}
