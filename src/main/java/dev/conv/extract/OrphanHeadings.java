package dev.conv.extract;

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
 * Headings, and bold labels, left with nothing under them once the cut is made: "More on this topic" above a
 * dropped list of teasers, "Leave a comment" above a dropped form, a blog's site title above
 * the post's own title. A heading followed, in what is kept, by a heading of its level or higher
 * (or by the end of the article) before any text or image heads nothing, and goes.
 */
final class OrphanHeadings {
    private OrphanHeadings() {
    }

    /**
     * Longer than this (weighted characters), a heading is a sentence set large (a pull quote, a
     * standfirst marked up as a heading): text of its own, never an orphan.
     */
    private static final int LABEL = 50;

    /** The kept headings under which nothing is kept, walked in one pass as {@link Cut} will cut. */
    static List<Element> find(Element body, Set<Element> kept, Map<Element, String> boilerplate, TextStats stats) {
        Set<Element> holders = MainContent.ancestorsOf(kept);
        List<Element> orphans = new ArrayList<>();
        List<Element> pending = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private int inKept;
            private int inHeading;

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
                    if (kept.contains(el)) {
                        inKept++;
                    } else if (inKept == 0 && !holders.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    int level = inKept > 0 ? level(el, stats) : 0;
                    if (level > 0 && stats.chars(el) > LABEL) {
                        pending.clear(); // text, not a label
                        inHeading++;
                    } else if (level > 0) {
                        for (int i = pending.size() - 1; i >= 0 && level(pending.get(i), stats) >= level; i--) {
                            orphans.add(pending.remove(i));
                        }
                        pending.add(el);
                        inHeading++;
                    } else if (inKept > 0 && inHeading == 0 && media(el)) {
                        pending.clear();
                    }
                } else if (inKept > 0 && inHeading == 0 && node instanceof TextNode t && !t.isBlank()) {
                    pending.clear();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && node != body) {
                    if (inKept > 0 && level(el, stats) > 0) {
                        inHeading--;
                    }
                    if (kept.contains(el)) {
                        inKept--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        orphans.addAll(pending);
        return orphans;
    }

    /** 1 to 6 for a heading, 7 for a bold label (it heads less than any heading), 0 for the rest. */
    private static int level(Element el, TextStats stats) {
        if (Signals.isHeading(el)) {
            return el.normalName().charAt(1) - '0';
        }
        return Labels.isLabel(el, stats) ? 7 : 0;
    }

    /** Content that is not text: an image, a video, an embed, a formula. */
    private static boolean media(Element el) {
        return switch (el.normalName()) {
            case "img", "picture", "video", "audio", "iframe", "embed", "object", "svg", "math", "canvas" -> true;
            default -> false;
        };
    }
}
