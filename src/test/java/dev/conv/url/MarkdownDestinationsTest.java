package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
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
}
