package dev.conv.extract;

import dev.conv.html.LineShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps what a list item's marker stands on (issue 20: extraction drops whole lines). An item's
 * first line carries its marker: were it cut while the item's later lines stay, they would move up
 * onto the marker's line, a line the whole page does not have. And an ordered list numbers its
 * items in order: an item cut before a kept one would renumber it.
 */
final class MarkerLines {
    private MarkerLines() {
    }

    /** Adds to {@code kept} (and takes out of {@code boilerplate}) what the items that stay need. */
    static void keep(Element body, Set<Element> kept, Map<Element, String> boilerplate) {
        Set<Element> holders = MainContent.ancestorsOf(kept);
        for (Written w : written(body, kept, holders, boilerplate)) {
            if (w.element.nameIs("ol")) {
                keepItemsBeforeTheLast(w.element, w.inKept, kept, boilerplate, holders);
            }
        }
        Set<Element> covered = MainContent.identitySet();
        // Looked at again: the items just kept for their numbers are written now, their first lines
        // too; and as the walk goes, for an item kept for its first line holds items the cut now leaves.
        LeftWalk.walk(body, kept, holders, boilerplate, new LeftWalk.Visitor() {
            @Override
            public NodeFilter.FilterResult left(Element el, boolean inKept) {
                if (el.nameIs("li") && covered.add(el)) {
                    keepFirstLine(el, inKept, kept, boilerplate, holders, covered);
                }
                return NodeFilter.FilterResult.CONTINUE;
            }
        });
    }

    /** A list or item that the cut leaves, and whether it is inside a kept element. */
    private record Written(Element element, boolean inKept) {
    }

    /** The {@code ol}, {@code ul} and {@code li} elements {@link Cut} would leave, in document order. */
    private static List<Written> written(Element body, Set<Element> kept, Set<Element> holders,
            Map<Element, String> boilerplate) {
        List<Written> lists = new ArrayList<>();
        LeftWalk.walk(body, kept, holders, boilerplate, new LeftWalk.Visitor() {
            @Override
            public NodeFilter.FilterResult left(Element el, boolean inKept) {
                if (el.nameIs("li") || el.nameIs("ol")) {
                    lists.add(new Written(el, inKept));
                }
                return NodeFilter.FilterResult.CONTINUE;
            }
        });
        return lists;
    }

    /** Items of an ordered list cut before one that stays are kept: the numbers stay the page's. */
    private static void keepItemsBeforeTheLast(Element ol, boolean olInKept, Set<Element> kept,
            Map<Element, String> boilerplate, Set<Element> holders) {
        boolean later = false;
        List<Element> children = ol.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            Element li = children.get(i);
            if (!li.nameIs("li")) {
                continue;
            }
            boolean stays = kept.contains(li) || holders.contains(li) || olInKept && !boilerplate.containsKey(li);
            if (later && !stays) {
                kept.add(li);
                boilerplate.remove(li);
            }
            later |= stays;
        }
    }

    /**
     * Keeps the first thing {@code li} writes, down the chain of first blocks to the line itself;
     * an item met on the way shares the line and is {@code covered}.
     */
    private static void keepFirstLine(Element li, boolean inKept, Set<Element> kept, Map<Element, String> boilerplate,
            Set<Element> holders, Set<Element> covered) {
        Element container = li;
        boolean within = inKept;
        while (true) {
            Node first = firstWritten(container);
            if (first == null) {
                return;
            }
            if (first instanceof TextNode || LineShapes.writesInline((Element) first)) {
                if (!within) {
                    kept.add(container); // the line is the container's own text
                }
                if (first instanceof Element inline) {
                    for (Element el : inline.getAllElements()) {
                        boilerplate.remove(el);
                    }
                }
                return;
            }
            Element block = (Element) first;
            boilerplate.remove(block);
            if (!within && !holders.contains(block)) {
                kept.add(block);
            }
            if (LineShapes.writesOneLine(block)) {
                return; // written whole, the boilerplate inside it too (WholeLines)
            }
            if (block.nameIs("li")) {
                covered.add(block);
            }
            within |= kept.contains(block);
            container = block;
        }
    }

    /** The first child html2md writes something for: text that is not blank, or an element that writes. */
    private static Node firstWritten(Element container) {
        for (Node n = container.firstChild(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !LineShapes.writesNothing(e) && !emptySpan(e)) {
                return n;
            }
        }
        return null;
    }

    /**
     * An inline element that shows nothing: no text, no address or source, no line break, however
     * deep (a link holding only an empty custom tag); html2md writes nothing for it.
     */
    private static boolean emptySpan(Element el) {
        if (!LineShapes.writesInline(el)) {
            return false;
        }
        boolean[] shows = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    return t.isBlank() ? FilterResult.CONTINUE : shows();
                }
                if (node instanceof Element e
                        && (e.hasAttr("href") || e.hasAttr("src") || e.nameIs("br") || !LineShapes.writesInline(e))) {
                    return LineShapes.writesNothing(e) ? FilterResult.SKIP_ENTIRELY : shows();
                }
                return FilterResult.CONTINUE;
            }

            private FilterResult shows() {
                shows[0] = true;
                return FilterResult.STOP;
            }
        }, el);
        return !shows[0];
    }
}
