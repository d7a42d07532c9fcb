package dev.conv.edit;

import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Finds where a page holds HTML. An HTML page is one region. A Markdown page is parsed by
 * {@link MarkdownReader}, as GitHub reads it and as html2md reads it: each raw HTML block is a
 * region (with container prefixes such as {@code > } blanked), and the inline tags of each
 * paragraph, heading or table form one masked region, so tags opened and closed in one paragraph
 * are seen as one element. YAML front matter is never touched.
 */
public final class HtmlRegions {
    private HtmlRegions() {
    }

    public static List<HtmlRegion> of(Page page) {
        if (page.kind() == SourceKind.HTML) {
            return List.of(new HtmlRegion(0, page.text(), HtmlRegion.Kind.DOCUMENT));
        }
        return ofMarkdown(page.text());
    }

    static List<HtmlRegion> ofMarkdown(String text) {
        return ofMarkdown(text, MarkdownReader::parseForHtml);
    }

    /**
     * The regions a CommonMark reader without GFM tables finds (see
     * {@link MarkdownReader#parseWithoutTables}): a table row is a paragraph there, so a tag GitHub
     * drops with a row's extra cells, or reads across a cell's {@code |}, is HTML to it.
     */
    public static List<HtmlRegion> ofMarkdownWithoutTables(String text) {
        return ofMarkdown(text, MarkdownReader::parseWithoutTables);
    }

    /** With another reader: the tests compare the regions read with commonmark-java's own inline parsers. */
    static List<HtmlRegion> ofMarkdown(String text, Function<String, Node> reader) {
        int front = FrontMatter.length(text);
        String body = front == 0 ? text : text.substring(front);
        Node doc = reader.apply(body);
        List<HtmlRegion> regions = new ArrayList<>();
        Map<Node, List<HtmlInline>> inlineByBlock = new LinkedHashMap<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                regions.add(block(text, front, block));
            }

            @Override
            public void visit(HtmlInline tag) {
                inlineByBlock.computeIfAbsent(enclosingBlock(tag), k -> new ArrayList<>()).add(tag);
            }
        });
        for (Map.Entry<Node, List<HtmlInline>> e : inlineByBlock.entrySet()) {
            if (e.getKey().getSourceSpans().isEmpty()) {
                // commonmark-java leaves some blocks without a span (a paragraph of lines left over
                // after link reference definitions): with no position, its HTML is left as it is.
                continue;
            }
            regions.add(inline(text, front, e.getKey(), e.getValue()));
        }
        regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return regions;
    }

    private static HtmlRegion block(String text, int front, HtmlBlock block) {
        List<SourceSpan> spans = block.getSourceSpans();
        int start = front + spans.get(0).getInputIndex();
        SourceSpan last = spans.get(spans.size() - 1);
        int end = lineEnd(text, front + last.getInputIndex() + last.getLength());
        if (spans.size() == 1 || allFromColumnZero(spans)) {
            int lineStart = start - spans.get(0).getColumnIndex();
            if (lineStart == start) {
                return new HtmlRegion(start, text.substring(start, end), HtmlRegion.Kind.BLOCK);
            }
        }
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(start + i);
            chars[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        // Only the spans are HTML: a "> " or list indent before a line is blanked.
        for (SourceSpan span : spans) {
            int from = front + span.getInputIndex();
            text.getChars(from, from + span.getLength(), chars, from - start);
        }
        return new HtmlRegion(start, new String(chars), HtmlRegion.Kind.BLOCK);
    }

    private static boolean allFromColumnZero(List<SourceSpan> spans) {
        for (SourceSpan s : spans) {
            if (s.getColumnIndex() != 0) {
                return false;
            }
        }
        return true;
    }

    /** The region goes to the end of its last line (the line break included). */
    private static int lineEnd(String text, int at) {
        int i = at;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private static HtmlRegion inline(String text, int front, Node owner, List<HtmlInline> tags) {
        List<SourceSpan> spans = owner.getSourceSpans();
        int start = front + spans.get(0).getInputIndex();
        SourceSpan last = spans.get(spans.size() - 1);
        int end = front + last.getInputIndex() + last.getLength();
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(start + i);
            chars[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        // Text of the block is masked as 'x'; what lies outside its spans (a quote's "> ") is blank.
        for (SourceSpan span : spans) {
            int from = front + span.getInputIndex();
            for (int i = from; i < from + span.getLength(); i++) {
                char c = text.charAt(i);
                chars[i - start] = Character.isWhitespace(c) ? c : 'x';
            }
        }
        for (HtmlInline tag : tags) {
            for (SourceSpan span : tag.getSourceSpans()) {
                int from = front + span.getInputIndex();
                text.getChars(from, from + span.getLength(), chars, from - start);
            }
        }
        return new HtmlRegion(start, new String(chars), HtmlRegion.Kind.INLINE);
    }

    private static Node enclosingBlock(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof Block)) {
            n = n.getParent();
        }
        return n == null ? node : n;
    }
}
