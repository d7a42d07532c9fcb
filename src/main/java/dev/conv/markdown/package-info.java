/**
 * HTML to Markdown: {@link dev.conv.markdown.Html2Md} turns a page (HTML, or Markdown with
 * embedded HTML read the way GitHub renders it) into GitHub-flavoured Markdown. The DOM is walked
 * iteratively by {@code MarkdownWriter}; inline content collects in an {@code InlineBuffer} that
 * collapses whitespace (CJK-aware), fixes emphasis flanking and escapes only what would change
 * meaning; {@code BlockPrinter} lays the blocks out with container prefixes and blank lines.
 */
package dev.conv.markdown;
