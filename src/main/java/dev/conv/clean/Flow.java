package dev.conv.clean;

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

    /**
     * @param gone elements that are removed (they are looked through)
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

    /** The nearest sibling that shows: blank text, comments, invisible and vanishing elements skipped. */
    private Node significant(Node n, boolean backwards) {
        while (n != null && (n instanceof Comment || n instanceof TextNode t && Markup.isBlank(t.getWholeText())
                || n instanceof Element e && (gone.test(e) || Markup.isInvisible(e.normalName())))) {
            n = backwards ? n.previousSibling() : n.nextSibling();
        }
        return n;
    }

    /** Text or an inline element: content a line can continue with ({@code <br>} ends the line). */
    private boolean isInline(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        return n instanceof Element e && !Markup.isBlock(e.normalName()) && !e.nameIs("br");
    }
}
