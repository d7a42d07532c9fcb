package dev.conv.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Paragraphs that are mostly a link but are the article's own: a teaser of another page shows a
 * title ("Read more: The roof needs mending"), an address the article cites shows the address
 * itself (a petition's URL, a mail box to write to).
 */
final class LinkParagraphs {
    /** A web address or a mail address as link text: one word, no title. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.[a-z]{2,}");

    private LinkParagraphs() {
    }

    /** Whether every link of the paragraph (one at least) shows an address as its text. */
    static boolean citesAddress(Element p) {
        int[] links = {0};
        boolean[] title = {false};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element a && a.nameIs("a") && a.hasAttr("href")) {
                links[0]++;
                title[0] |= !ADDRESS.matcher(a.text().strip()).matches();
            }
        }, p);
        return links[0] > 0 && !title[0];
    }
}
