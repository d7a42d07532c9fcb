package dev.conv.testutil;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.conv.page.FrontMatter;
import java.util.List;

/**
 * Markdown as GitHub reads it (CommonMark + GFM tables and strike-through, raw HTML passed
 * through), built here on its own so that tests do not judge the converter with its own reader.
 * YAML front matter is not Markdown: {@link #body} cuts it off before parsing.
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
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
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
}
