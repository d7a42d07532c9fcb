package dev.conv.extract;

import dev.conv.html.LineShapes;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Makes a selection cut whole lines of html2md's output, never inside one (issue 20: extraction
 * drops lines, it never writes a line the whole page does not have). A heading or a data table
 * that is written at all is written whole; an inline element kept out of its line lifts the keep
 * to the block that holds the line; inline boilerplate sharing a line with kept text stays; a list
 * item keeps the line its marker is on ({@link MarkerLines}).
 */
final class WholeLines {
    /** Blank or unwritten siblings skipped when looking for a line's other content; past it, assume some. */
    private static final int LOOK = 8;

    private WholeLines() {
    }

    /**
     * Settles {@code kept} and {@code boilerplate} (both changed) as {@link Cut} will apply them,
     * and answers the characters of text the cut leaves ({@code all} measures the whole body).
     */
    static int settle(Element body, Set<Element> kept, Map<Element, String> boilerplate, TextStats all) {
        Set<Element> blocks = blocks(body);
        keepOneLineHolders(body, kept);
        liftInline(body, kept, blocks);
        MarkerLines.keep(body, kept, boilerplate);
        Set<Element> holders = MainContent.ancestorsOf(kept);
        int[] written = {0};
        NodeTraversor.filter(new NodeFilter() {
            private int inKept;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node == body) {
                    inKept += kept.contains(body) ? 1 : 0;
                    written[0] += inKept > 0 ? all.get(body).ownChars : 0;
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                boolean held = holders.contains(el) || kept.contains(el);
                if (boilerplate.containsKey(el) && !held) {
                    // Kept whole even when it holds blocks: its first or last part is written on the line.
                    if (inKept == 0 || !LineShapes.writesInline(el) || !sharesLine(el, boilerplate)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    boilerplate.remove(el); // cut out, it would change its line
                }
                if (inKept == 0 && !held) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (LineShapes.writesOneLine(el)) {
                    if (inKept == 0) {
                        kept.add(el);
                    }
                    for (Element inside : el.getAllElements()) {
                        boilerplate.remove(inside);
                    }
                    written[0] += all.chars(el);
                    return FilterResult.SKIP_ENTIRELY; // no tail: counted neither in nor out
                }
                if (kept.contains(el)) {
                    inKept++;
                }
                written[0] += inKept > 0 ? all.get(el).ownChars : 0;
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && node != body && kept.contains(el)) {
                    inKept--;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return written[0];
    }

    /**
     * A heading or code holding something kept is written whole, so it is kept: before the lift,
     * so that inline code is lifted to its line like any kept inline element.
     */
    private static void keepOneLineHolders(Element body, Set<Element> kept) {
        for (Element holder : MainContent.ancestorsOf(kept)) {
            if (holder != body && LineShapes.writesOneLine(holder)) {
                kept.add(holder);
            }
        }
    }

    /**
     * A kept inline element whose line has other content outside the article: the block holding
     * the line is kept instead (the body at worst), as html2md writes the line whole.
     */
    private static void liftInline(Element body, Set<Element> kept, Set<Element> blocks) {
        for (Element el : new ArrayList<>(kept)) {
            // inline code is one line whatever it holds: blocks at its edges give it no lines of its own
            if (el == body || !LineShapes.writesInline(el)
                    || !LineShapes.writesOneLine(el) && blockBounded(el, blocks) || !sharesLine(el, Map.of())
                    || withinKept(el.parent(), kept)) {
                continue;
            }
            Element block = el.parent();
            while (block != body && block.parent() != null && LineShapes.writesInline(block)) {
                block = block.parent();
            }
            kept.remove(el);
            kept.add(block);
        }
    }

    /** An inline element that opens and ends with blocks: its lines are its own (a custom tag around paragraphs). */
    private static boolean blockBounded(Element el, Set<Element> blocks) {
        return edgeIsBlock(el.firstChild(), true, blocks) && edgeIsBlock(el.lastChild(), false, blocks);
    }

    private static boolean edgeIsBlock(Node start, boolean forward, Set<Element> blocks) {
        int looked = 0;
        for (Node n = start; n != null && ++looked <= LOOK; n = forward ? n.nextSibling() : n.previousSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            } else if (n instanceof Element e && !LineShapes.writesNothing(e)) {
                return blocks.contains(e);
            }
        }
        return false;
    }

    private static boolean withinKept(Element el, Set<Element> kept) {
        for (Element p = el; p != null; p = p.parent()) {
            if (kept.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The elements html2md writes as blocks of their own: an inline element holding one spans lines. */
    private static Set<Element> blocks(Element body) {
        Set<Element> blocks = MainContent.identitySet();
        for (Element el : body.getAllElements()) {
            if (el != body && !LineShapes.writesInline(el) && !LineShapes.writesNothing(el)) {
                blocks.add(el);
            }
        }
        return blocks;
    }

    /**
     * Whether other text or inline content sits on the line of inline element {@code el}, the
     * {@code cut} elements aside (a line of boilerplate only is dropped whole).
     */
    private static boolean sharesLine(Element el, Map<Element, String> cut) {
        for (Element at = el; at.parent() != null; at = at.parent()) {
            if (inlineNeighbour(at.previousSibling(), false, cut) || inlineNeighbour(at.nextSibling(), true, cut)) {
                return true;
            }
            if (!LineShapes.writesInline(at.parent())) {
                return false;
            }
        }
        return false;
    }

    private static boolean inlineNeighbour(Node start, boolean forward, Map<Element, String> cut) {
        int looked = 0;
        for (Node n = start; n != null; n = forward ? n.nextSibling() : n.previousSibling()) {
            if (++looked > LOOK) {
                return true;
            }
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return true;
                }
            } else if (n instanceof Element e && !LineShapes.writesNothing(e) && !cut.containsKey(e)) {
                return LineShapes.writesInline(e);
            }
        }
        return false;
    }
}
