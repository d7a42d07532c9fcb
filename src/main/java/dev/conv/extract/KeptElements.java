package dev.conv.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The elements of a tree outside the dropped ones, walked without recursion (hostile pages nest deep). */
final class KeptElements {
    /** Told of each kept element in document order; answers whether to walk into it. */
    interface Visitor {
        boolean enter(Element el);
    }

    private KeptElements() {
    }

    static void walk(Element root, Set<Element> dropped, Visitor visitor) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && (dropped.contains(el) || !visitor.enter(el))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
