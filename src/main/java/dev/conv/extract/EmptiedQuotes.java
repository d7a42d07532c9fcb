package dev.conv.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Drops the block quotes a cut emptied. html2md writes an empty quote as a lone ">" line, a line
 * the whole page does not have when the quote had content there (issue 20).
 */
final class EmptiedQuotes {
    /** Elements that write something with no text in them. */
    private static final Set<String> CONTENT = Set.of("img", "picture", "video", "audio", "iframe", "embed", "object",
            "svg", "math", "canvas", "hr", "br", "input", "select", "textarea", "button", "a");

    private EmptiedQuotes() {
    }

    /** Looks at the quotes holding {@code touched}, the parents that lost nodes. */
    static void drop(Set<Element> touched) {
        Set<Element> seen = MainContent.identitySet();
        for (Element parent : touched) {
            for (Element el = parent; el != null && seen.add(el); el = el.parent()) {
                if (el.nameIs("blockquote") && el.parent() != null && !holdsContent(el)) {
                    el.replaceWith(new Element("div")); // empty, it keeps the lines around it apart
                    break;
                }
            }
        }
    }

    private static boolean holdsContent(Element quote) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()
                        || node != quote && node instanceof Element e && CONTENT.contains(e.normalName())) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, quote);
        return found[0];
    }
}
