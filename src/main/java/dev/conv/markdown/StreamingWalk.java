package dev.conv.markdown;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.ParserGuard;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.commons.io.input.ProxyReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Converts while parsing, so a page of hundreds of megabytes needs memory for its largest block,
 * not for its whole DOM. jsoup's {@link StreamParser} hands over each element once it is
 * complete; an element whose ancestors are all {@linkplain MarkdownWriter#streamable streamable}
 * (divs, quotes, inline wrappers) is written at once and removed from the DOM. Those ancestors
 * are entered (their heads written) when their first finished child arrives and left when they
 * complete. Anything else (a list, a table, a heading) waits for its complete subtree, as in the
 * plain DOM walk, so the output is the same. So does a formatting element (a link, {@code <b>},
 * {@code <font>}) until {@link #HOLD_LIMIT} more characters have been read: the parser may still
 * move blocks out of it and copy it into them, which only the complete subtree shows.
 */
final class StreamingWalk {
    private static final int DRAIN_AT = 1 << 16;
    /**
     * The characters of input read from which a formatting element is entered rather than held
     * back: one never closed on a page of many megabytes must not hold it all.
     */
    static final long HOLD_LIMIT = 1 << 22;

    private final MarkdownWriter writer;
    private final Appendable sink;
    /** Entered elements, outermost first. */
    private final Deque<Element> entered = new ArrayDeque<>();
    /** The elements of {@link #entered}, by identity: known streamable, so a deep page's every
     * element does not judge all its ancestors again. */
    private final Set<Element> enteredSet = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Elements the parser has handed over that stay in the DOM, held back to be written with an
     * ancestor (one written at once leaves the DOM, which says as much). Weakly held, so those
     * written since are collected; jsoup's elements are equal only to themselves, so this is an
     * identity set.
     */
    private final Set<Element> handed = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * Elements left while still open to the parser, as it moved the rest of the page out of
     * them (misnested tags), all they held written as the DOM walk writes it: met again, empty,
     * as a sibling of what was moved, they are dropped, not written a second time. Weakly held,
     * as {@link #handed}.
     */
    private final Set<Element> shells = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * Formatting elements that held content back, and how much input had been read when they
     * first did (or when one inside them did): weakly held, as {@link #handed}.
     */
    private final Map<Element, Long> holdingSince = new WeakHashMap<>();
    /** Characters of input the parser has read so far. */
    private long read;

    private final int maxDepth;
    /** Output has gone to the sink: a second try would write it twice. */
    private boolean drained;

    StreamingWalk(MarkdownWriter writer, Appendable sink, int maxDepth) {
        this.writer = writer;
        this.sink = sink;
        this.maxDepth = maxDepth;
    }

    /** Did output reach the sink before the walk ended? */
    boolean drained() {
        return drained;
    }

    /** jsoup itself failed on the page ({@link ParserGuard}); the cause is its exception. */
    static final class ParserFailure extends RuntimeException {
        ParserFailure(RuntimeException cause) {
            super(cause.toString(), cause);
        }
    }

    void run(Reader html) throws IOException {
        try (StreamParser parser = new StreamParser(ParserGuard.parser(maxDepth, false))) {
            parser.parse(new ProxyReader(html) {
                @Override
                protected void afterRead(int n) {
                    read += Math.max(n, 0);
                }
            }, "");
            Document doc = parser.document();
            Iterator<Element> completed = parser.iterator();
            while (hasNext(completed)) {
                Element el = completed.next();
                Element body = parsedBody(doc);
                if (body == null || el == body || el.parent() == null) {
                    continue;
                }
                if (holdsUnfinished(el)) {
                    // jsoup's adoption agency hands over a block it moves (a div out of a
                    // misnested link) while it is still open: the new link inside it is not
                    // handed over yet, and more may follow. It is handed over again when it closes.
                    continue;
                }
                List<Element> chain = chain(el, body);
                if (chain == null) {
                    handed.add(el); // written with an ancestor that must be written whole
                    continue;
                }
                if (el.parent().nameIs("form") && el.nextElementSibling() == null) {
                    // jsoup hands over a form's last child when the form closes, and </form>
                    // closes a form while what was opened inside it stays open: hold it back.
                    // It is written with the form, or entered like any element if it grows.
                    handed.add(el);
                    continue;
                }
                if (el.nameIs("form")) {
                    leaveHeldBack(el);
                }
                if (!entered.isEmpty() && entered.peekLast() == el) {
                    leave(el);
                    el.remove();
                } else {
                    enter(chain, el);
                    walkPrecedingSiblings(el);
                    writeAndRemove(el);
                }
                if (writer.pending() > DRAIN_AT) {
                    drained = true;
                    writer.drainTo(sink);
                }
            }
            Element body = parsedBody(doc);
            if (body != null) {
                while (!entered.isEmpty()) {
                    Element last = entered.peekLast();
                    leave(last);
                    last.remove();
                }
                writeAndRemoveFirst(body, body.childNodeSize());
            }
            requireAllWritten(doc, body);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.append(writer.finish());
    }

    /**
     * Does {@code el} hold an element the parser has not handed over? Then it is not complete,
     * though handed over: its children complete before it does. Written children have left it,
     * so this looks only at those held back with it (a table's rows, a form's last child).
     */
    private boolean holdsUnfinished(Element el) {
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!handed.contains(child)) {
                return true;
            }
        }
        return false;
    }

    /** The parser's next step, where jsoup's own failures surface. */
    private static boolean hasNext(Iterator<Element> completed) {
        try {
            return completed.hasNext();
        } catch (RuntimeException e) {
            ParserGuard.rethrowIfNotParserBug(e);
            throw new ParserFailure(e);
        }
    }

    /**
     * The body once the parser has made it, else null. {@link Document#body()} would create an
     * empty one while the parser is still in the head, and the page's real body would be ignored.
     */
    private static Element parsedBody(Document doc) {
        Element html = doc.firstElementChild(); // the HTML parser gives a document one element
        if (html == null) {
            return null;
        }
        for (Element child = html.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("body") || child.nameIs("frameset")) {
                return child;
            }
        }
        return null;
    }

    /**
     * Fails when the document holds text outside its head and the walked body: written elements
     * are removed and the rest of the body is walked at the end, so such text was never written.
     * It means the walk took the wrong body, and the page would have become empty Markdown, with
     * nobody told. What is left to look at here is the head and an empty tree: cheap.
     */
    static void requireAllWritten(Document doc, Element walked) {
        TextNode[] lost = new TextNode[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == walked || node instanceof Element el && el.nameIs("head")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    lost[0] = text;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (lost[0] != null) {
            String text = lost[0].text().strip();
            throw new IllegalStateException("html2md did not write the page's text \""
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"");
        }
    }

    /**
     * The ancestors of {@code el} below body, outermost first, or null when one of them must be
     * written as a whole (then {@code el} is written with it).
     */
    private List<Element> chain(Element el, Element body) {
        if (!entered.isEmpty() && el.parent() == entered.peekLast() && enteredIsAncestry(body)) {
            return new ArrayList<>(entered); // the common case, without judging each ancestor again
        }
        List<Element> chain = new ArrayList<>(entered.size() + 4);
        long since = read; // since when the formatting elements below p have held content back
        for (Element p = el.parent(); p != body; p = p.parent()) {
            if (p == null) {
                return null;
            }
            boolean formatting = HtmlVocabulary.isFormatting(p.normalName());
            if (formatting) {
                // one inside p held back since earlier: p holds that content too
                since = holdingSince.merge(p, since, Math::min);
            }
            if (!enteredSet.contains(p) && (!writer.streamable(p) || formatting && read - since < HOLD_LIMIT)) {
                return null;
            }
            chain.add(p);
        }
        Collections.reverse(chain); // built innermost first: inserting at the front is quadratic in depth
        return chain;
    }

    /** Do the entered elements still nest, below body (the parser moves misnested ones)? */
    private boolean enteredIsAncestry(Element body) {
        Element parent = body;
        for (Element e : entered) {
            if (e.parent() != parent) {
                return false;
            }
            parent = e;
        }
        return true;
    }

    /** Enters the ancestors of {@code el}, {@code chain}, leaving entered ones that are not. */
    private void enter(List<Element> chain, Element el) {
        int common = 0;
        for (Element e : entered) {
            if (common >= chain.size() || chain.get(common) != e) {
                break;
            }
            common++;
        }
        // The parser moved an entered element (misnested formatting tags): leave what no longer
        // holds this element; it is entered again if more of its content arrives. What it holds
        // of el's new ancestry (or el) is still being parsed: it is written when it completes.
        Set<Element> unfinished = null;
        Element below = null; // the element left before, entered inside the one being left
        boolean movedOut = false; // one left so far is no longer inside the element it was entered in
        while (entered.size() > common) {
            if (unfinished == null) {
                unfinished = Collections.newSetFromMap(new IdentityHashMap<>());
                unfinished.addAll(chain);
                unfinished.add(el);
            }
            Element last = entered.peekLast();
            writeChildren(last, unfinished);
            movedOut |= below != null && !isInside(below, last);
            if (!movedOut || showedAsTheDomWill(last)) {
                shells.add(last);
            }
            tail(last);
            below = last;
        }
        for (int i = common; i < chain.size(); i++) {
            Element c = chain.get(i);
            walkPrecedingSiblings(c);
            shells.remove(c); // entered again: written again when left
            writer.head(c, 0);
            entered.addLast(c);
            enteredSet.add(c);
        }
    }

    /**
     * {@code el} is left, its content all written, and what the parser moved out of it was
     * written inside it: has its span still shown as the DOM walk will show it? Yes when the
     * paragraph the span opened in ended first and showed it, or ended at a block still inside
     * it (the DOM walk ends it there too). Not when that paragraph showed nothing and a block
     * since moved out ended it: the DOM walk writes the link, empty, before that block
     * ({@code <a href=/u><div>…<a>}, the div moved out), and here it showed nowhere.
     */
    private boolean showedAsTheDomWill(Element el) {
        MarkdownWriter.Ending ending = writer.ending(el);
        return ending != null && (ending.shown() || isInside(ending.by(), el));
    }

    /** Is {@code node} inside {@code el}, or written and removed (which a written node stays)? */
    private static boolean isInside(Element node, Element el) {
        if (node.parent() == null) {
            return true;
        }
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p == el) {
                return true;
            }
        }
        return false;
    }

    /** A form's last child, held back and entered since, is complete once the form is. */
    private void leaveHeldBack(Element form) {
        Element last = form.lastElementChild();
        if (last != null && entered.peekLast() == last) {
            leave(last);
            last.remove();
        }
    }

    /** Writes what the last entered element, {@code el}, holds and its end. */
    private void leave(Element el) {
        writeChildren(el, Set.of());
        tail(el);
    }

    /** Writes what {@code el} holds, up to the first of {@code unfinished}. */
    private void writeChildren(Element el, Set<Element> unfinished) {
        int count = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof Element e && unfinished.contains(e)) {
                break;
            }
            count++;
        }
        writeAndRemoveFirst(el, count);
    }

    /** Writes the end of the last entered element, {@code el}, and takes it off the entered. */
    private void tail(Element el) {
        writer.tail(el, 0);
        enteredSet.remove(entered.removeLast());
    }

    /** Text before {@code el} in its parent: never handed over by the parser, written now. */
    private void walkPrecedingSiblings(Element el) {
        Element parent = el.parent();
        if (parent != null) {
            writeAndRemoveFirst(parent, el.siblingIndex());
        }
    }

    /** Writes a node and takes it out of the DOM. */
    private void writeAndRemove(Node node) {
        write(node);
        node.remove();
    }

    /**
     * Writes the first {@code count} nodes {@code parent} holds and takes them out at once: one
     * at a time, jsoup renumbers the nodes after each, quadratic in a formatting element's held-back
     * children. The writer looks at a node's parent, never at its siblings.
     */
    private void writeAndRemoveFirst(Element parent, int count) {
        if (count <= 1) {
            if (count == 1) {
                writeAndRemove(parent.childNode(0));
            }
            return;
        }
        List<Node> children = parent.childNodes();
        List<Node> rest = new ArrayList<>(children.subList(count, children.size()));
        for (Node node : new ArrayList<>(children.subList(0, count))) {
            write(node);
        }
        parent.empty();
        parent.appendChildren(rest);
    }

    /** Writes a node; a {@linkplain #shells shell} met again empty is not written. */
    private void write(Node node) {
        if (shells.isEmpty() || !(node instanceof Element e && shells.remove(e) && e.childNodeSize() == 0)) {
            writer.walk(node);
        }
    }
}
