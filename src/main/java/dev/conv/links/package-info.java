/**
 * The {@code links} step: every URL of a page found to the byte ({@link dev.conv.links.MarkdownLinks}
 * through the one Markdown reader, {@link dev.conv.links.HtmlLinks} over each HTML region), the URL
 * rules of {@code dev.conv.url} applied in one order ({@link dev.conv.links.UrlChain}), and only the
 * changed spans rewritten through {@code dev.conv.edit}. {@link dev.conv.links.LocalTargets} is the
 * offline check of {@code --check-local}, asking the site's files through
 * {@link dev.conv.page.SiteFiles}. Uses no other step package.
 */
package dev.conv.links;
