package dev.conv.extract;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a body as {@link Cut} will leave it, in document order: the body, the kept elements and
 * their ancestors, and what a kept element holds but for boilerplate. The one place that counts
 * how deep inside kept elements the walk is; the cut itself and the steps that must foresee it
 * ({@link MarkerLines}, {@link ClosingNotes}) see the same elements.
 */
final class LeftWalk {
    /** What a walk does at each node. */
    interface Visitor {
        /**
         * An element the cut leaves; {@code inKept}: it is kept or inside a kept element. Returns
         * {@link NodeFilter.FilterResult#SKIP_ENTIRELY} to pass over what it holds.
         */
        default NodeFilter.FilterResult left(Element el, boolean inKept) {
            return NodeFilter.FilterResult.CONTINUE;
        }

        /** An element the cut removes, with all it holds (not walked). */
        default void cut(Element el) {
        }

        /** A text node inside an element the cut leaves. */
        default void text(TextNode text, boolean inKept) {
        }
    }

    private LeftWalk() {
    }

    static void walk(Element body, Set<Element> kept, Set<Element> holders, Map<Element, String> boilerplate,
            Visitor visitor) {
        NodeTraversor.filter(new NodeFilter() {
            private int inKept;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    visitor.text(t, inKept > 0);
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                // the body stays whatever is kept: when it is the article, only boilerplate goes
                if (el != body && !Cut.leaves(el, inKept > 0, kept, holders, boilerplate)) {
                    visitor.cut(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                FilterResult r = visitor.left(el, inKept > 0 || kept.contains(el));
                if (r == FilterResult.CONTINUE && kept.contains(el)) {
                    inKept++;
                }
                return r;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && kept.contains(el)) {
                    inKept--; // tail comes only after a CONTINUE
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }
}
