package dev.conv.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Renders Markdown the way GitHub does (CommonMark + GFM tables and strike-through, raw HTML
 * passed through), so that a page's Markdown parts and its HTML blocks reach the converter as one
 * DOM.
 */
final class MarkdownToHtml {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        // GFM tables: header row required, column count fixed by the delimiter row.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).nodeRendererFactory(o -> new GfmCodeSpans()).build();
    }

    private MarkdownToHtml() {
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
