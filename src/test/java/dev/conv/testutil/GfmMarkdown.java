package dev.conv.testutil;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.conv.page.FrontMatter;
import java.util.List;
import java.util.Set;

/**
 * Markdown as GitHub reads it (CommonMark + GFM tables and strike-through, raw HTML passed
 * through, math as {@link GfmMath} reads it), built here on its own so that tests do not judge the
 * converter with its own reader.
 * YAML front matter is not Markdown: {@link #body} cuts it off before parsing.
 *
 * <p>Code spans are rendered as CommonMark and GFM define them, where flexmark 0.64 differs:
 * one space is stripped from each side only when both sides have one (flexmark strips them all),
 * and in a table cell {@code \|} is a pipe (GFM spec example 200; flexmark keeps the backslash).
 */
public final class GfmMarkdown {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        PARSER = Parser.builder(options).customInlineParserExtensionFactory(new GfmMath.Factory()).build();
        RENDERER = HtmlRenderer.builder(options).nodeRendererFactory(o -> new CodeSpans()).build();
    }

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

    /** Parses the body (front matter cut off). */
    public static Document parse(String markdown) {
        return PARSER.parse(body(markdown));
    }

    /** Renders the body (front matter cut off) to HTML. */
    public static String toHtml(String markdown) {
        return RENDERER.render(parse(markdown));
    }

    /** Parses all of the text: a leading {@code ---} block is Markdown here, not front matter. */
    public static Document parseAsIs(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Renders all of the text to HTML, as {@link #parseAsIs} reads it. */
    public static String toHtmlAsIs(String markdown) {
        return RENDERER.render(parseAsIs(markdown));
    }

    /** Code spans as CommonMark 0.30+ and GFM render them. */
    private static final class CodeSpans implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> handlers = new java.util.HashSet<>(GfmMath.handlers());
            handlers.add(new NodeRenderingHandler<>(Code.class, CodeSpans::render));
            return handlers;
        }

        private static void render(Code node, NodeRendererContext context, HtmlWriter html) {
            String s = node.getText().toString().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
            if (node.getAncestorOfType(TableCell.class) != null) {
                s = s.replace("\\|", "|");
            }
            if (s.length() >= 2 && s.startsWith(" ") && s.endsWith(" ") && !s.isBlank()) {
                s = s.substring(1, s.length() - 1);
            }
            html.withAttr().tag("code");
            html.text(s);
            html.tag("/code");
        }
    }
}
