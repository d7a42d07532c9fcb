package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Destinations written so that CommonMark (commonmark-java, as GitHub reads) parses them whole. */
class MarkdownDestinationsTest {
    private static final Parser PARSER = Parser.builder().build();

    private static String parsedDestination(String markdown) {
        Node p = PARSER.parse(markdown).getFirstChild();
        if (!(p instanceof Paragraph) || !(p.getFirstChild() instanceof Link || p.getFirstChild() instanceof Image)
                || p.getFirstChild().getNext() != null) {
            return null;
        }
        return p.getFirstChild() instanceof Link l ? l.getDestination() : ((Image) p.getFirstChild()).getDestination();
    }

    @Test
    void plainUrlsStayAsTheyAre() {
        for (String url : new String[] {"https://example.com/a?b=1&c=2#d", "https://example.com/文章/一.html", "../a.md",
                "https://example.com/wiki/Foo_(bar)", "mailto:a@example.com"}) {
            assertThat(MarkdownDestinations.write(url)).isEqualTo(url);
        }
    }

    @Test
    void spacesAndAngleBracketsArePercentEncoded() {
        assertThat(MarkdownDestinations.write("https://example.com/a b<c>.png")).isEqualTo("https://example.com/a%20b%3Cc%3E.png");
        assertThat(MarkdownDestinations.write("")).isEqualTo("<>");
    }

    @Test
    void aScriptSchemeInsideTheUrlLosesItsColon() {
        assertThat(MarkdownDestinations.write("https:data://e.com/a b")).isEqualTo("https:data%3A//e.com/a%20b");
    }

    @Test
    void unbalancedParenthesesAreEscaped() {
        assertThat(MarkdownDestinations.write("https://example.com/a)b")).isEqualTo("https://example.com/a\\)b");
        assertThat(MarkdownDestinations.write("https://example.com/(a")).isEqualTo("https://example.com/\\(a");
        assertThat(MarkdownDestinations.write("https://example.com/)(")).isEqualTo("https://example.com/\\)\\(");
    }

    @Test
    void backslashesAndEntitiesAreEscaped() {
        assertThat(MarkdownDestinations.write("https://example.com/a\\b")).isEqualTo("https://example.com/a\\\\b");
        assertThat(MarkdownDestinations.write("https://example.com/?a=1&copy;=2")).isEqualTo("https://example.com/?a=1\\&copy;=2");
        assertThat(MarkdownDestinations.write("https://example.com/?a=1&copy=2")).isEqualTo("https://example.com/?a=1&copy=2");
    }

    @Test
    void everyWrittenDestinationParsesBackToTheUrlAsEncoded() {
        Random random = new Random(35);
        String[] pieces = {"a", "/", " ", "(", ")", "\\", "&", "&amp;", "&#35;", "<", ">", "\"", "'", "文", "%20", "?", "#",
                "*", "_", "[", "]", "`", "\t", "!", "\u3000", ":", "\\(", "é"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder url = new StringBuilder("https://example.com/");
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) {
                url.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = MarkdownDestinations.write(url.toString());
            String expected = MarkdownDestinations.percentEncoded(url.toString());
            assertThat(parsedDestination("[x](" + written + ")")).as("%s -> %s", url, written).isEqualTo(expected);
            assertThat(parsedDestination("![x](" + written + " \"t\")")).as("%s -> %s", url, written).isEqualTo(expected);
        }
    }

    @Test
    void deepParenthesesParse() {
        String url = "https://example.com/" + "(".repeat(40) + ")".repeat(40);
        assertThat(parsedDestination("[x](" + MarkdownDestinations.write(url) + ")")).isEqualTo(url);
    }

    /**
     * Why a space is written {@code %20}, not inside {@code <...>}: an encoded destination gives
     * the same href whether the renderer percent-encodes URLs (cmark-gfm as on GitHub, commonmark.js,
     * markdown-it) or not (commonmark-java's default); {@code <a b.md>} gives two different ones.
     */
    @Test
    void anEncodedSpaceRendersTheSameWhetherOrNotTheRendererEncodes() {
        HtmlRenderer encoding = HtmlRenderer.builder().percentEncodeUrls(true).build();
        HtmlRenderer verbatim = HtmlRenderer.builder().build();
        for (String dest : new String[] {"notes/week 2.md", "files/syllabus 2024 (final).pdf", "/wiki/Main Page"}) {
            Node encoded = PARSER.parse("[x](" + MarkdownDestinations.write(dest) + ")");
            assertThat(verbatim.render(encoded)).as(dest).isEqualTo(encoding.render(encoded)).contains("%20");
            Node bracketed = PARSER.parse("[x](<" + dest + ">)");
            assertThat(verbatim.render(bracketed)).as(dest).isNotEqualTo(encoding.render(bracketed));
            assertThat(encoding.render(bracketed)).isEqualTo(encoding.render(encoded));
        }
    }
}
