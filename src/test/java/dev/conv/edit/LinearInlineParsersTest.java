package dev.conv.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * The {@code <} and backtick parsers registered in front of commonmark-java's: the same document
 * as the built-in parsers give, and look-ahead linear in the paragraph (counted, not timed). The
 * built-in ones searched from every {@code <} or backtick run to the end of the paragraph.
 */
class LinearInlineParsersTest {
    private static final Parser BUILT_IN = MarkdownReader.withBuiltInInlineParsers().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(MarkdownReader.extensions()).build();

    /** Counts what the parsers of one parse look at. */
    private static final class Counting {
        final List<AngleBrackets> angles = new ArrayList<>();
        final List<Backticks> ticks = new ArrayList<>();
        final Parser parser = MarkdownReader.withInlineParsers(factory('<', () -> add(angles, new AngleBrackets())),
                factory('`', () -> add(ticks, new Backticks()))).build();

        long steps(String markdown) {
            angles.clear();
            ticks.clear();
            parser.parse(markdown);
            return angles.stream().mapToLong(AngleBrackets::steps).sum() + ticks.stream().mapToLong(Backticks::steps).sum();
        }

        private static <T> T add(List<T> list, T t) {
            list.add(t);
            return t;
        }

        private static InlineContentParserFactory factory(char c, java.util.function.Supplier<InlineContentParser> make) {
            return new InlineContentParserFactory() {
                @Override
                public Set<Character> getTriggerCharacters() {
                    return Set.of(c);
                }

                @Override
                public InlineContentParser create() {
                    return make.get();
                }
            };
        }
    }

    private static String guarded(String markdown) {
        return describe(new Counting().parser.parse(markdown));
    }

    private static String builtIn(String markdown) {
        return describe(BUILT_IN.parse(markdown));
    }

    /** The rendered HTML and every node with its source spans. */
    private static String describe(Node doc) {
        StringBuilder sb = new StringBuilder(HTML.render(doc));
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(doc);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            sb.append('\n').append(n).append(' ').append(n.getSourceSpans());
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return sb.toString();
    }

    @Test
    void everySpecExampleParsesAsWithTheBuiltInParsers() throws IOException {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        assertThat(examples).hasSizeGreaterThan(600);
        for (Example ex : examples) {
            assertThat(guarded(ex.getSource())).as(ex.getSection() + ": " + ex.getSource())
                    .isEqualTo(builtIn(ex.getSource()));
        }
    }

    @Test
    void hostileParagraphsParseAsWithTheBuiltInParsers() {
        String[] cases = {
            "<<<<a>", "a <b <c> <d", "<?a?? <?b?> <?", "<??> <?x?>", "<!-- a --> <!-- b", "<!---> <!-->",
            "<![CDATA[ x ]]> <![CDATA[", "<!DOC x> <!DOC", "<!D>", "<a href='x> <b href=\"y\">", "<a b='<a b='",
            "<http://a.b> <http://a <b@c.d> <b@c", "<a\nb> <http://a\nb>", "x <span><span>\n<span> y",
            "` `` ``` `` ` ````", "`a``b`` ```c` `", "\\`a` `b\\``", "``\n`` `x", "<`a>` `<b>`", "[a](<b) <c>",
            "<", "`", "| a | `b | <c |\n|---|---|---|\n| <d> ` | ~e`~ | <f |", "~<a~ ~~`b~~` <c>",
            "a  \nb<\n<span>c</span>",
        };
        for (String c : cases) {
            assertThat(guarded(c)).as(c).isEqualTo(builtIn(c));
            assertThat(HtmlRegions.ofMarkdown(c)).as(c).isEqualTo(HtmlRegions.ofMarkdown(c, BUILT_IN::parse));
        }
    }

    @Test
    void lookAheadIsLinearInTheParagraph() {
        Counting counting = new Counting();
        String[] units = {"<", "<a", "<a ", "<?a", "<!--a", "<![CDATA[a", "<!A a", "<a b='", "[a](<", "<http://a",
            "`a``", "<?a??"};
        for (String unit : units) {
            int n = 4096;
            long small = counting.steps(unit.repeat(n / unit.length()));
            long large = counting.steps(unit.repeat(4 * n / unit.length()));
            assertThat(large).as(unit).isLessThanOrEqualTo(12L * n);
            assertThat(large).as(unit).isLessThanOrEqualTo(5 * small);
        }
        StringBuilder growing = new StringBuilder();
        for (int k = 1; growing.length() < 16384; k++) {
            growing.append("`".repeat(k)).append('a');
        }
        assertThat(counting.steps(growing.toString())).isLessThanOrEqualTo(3L * growing.length());
    }
}
