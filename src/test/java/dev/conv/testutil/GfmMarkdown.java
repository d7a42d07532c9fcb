package dev.conv.testutil;

import dev.conv.page.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as GitHub reads it (CommonMark + GFM tables and strike-through with one or two tildes,
 * raw HTML passed through, math as {@link GfmMath} reads it), configured here on its own rather
 * than taken from conv's reader, so that a change to how conv reads Markdown is judged against
 * GitHub's reading, not against itself.
 * YAML front matter is not Markdown: {@link #body} cuts it off before parsing.
 */
public final class GfmMarkdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(false).build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .customInlineContentParserFactory(GfmMath.INLINE).postProcessor(GfmMath.FENCES)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(GfmMath.RENDERER).build();

    private GfmMarkdown() {
    }

    /** The Markdown after its YAML front matter, if any. */
    public static String body(String markdown) {
        return markdown.substring(FrontMatter.length(markdown));
    }

    /** The front matter block at the top, or "". */
    public static String frontMatter(String markdown) {
        return markdown.substring(0, FrontMatter.length(markdown));
    }

    /** Parses the body (front matter cut off), with source spans. */
    public static Node parse(String markdown) {
        return PARSER.parse(body(markdown));
    }

    /** Renders the body (front matter cut off) to HTML. */
    public static String toHtml(String markdown) {
        return RENDERER.render(parse(markdown));
    }

    /** How many hard line breaks GitHub reads in {@code markdown}. */
    public static long hardBreaks(String markdown) {
        return descendants(parse(markdown)).stream().filter(n -> n instanceof HardLineBreak).count();
    }

    /** The nodes under {@code root}, in document order, found without recursion. */
    public static List<Node> descendants(Node root) {
        List<Node> nodes = new ArrayList<>();
        Node next = root.getFirstChild();
        while (next != null) {
            Node n = next;
            nodes.add(n);
            if (n.getFirstChild() != null) {
                next = n.getFirstChild();
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
            }
            next = n == root ? null : n.getNext();
        }
        return nodes;
    }

    /** Whether a node lies inside a node of the given type. */
    public static boolean isInside(Node node, Class<? extends Node> type) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source text of a node of {@link #parse}{@code (markdown)}: its spans, one per line,
     * joined by line breaks (a quote's {@code > } before a line is not part of it).
     */
    public static String source(String markdown, Node node) {
        String body = body(markdown);
        StringBuilder sb = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(body, span.getInputIndex(), span.getInputIndex() + span.getLength());
        }
        return sb.toString();
    }

    /** The first and last line of a node of {@link #parse}{@code (markdown)}, from 0, front matter counted. */
    public static int[] lines(String markdown, Node node) {
        int front = (int) frontMatter(markdown).chars().filter(c -> c == '\n').count();
        List<SourceSpan> spans = node.getSourceSpans();
        return new int[] {front + spans.get(0).getLineIndex(), front + spans.get(spans.size() - 1).getLineIndex()};
    }
}
