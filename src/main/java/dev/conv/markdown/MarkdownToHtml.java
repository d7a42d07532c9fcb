package dev.conv.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders Markdown the way GitHub does (CommonMark + GFM tables and strike-through, raw HTML
 * passed through), so that a page's Markdown parts and its HTML blocks reach the converter as one
 * DOM.
 */
final class MarkdownToHtml {
    /** The raw HTML blocks of the document being rendered, in order. */
    static final DataKey<List<CharSequence>> RAW_BLOCKS = new DataKey<>("CONV_RAW_BLOCKS", new ArrayList<>());
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
        RENDERER = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new GfmCodeSpans())
                .nodeRendererFactory(o -> new RawHtmlBlocks())
                .build();
    }

    private MarkdownToHtml() {
    }

    static String render(String markdown) {
        Document doc = PARSER.parse(markdown);
        List<CharSequence> blocks = new ArrayList<>();
        doc.set(RAW_BLOCKS, blocks);
        String html = RENDERER.render(doc);
        if (blocks.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + markdown.length());
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String mark = RawHtmlBlocks.marker(i);
            int k = html.indexOf(mark, at);
            out.append(html, at, k).append(blocks.get(i));
            at = k + mark.length();
        }
        return out.append(html, at, html.length()).toString();
    }
}
