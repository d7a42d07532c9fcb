package dev.conv.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * How removing or unwrapping a block changes the flow of text around it. Edits are made to the
 * source, not the DOM, so a removed start tag that implied the end of an open {@code <p>}, or a
 * block that separated two runs of inline content, must leave something in its place.
 */
final class Flow {
    private final Predicate<Element> gone;
    private final Predicate<Element> parserMade;
    /** Answers of {@link #significant} for the nodes it passed, looking back and forth. */
    private final Map<Node, Node> before = new IdentityHashMap<>();
    private final Map<Node, Node> after = new IdentityHashMap<>();
    /** Siblings looked at by {@link #significant}: the work a run of removed siblings costs. */
    private long steps;

    /**
     * @param gone elements that are removed (they are looked through); settled before the first
     *     question, since answers are remembered
     * @param parserMade elements without a start tag of their own in the source
     */
    Flow(Predicate<Element> gone, Predicate<Element> parserMade) {
        this.gone = gone;
        this.parserMade = parserMade;
    }

    /**
     * Why unwrapping a block presentational tag ({@code <center>}) would join lines, or null:
     * text or inline elements right before or after it, or an open paragraph before it (its
     * start tag, or a removed one before it, closed that paragraph; without a block start
     * tag there, what follows would fall into the paragraph).
     */
    String blockNeeded(Element el) {
        if (!Markup.isBlock(el.normalName())) {
            return null;
        }
        Node prev = significant(el.previousSibling(), true);
        Node next = significant(el.nextSibling(), false);
        if (isInline(prev) || isInline(next)) {
            return "inline neighbours";
        }
        if (isOpenParagraph(prev)) {
            return "closes the <p> before it";
        }
        return null;
    }

    /**
     * What must take the place of a removed block so that the content around it does not
     * join: {@code </p>} when its start tag closed the open paragraph before it and inline
     * content follows (that content would fall into the paragraph), {@code <br>} when inline
     * content is on both sides (a block between them breaks the line), else nothing.
     * Removed and invisible neighbours are looked through.
     */
    String lineBreakKeeper(Element el) {
        if (!Markup.isBlock(el.normalName()) || !isInline(significant(el.nextSibling(), false))) {
            return "";
        }
        Node prev = significant(el.previousSibling(), true);
        if (isOpenParagraph(prev)) {
            Range pEnd = ((Element) prev).endSourceRange();
            return el.sourceRange().isTracked() && pEnd.endPos() == el.sourceRange().startPos() ? "</p>" : "";
        }
        return isInline(prev) ? "<br>" : "";
    }

    /** A {@code <p>} without an end tag, ended by what follows it rather than by its parent. */
    private boolean isOpenParagraph(Node n) {
        if (!(n instanceof Element p) || !p.nameIs("p") || parserMade.test(p)) {
            return false;
        }
        Range end = p.endSourceRange();
        return end.isTracked() && end.isImplicit();
    }

    /**
     * The nearest sibling that shows: blank text, comments, invisible and vanishing elements
     * skipped. Every node passed is remembered with the answer, so a run of k removed siblings,
     * each asking about its neighbours, is walked once, not k times (k² steps).
     */
    private Node significant(Node start, boolean backwards) {
        Map<Node, Node> known = backwards ? before : after;
        List<Node> passed = new ArrayList<>();
        Node n = start;
        while (n != null && !known.containsKey(n) && (n instanceof Comment
                || n instanceof TextNode t && Markup.isBlank(t.getWholeText())
                || n instanceof Element e && (gone.test(e) || Markup.isInvisible(e.normalName())))) {
            steps++;
            passed.add(n);
            n = backwards ? n.previousSibling() : n.nextSibling();
        }
        Node found = n != null && known.containsKey(n) ? known.get(n) : n;
        for (Node p : passed) {
            known.put(p, found);
        }
        return found;
    }

    /** Siblings looked at so far (tests check that a run of removed siblings costs linear work). */
    long steps() {
        return steps;
    }

    /** Text or an inline element: content a line can continue with ({@code <br>} ends the line). */
    private boolean isInline(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        return n instanceof Element e && !Markup.isBlock(e.normalName()) && !e.nameIs("br");
    }
}
