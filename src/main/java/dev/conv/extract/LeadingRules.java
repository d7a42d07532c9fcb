package dev.conv.extract;

import dev.conv.html.LineShapes;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Drops the rules a cut leaves first in the body. html2md writes a rule "---", but "***" first in
 * the output, where "---" would open front matter: a line the whole page does not have (issue 20).
 * A rule before the article's first line separates it from nothing.
 */
final class LeadingRules {
    private LeadingRules() {
    }

    static void drop(Element body) {
        List<Element> rules = new ArrayList<>();
        collect(body, rules);
        rules.forEach(Node::remove);
    }

    /**
     * Adds the rules before the first content of {@code el} to {@code rules}; true when the walk
     * went through all of {@code el} without content.
     */
    private static boolean collect(Element el, List<Element> rules) {
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element e && !LineShapes.writesNothing(e)) {
                if (e.nameIs("hr")) {
                    rules.add(e);
                } else if (e.childNodeSize() == 0 || !collect(e, rules)) {
                    return false; // an element of its own (an image) or one holding content
                }
            }
        }
        return true;
    }
}
