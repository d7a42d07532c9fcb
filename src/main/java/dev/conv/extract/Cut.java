package dev.conv.extract;

import dev.conv.html.LineShapes;
import dev.conv.step.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a body down to a {@link MainContent.Selection}: the kept blocks stay whole (but for the
 * boilerplate inside them), their ancestors stay as wrappers, everything else goes. Each block
 * dropped with text or images is one {@link Change}, with its characters and the reason.
 */
final class Cut {
    private Cut() {
    }

    static void apply(Element body, MainContent.Selection selection, TextStats before, List<Change> changes) {
        Set<Element> kept = selection.kept();
        Set<Element> holders = MainContent.ancestorsOf(kept);
        List<Node> gone = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private int inKept;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node == body) {
                    inKept += kept.contains(body) ? 1 : 0; // the body is the article: only boilerplate goes
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    if (!leaves(el, inKept > 0, kept, holders, selection.boilerplate())) {
                        String reason = selection.boilerplate().get(el);
                        report(el, reason != null ? reason : "outside the article", before, changes);
                        gone.add(el);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    inKept += kept.contains(el) ? 1 : 0;
                    return FilterResult.CONTINUE;
                }
                if (inKept == 0 && node instanceof TextNode t && !t.isBlank()) {
                    gone.add(t);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && kept.contains(el)) {
                    inKept--;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        removeAll(gone);
    }

    /**
     * Removes the nodes, each parent's at once: jsoup renumbers the siblings after each node
     * removed, so removing many of one parent's children one by one takes quadratic time. A block
     * removed from between two runs of inline content leaves an empty block in its place: it ended
     * the first run's paragraph, and without it the two would be written as one line.
     */
    private static void removeAll(List<Node> gone) {
        Set<Node> going = Collections.newSetFromMap(new IdentityHashMap<>());
        going.addAll(gone);
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : gone) {
            parents.add((Element) n.parentNode()); // all first: emptying a parent detaches its children
        }
        for (Element parent : parents) {
            List<Node> stay = new ArrayList<>(parent.childNodeSize());
            // the last node that stays, white space aside, is inline content (for the first child:
            // the parent is inline, and such content is before it in the same line)
            boolean afterInline = LineShapes.writesInline(parent) && inlineBeside(parent, true, going);
            boolean broken = false; // and a block went since
            for (Node child : parent.childNodes()) {
                if (!going.contains(child)) {
                    if (!(child instanceof TextNode t && t.isBlank())) {
                        boolean inline = inline(child);
                        if (broken && inline && afterInline) {
                            stay.add(new Element("div"));
                        }
                        afterInline = inline;
                        broken = false;
                    }
                    stay.add(child);
                } else if (child instanceof Element el && !LineShapes.writesInline(el) && !LineShapes.writesNothing(el)) {
                    broken = true;
                }
            }
            if (broken && afterInline && LineShapes.writesInline(parent) && inlineBeside(parent, false, going)) {
                stay.add(new Element("div"));
            }
            parent.empty();
            parent.appendChildren(stay);
        }
    }

    /**
     * Whether inline content that stays is next to {@code node} in its line: before it or after
     * it, white space, unwritten and going nodes skipped, out through inline parents.
     */
    private static boolean inlineBeside(Node node, boolean before, Set<Node> going) {
        for (Node n = node; ; ) {
            for (Node s = before ? n.previousSibling() : n.nextSibling(); s != null;
                    s = before ? s.previousSibling() : s.nextSibling()) {
                boolean skipped = going.contains(s) || s instanceof TextNode t && t.isBlank()
                        || s instanceof Element e && LineShapes.writesNothing(e)
                        || !(s instanceof TextNode) && !(s instanceof Element); // a comment
                if (!skipped) {
                    return inline(s);
                }
            }
            Element p = n.parent() instanceof Element e ? e : null;
            if (p == null || !LineShapes.writesInline(p)) {
                return false;
            }
            n = p;
        }
    }

    /** Content html2md writes into the line around it: text, or an inline element. */
    private static boolean inline(Node node) {
        return node instanceof TextNode
                || node instanceof Element el && LineShapes.writesInline(el) && !LineShapes.writesNothing(el);
    }

    /**
     * Whether the cut leaves element {@code el} (its subtree, but for what goes inside it): kept,
     * holding something kept, or inside something kept and not boilerplate itself.
     */
    static boolean leaves(Element el, boolean inKept, Set<Element> kept, Set<Element> holders,
            Map<Element, String> boilerplate) {
        return kept.contains(el) || holders.contains(el) || inKept && !boilerplate.containsKey(el);
    }

    private static void report(Element el, String reason, TextStats before, List<Change> changes) {
        TextStats.Counts c = before.get(el);
        if (c.chars == 0 && c.rich == 0) {
            return;
        }
        int line = el.sourceRange().isTracked() ? el.sourceRange().start().lineNumber() : 0;
        changes.add(new Change(Extract.NAME, ExtractKind.DROPPED_BLOCK, line, "drop",
                describe(el) + " " + c.chars + " characters", reason));
    }

    /** {@code <div id=x class="a b">} as {@code div#x.a.b}, short. */
    static String describe(Element el) {
        StringBuilder s = new StringBuilder(el.normalName());
        if (!el.id().isEmpty()) {
            s.append('#').append(el.id());
        }
        for (String c : el.classNames()) {
            if (!c.isEmpty()) {
                s.append('.').append(c);
            }
        }
        String d = s.toString().toLowerCase(Locale.ROOT);
        return d.length() > 60 ? d.substring(0, 57) + "..." : d;
    }
}
