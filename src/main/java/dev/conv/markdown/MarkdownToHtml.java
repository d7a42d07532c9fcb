package dev.conv.markdown;

import dev.conv.edit.MarkdownReader;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown the way GitHub does (CommonMark + GFM tables and strike-through, raw HTML
 * passed through), so that a page's Markdown parts and its HTML blocks reach the converter as one
 * DOM. The page is read by {@link MarkdownReader}, the reader {@code clean} uses too.
 */
final class MarkdownToHtml {
    /** URLs as written: the converter writes them back into Markdown and encodes what it must. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(MarkdownReader.extensions()).build();

    private MarkdownToHtml() {
    }

    /** The HTML of Markdown whose front matter is already cut off. */
    static String render(String markdown) {
        return RENDERER.render(MarkdownReader.parse(markdown));
    }
}
