package dev.conv.links;

import dev.conv.edit.MarkdownReader;
import dev.conv.page.FrontMatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.internal.util.Escaping;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The links of a Markdown page as the one reader reads them: inline links and images,
 * autolinks and reference definitions, each located in the source. The reader gives a link's
 * whole span; where its destination and title lie inside is read here by CommonMark's grammar
 * and checked against what the reader parsed, so a link this reading gets wrong is left alone
 * rather than rewritten in the wrong place; if its scheme is refused it is removed whole
 * ({@link Spot.Syntax#MARKDOWN_UNPLACED}), so no reading the locator misses keeps a script link.
 * Links made from a reference ({@code [a][b]}) are rewritten at their definition. A page with a
 * table is read a second time without tables, as a plain CommonMark renderer reads it: a link
 * only that reading sees is judged too. Linear in the page.
 */
final class MarkdownLinks {
    private final String text;
    private final int front;
    private final List<Spot> spots = new ArrayList<>();

    private MarkdownLinks(String text) {
        this.text = text;
        this.front = FrontMatter.length(text);
    }

    /** The links of a page, and whether GitHub's reading of it holds a table. */
    record Found(List<Spot> spots, boolean table) {
    }

    static Found find(String text) {
        MarkdownLinks links = new MarkdownLinks(text);
        String markdown = links.front == 0 ? text : text.substring(links.front);
        Node doc = MarkdownReader.parse(markdown);
        boolean[] table = {false};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.seen(link, link.getDestination());
                if (!links.link(link, link.getDestination(), link.getTitle(), false)) {
                    links.unplaced(link, link.getDestination(), false);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.seen(image, image.getDestination());
                if (!links.link(image, image.getDestination(), image.getTitle(), true)) {
                    links.unplaced(image, image.getDestination(), true);
                }
                visitChildren(image);
            }

            @Override
            public void visit(CustomBlock block) {
                table[0] |= block instanceof TableBlock;
                visitChildren(block);
            }

            @Override
            public void visit(LinkReferenceDefinition def) {
                links.definition(def);
            }

            @Override
            public void visit(Text t) {
                links.unparsed(t);
            }

            @Override
            public void visit(Paragraph paragraph) {
                links.split(paragraph);
                visitChildren(paragraph);
            }
        });
        links.references();
        if (table[0]) {
            links.withoutTables(MarkdownReader.parseWithoutTables(markdown));
        }
        return new Found(links.spots, table[0]);
    }

    /** Every link and image GitHub's reading sees, by where it starts and where it goes. */
    private final Set<String> seen = new HashSet<>();
    /** The destinations of the page's reference definitions. */
    private final Set<String> defined = new HashSet<>();
    /** Reference links and images, judged at their definitions once those are all found. */
    private final List<Node> references = new ArrayList<>();
    /** Per table cell, where its {@code \|} escapes are in the source. */
    private final Map<Node, int[]> cellEscapes = new HashMap<>();

    private void seen(Node node, String destination) {
        if (!node.getSourceSpans().isEmpty()) {
            seen.add(start(node) + " " + destination);
        }
    }

    /**
     * A link the locator took for a reference link that no definition backs (its parts were
     * misread) is removed where it is, if its scheme is refused.
     */
    private void references() {
        for (Node ref : references) {
            String destination = ref instanceof Link l ? l.getDestination() : ((Image) ref).getDestination();
            if (!defined.contains(destination)) {
                unplaced(ref, destination, ref instanceof Image);
            }
        }
    }

    /** The links a plain CommonMark reading sees and GitHub's does not: removed if refused. */
    private void withoutTables(Node doc) {
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                other(link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                other(image, image.getDestination(), true);
                visitChildren(image);
            }
        });
    }

    private void other(Node node, String destination, boolean image) {
        if (!node.getSourceSpans().isEmpty() && !seen.contains(start(node) + " " + destination)) {
            unplaced(node, destination, image);
        }
    }

    /**
     * A link the reader sees but the locator cannot place: removable whole, keeping its text as
     * written (or, when the text cannot be placed either, as read).
     */
    private void unplaced(Node node, String destination, boolean image) {
        if (node.getSourceSpans().isEmpty()) {
            return;
        }
        int start = start(node);
        int end = end(node);
        Node first = node.getFirstChild();
        while (first != null && first.getSourceSpans().isEmpty()) {
            first = first.getNext();
        }
        Node last = node.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        String kept;
        if (first != null && start < start(first) && start(first) <= end(last) && end(last) < end) {
            kept = text.substring(start(first), end(last));
        } else {
            kept = Links.markdownText(readText(node));
        }
        spots.add(new Spot(Spot.Syntax.MARKDOWN_UNPLACED, start, end, destination, image, start, end, kept, -1, -1,
                null, null, -1, (char) 0));
    }

    /** The text a reader shows for a link: its text and code, without markup. */
    private static String readText(Node node) {
        StringBuilder b = new StringBuilder();
        Node n = node.getFirstChild();
        while (n != null && n != node) {
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            }
            Node next = n.getFirstChild();
            while (next == null && n != node) {
                next = n.getNext();
                n = next == null ? n.getParent() : n;
            }
            n = next == null ? node : next;
        }
        return b.toString();
    }

    private int start(Node n) {
        SourceSpan first = n.getSourceSpans().get(0);
        return front + source(n, first.getInputIndex());
    }

    private int end(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        SourceSpan last = spans.get(spans.size() - 1);
        return front + source(n, last.getInputIndex() + last.getLength());
    }

    /**
     * Where an offset the reader gives for a node lies in the source. The tables extension drops
     * the backslash of each {@code \|} before it reads a cell, so inside a cell an offset after
     * one points that many characters early. Inline HTML's offsets {@link MarkdownReader} has
     * already moved to their place.
     */
    private int source(Node n, int index) {
        Node cell = n instanceof HtmlInline ? null : cellOf(n);
        if (cell == null || cell.getSourceSpans().isEmpty()) {
            return index;
        }
        int[] escapes = cellEscapes.computeIfAbsent(cell, c -> escapes(c.getSourceSpans().get(0)));
        // the k-th escape stands at reader offset escapes[k] - k: count those before the index
        int lo = 0;
        int hi = escapes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (escapes[mid] - mid < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return index + lo;
    }

    private static Node cellOf(Node n) {
        Node cell = n.getParent();
        while (cell != null && !(cell instanceof TableCell)) {
            cell = cell.getParent();
        }
        return cell;
    }

    private static boolean inCell(Node n) {
        return cellOf(n) != null;
    }

    /** The source offsets (after front matter) of a cell's {@code \|}, read left to right as the tables extension reads them. */
    private int[] escapes(SourceSpan cell) {
        int from = front + cell.getInputIndex();
        int to = Math.min(text.length(), from + cell.getLength());
        List<Integer> at = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\\' && i + 1 < to && text.charAt(i + 1) == '|') {
                at.add(i - front);
                i++;
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds the link's spot; false when it cannot be placed in the source (a reference link can: at its definition). */
    private boolean link(Node node, String destination, String title, boolean image) {
        if (node.getSourceSpans().isEmpty()) {
            return false;
        }
        int start = start(node);
        int end = end(node);
        if (!image && text.charAt(start) == '<' && text.charAt(end - 1) == '>') {
            if (text.substring(start + 1, end - 1).equals(destination)) {
                spots.add(new Spot(Spot.Syntax.MARKDOWN_AUTOLINK, start + 1, end - 1, destination, false, start, end,
                        destination, -1, -1, null, null, -1, (char) 0, inCell(node)));
                return true;
            }
            return false;
        }
        int open = image ? start + 1 : start;
        if (open >= end || text.charAt(open) != '[') {
            return false;
        }
        // A soft line break ending the link text has no place in the source: the text ends at the
        // last child that has one, and the "]" comes after the break (a quote's ">", indentation;
        // a hard break's "\\" or spaces).
        Node last = node.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        if (node.getLastChild() != null && last == null) {
            return false; // the reader gave the link text no place in the source: leave the link alone
        }
        int close = last == null ? open + 1 : end(last);
        while (last != null && close < end && text.charAt(close) != ']'
                && (Character.isWhitespace(text.charAt(close)) || text.charAt(close) == '>' || text.charAt(close) == '\\')) {
            close++;
        }
        if (close >= end || text.charAt(close) != ']' || close + 1 >= end || text.charAt(close + 1) != '(') {
            references.add(node); // a reference link: its definition holds the URL
            return true;
        }
        Inline parsed = inline(close + 2, end - 1, destination, title);
        if (parsed == null) {
            return false;
        }
        int textStart = -1;
        String plain = null;
        Node only = node.getFirstChild();
        if (only instanceof Text t && only.getNext() == null && !only.getSourceSpans().isEmpty()
                && only.getSourceSpans().size() == 1) {
            textStart = start(only);
            plain = t.getLiteral();
        }
        spots.add(new Spot(Spot.Syntax.MARKDOWN_INLINE, parsed.destStart, parsed.destEnd, destination, image, start,
                end, text.substring(open + 1, close), textStart, textStart < 0 ? -1 : close, plain, title,
                parsed.titleEnd, (char) 0, inCell(node)));
        return true;
    }

    /** The last paragraph that was a lone {@code [}, waiting for its {@code ](...)}. */
    private Paragraph opener;

    /** A split link's two halves: see {@link Spot.Syntax#MARKDOWN_SPLIT}. */
    private void split(Paragraph p) {
        if (p.getSourceSpans().isEmpty()) {
            return;
        }
        int start = start(p);
        int end = end(p);
        if (end - start == 1 && text.charAt(start) == '[') {
            opener = p;
            return;
        }
        Paragraph open = opener;
        if (open == null || open.getParent() != p.getParent() || !text.startsWith("](", start)) {
            return;
        }
        opener = null;
        int i = skipSpace(start + 2, end);
        boolean quoted = i < end && text.charAt(i) == '"';
        int urlStart = quoted ? i + 1 : i;
        int urlEnd = urlStart;
        while (urlEnd < end && text.charAt(urlEnd) > ' ' && text.charAt(urlEnd) != '"' && text.charAt(urlEnd) != ')') {
            urlEnd++;
        }
        int k = urlEnd;
        if (quoted) {
            if (k >= end || text.charAt(k) != '"') {
                return;
            }
            k++;
        }
        k = skipSpace(k, end);
        if (urlEnd == urlStart || k >= end || text.charAt(k) != ')') {
            return;
        }
        int openerLine = start(open) - open.getSourceSpans().get(0).getColumnIndex();
        spots.add(new Spot(Spot.Syntax.MARKDOWN_SPLIT, urlStart, urlEnd, text.substring(urlStart, urlEnd), false, start,
                k + 1, "", openerLine, end(open), null, null, -1, (char) 0));
    }

    /**
     * Text written as an inline link that CommonMark read as text, because its destination holds
     * a space or an unbalanced parenthesis ({@code [x](a b.md)}): each becomes a spot of its own.
     * Only plain link text (no brackets, code or tags in it) and a destination on the same line,
     * with an optional quoted title, count; whether it is a link to repair is the step's question.
     */
    private void unparsed(Text node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.size() != 1 || !node.getLiteral().contains("](")) {
            return;
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || p instanceof Image) {
                return; // a link inside a link's text would end the outer one
            }
        }
        int from = start(node);
        int to = end(node);
        boolean cell = inCell(node);
        int i = from;
        while (i < to) {
            int open = i;
            while (open < to && text.charAt(open) != '[') {
                open++; // not indexOf: it would search past the node, to the page's end, for each node
            }
            if (open >= to) {
                return;
            }
            i = unparsedAt(open, from, to, cell);
        }
    }

    /** Reads one {@code [text](destination "title")} at {@code open}; returns where to look on from. */
    private int unparsedAt(int open, int from, int to, boolean cell) {
        if (escaped(open, from) || open > from && text.charAt(open - 1) == ']') {
            return open + 1;
        }
        int close = open + 1;
        for (; close < to && text.charAt(close) != ']'; close++) {
            char c = text.charAt(close);
            if (c == '\\') {
                close++;
            } else if (c == '[' || c == '`' || c == '<') {
                return close;
            }
        }
        if (close + 1 >= to || text.charAt(close + 1) != '(' || text.substring(open + 1, close).isBlank()) {
            return close + 1;
        }
        int destFrom = close + 2;
        int end = -1;
        int firstClose = -1;
        int depth = 0;
        for (int k = destFrom; k < to && end < 0; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                firstClose = firstClose < 0 ? k : firstClose;
                if (depth == 0) {
                    end = k;
                }
                depth--;
            } else if (c == '[' || c == ']' || c == '<' || c == '>' || c == '`') {
                break;
            }
        }
        end = end >= 0 ? end : firstClose; // an unbalanced "(": the first ")" ends the link
        if (end < 0) {
            return destFrom;
        }
        int destStart = skipSpace(destFrom, end);
        int destEnd = end;
        while (destEnd > destStart && isSpace(text.charAt(destEnd - 1))) {
            destEnd--;
        }
        String title = null;
        char q = destEnd > destStart ? text.charAt(destEnd - 1) : 0;
        if (q == '"' || q == '\'') {
            int titleStart = text.lastIndexOf(q, destEnd - 2);
            if (titleStart > destStart && isSpace(text.charAt(titleStart - 1))) {
                title = Escaping.unescapeString(text.substring(titleStart + 1, destEnd - 1));
                destEnd = titleStart;
                while (destEnd > destStart && isSpace(text.charAt(destEnd - 1))) {
                    destEnd--;
                }
            }
        }
        String destination = Escaping.unescapeString(text.substring(destStart, destEnd));
        boolean image = open > from && text.charAt(open - 1) == '!';
        if (!destination.isEmpty() && (destination.chars().anyMatch(c -> c == ' ' || c == '\t')
                || unbalanced(destination))) {
            spots.add(new Spot(Spot.Syntax.MARKDOWN_UNPARSED, destStart, destEnd, destination, image,
                    image ? open - 1 : open, end + 1, text.substring(open + 1, close), -1, -1, null, title, -1, (char) 0,
                    cell));
        }
        return end + 1;
    }

    private boolean escaped(int at, int from) {
        int backslashes = 0;
        for (int k = at - 1; k >= from && text.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean unbalanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    private void definition(LinkReferenceDefinition def) {
        if (def.getSourceSpans().isEmpty()) {
            return;
        }
        defined.add(def.getDestination());
        int start = start(def);
        int end = end(def);
        if (!placeDefinition(def, start, end)) {
            // removable whole: a definition shows nothing of its own
            spots.add(new Spot(Spot.Syntax.MARKDOWN_UNPLACED, start, lineEnd(end), def.getDestination(), false, start,
                    lineEnd(end), "", -1, -1, null, null, -1, (char) 0));
        }
    }

    /** Adds the definition's spot; false when its destination cannot be placed in the source. */
    private boolean placeDefinition(LinkReferenceDefinition def, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || text.charAt(i) != '[') {
            return false;
        }
        for (i++; i < end && text.charAt(i) != ']'; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            }
        }
        if (i + 1 >= end || text.charAt(i + 1) != ':') {
            return false;
        }
        int destStart = skipSpace(i + 2, end);
        int destEnd = destinationEnd(destStart, end);
        if (destEnd < 0 || !unescape(destStart, destEnd).equals(def.getDestination())) {
            return false;
        }
        spots.add(new Spot(Spot.Syntax.MARKDOWN_DEFINITION, destStart, destEnd, def.getDestination(), false, start,
                lineEnd(end), "", -1, -1, null, def.getTitle(), -1, (char) 0));
        return true;
    }

    private record Inline(int destStart, int destEnd, int titleEnd) {
    }

    /** Reads {@code ( dest "title" )} between {@code from} and the closing parenthesis; null when it does not match. */
    private Inline inline(int from, int closeParen, String destination, String title) {
        if (text.charAt(closeParen) != ')') {
            return null;
        }
        int destStart = skipSpace(from, closeParen);
        int destEnd;
        if (destination.isEmpty() && !text.startsWith("<>", destStart)) {
            destEnd = destStart; // no destination written: what follows is the title
        } else {
            destEnd = destinationEnd(destStart, closeParen);
            if (destEnd < 0 || !unescape(destStart, destEnd).equals(destination)) {
                return null;
            }
        }
        int titleEnd = closeParen;
        while (titleEnd > destEnd && isSpace(text.charAt(titleEnd - 1))) {
            titleEnd--;
        }
        if (title == null && titleEnd != destEnd) {
            return null;
        }
        return new Inline(destStart, destEnd, titleEnd);
    }

    /** The end of a destination starting at {@code i}, or -1. */
    private int destinationEnd(int i, int limit) {
        if (i < limit && text.charAt(i) == '<') {
            for (int k = i + 1; k < limit; k++) {
                char c = text.charAt(k);
                if (c == '\\' && k + 1 < limit) {
                    k++;
                } else if (c == '>') {
                    return k + 1;
                } else if (c == '<' || c == '\n' || c == '\r') {
                    return -1;
                }
            }
            return -1;
        }
        int depth = 0;
        int k = i;
        for (; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < limit && isAsciiPunctuation(text.charAt(k + 1))) {
                k++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c <= ' ') {
                break;
            }
        }
        return k;
    }

    private String unescape(int from, int to) {
        String s = text.substring(from, to);
        if (s.startsWith("<") && s.endsWith(">") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1);
        }
        return Escaping.unescapeString(s);
    }

    private int skipSpace(int i, int limit) {
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineEnd(int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() ? i + 1 : i;
    }

    /** White space as the reader skips it around a destination and title: vertical tab and form feed too. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }
}
