package dev.conv.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Paragraphs that are mostly a link but are the article's own. A teaser of another page shows a
 * title, after a label at most ("Read more: The roof needs mending"); the article's text shows an
 * address it cites (a petition's URL, a mail box to write to), or is a sentence that runs on into
 * its link and ends there.
 */
final class LinkParagraphs {
    /** A web address or a mail address as link text: one word, no title. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.[a-z]{2,}");
    /** Words before the link from which it is a sentence's, not a label's ("Read more:"). */
    private static final int SENTENCE_WORDS = 3;

    private LinkParagraphs() {
    }

    /** Whether the paragraph, mostly a link, is the article's own text. */
    static boolean articleText(Element p) {
        StringBuilder before = new StringBuilder();
        int[] links = {0};
        boolean[] title = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element a && a.nameIs("a") && a.hasAttr("href")) {
                    links[0]++;
                    title[0] |= !ADDRESS.matcher(a.text().strip()).matches();
                    return FilterResult.SKIP_CHILDREN;
                }
                if (node instanceof TextNode t && links[0] == 0) {
                    before.append(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        }, p);
        if (links[0] == 0) {
            return false;
        }
        return !title[0] || sentence(before.toString().strip(), p.text().strip());
    }

    /** Words before the link that end with no label's colon, and a full stop that ends it all. */
    private static boolean sentence(String before, String all) {
        return !before.isEmpty() && before.split("\\s+").length >= SENTENCE_WORDS && !before.endsWith(":")
                && all.endsWith(".");
    }
}
