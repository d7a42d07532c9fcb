package dev.conv.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Headings kept after the article's last paragraph of prose: what they head is not the article's
 * text but what a site sets after it ("Contact", "You may also like", "Comments", a paywall's
 * "Subscribe to read on"), short lines and boxes that the cut let through. The heading goes; what
 * is under it is judged on its own. A bold label ("Contact:") is a heading here too, as is a div
 * that is one short line of text ("Most read"), as themes set a box's title.
 */
final class TrailingHeadings {
    /** Weighted characters from which a block with a sentence end reads as a paragraph of prose. */
    private static final int PARAGRAPH = 50;

    private TrailingHeadings() {
    }

    /** The kept headings after which, in what is kept, no paragraph of prose, code or table follows. */
    static List<Element> find(Element body, Set<Element> kept, Map<Element, String> boilerplate, TextStats stats) {
        Set<Element> holders = MainContent.ancestorsOf(kept);
        List<Element> pending = new ArrayList<>();
        boolean[] prose = {false};
        NodeTraversor.filter(new NodeFilter() {
            private int inKept;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node == body) {
                    inKept += kept.contains(body) ? 1 : 0;
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    if (boilerplate.containsKey(el) && !holders.contains(el) && !kept.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if ((inKept > 0 || kept.contains(el)) && (Signals.isHeading(el) || Labels.isLabel(el, stats)
                            || Labels.isTitleLine(el, stats))) {
                        pending.add(el);
                        return FilterResult.SKIP_ENTIRELY; // no tail: counted neither in nor out
                    }
                    if (kept.contains(el)) {
                        inKept++;
                    } else if (inKept == 0 && !holders.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && node != body) {
                    if (inKept > 0 && content(el, stats)) {
                        pending.clear();
                        prose[0] = true;
                    }
                    if (kept.contains(el)) {
                        inKept--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return prose[0] ? pending : List.of();
    }

    /** A paragraph of prose (sentences, few links), a code block or a table: the article's own text. */
    private static boolean content(Element el, TextStats stats) {
        if (el.nameIs("pre") || el.nameIs("table")) {
            return stats.chars(el) > 0;
        }
        TextStats.Counts c = stats.get(el);
        boolean block = switch (el.normalName()) {
            case "p", "li", "blockquote", "dd", "td" -> true;
            default -> c.ownChars >= PARAGRAPH;
        };
        return block && c.chars >= PARAGRAPH && c.stops > 0 && c.linkDensity() < 0.5;
    }
}
