package dev.conv.extract;

import dev.conv.html.LineShapes;
import dev.conv.html.TableShape;
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
        Map<Element, String> boilerplate = selection.boilerplate();
        List<Element> layoutTables = layoutTables(body);
        LeftWalk.walk(body, kept, holders, boilerplate, new LeftWalk.Visitor() {
            @Override
            public void cut(Element el) {
                String reason = boilerplate.get(el);
                report(el, reason != null ? reason : "outside the article", before, changes);
                gone.add(el);
            }

            @Override
            public void text(TextNode t, boolean inKept) {
                if (!inKept && !t.isBlank()) {
                    gone.add(t);
                }
            }
        });
        EmptiedQuotes.drop(removeAll(gone));
        LeadingRules.drop(body);
        keepLayout(layoutTables);
    }

    private static List<Element> layoutTables(Element body) {
        List<Element> layout = new ArrayList<>();
        for (Element table : body.getElementsByTag("table")) {
            if (!TableShape.isDataTable(table)) {
                layout.add(table);
            }
        }
        return layout;
    }

    /**
     * A layout table the cut turned into a data table (a heading in a cell made it layout) is
     * marked as layout, so html2md writes its cells as the blocks it wrote on the whole page, not
     * as GFM rows the page's Markdown does not have.
     */
    private static void keepLayout(List<Element> layoutTables) {
        for (Element table : layoutTables) {
            if (table.parent() != null && TableShape.isDataTable(table)) {
                table.attr("role", "presentation");
            }
        }
    }

    /**
     * Removes the nodes, each parent's at once: jsoup renumbers the siblings after each node
     * removed, so removing many of one parent's children one by one takes quadratic time. A block
     * removed from between two runs of inline content leaves an empty block in its place: it ended
     * the first run's paragraph, and without it the two would be written as one line. White space
     * next to a removed block goes with it: html2md dropped it at the block's edge, and left
     * behind it would be written (a space at the end of a line, or in a link the block was in).
     * Returns the parents that lost nodes.
     */
    private static Set<Element> removeAll(List<Node> gone) {
        Set<Node> going = Collections.newSetFromMap(new IdentityHashMap<>());
        going.addAll(gone);
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : gone) {
            parents.add((Element) n.parentNode()); // all first: emptying a parent detaches its children
        }
        for (Element parent : parents) {
            boolean keepSpace = inPre(parent);
            // html2md writes an inline element around a block in parts: the block's line break stays.
            boolean inInline = LineShapes.writesInline(parent) && parent.parent() != null;
            List<Node> stay = new ArrayList<>(parent.childNodeSize());
            List<Node> blanks = new ArrayList<>(); // white space since the last node that stays or block that goes
            boolean afterInline = false; // the last node that stays, white space aside, is inline content
            boolean broken = false; // and a block went since
            for (Node child : parent.childNodes()) {
                if (child instanceof TextNode t && t.isBlank() && !going.contains(child)) {
                    blanks.add(child);
                } else if (!going.contains(child) && unwritten(child)) {
                    stay.add(child); // a comment, a style: neither ends a line nor continues one
                } else if (!going.contains(child)) {
                    if (!broken || keepSpace) {
                        stay.addAll(blanks);
                    }
                    blanks.clear();
                    boolean inline = inline(child);
                    if (broken && inline && afterInline && !inInline) {
                        stay.add(new Element("div"));
                    }
                    afterInline = inline;
                    broken = false;
                    stay.add(child);
                } else if (child instanceof Element el && !LineShapes.writesInline(el) && !LineShapes.writesNothing(el)) {
                    if (keepSpace) {
                        stay.addAll(blanks);
                    }
                    blanks.clear();
                    if (inInline && !broken) {
                        stay.add(new Element("div"));
                    }
                    broken = true;
                }
            }
            if (!broken || keepSpace) {
                stay.addAll(blanks);
            }
            parent.empty();
            parent.appendChildren(stay);
        }
        return parents;
    }

    private static boolean unwritten(Node node) {
        return !(node instanceof TextNode) && !(node instanceof Element el && !LineShapes.writesNothing(el));
    }

    /** Whether white space in {@code el} is written as it is. */
    private static boolean inPre(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.nameIs("pre") || e.nameIs("textarea") || e.nameIs("xmp") || e.nameIs("listing")
                    || e.nameIs("plaintext")) {
                return true;
            }
        }
        return false;
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
