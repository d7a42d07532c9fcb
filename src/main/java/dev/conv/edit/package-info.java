/**
 * Editing a page in place: the one Markdown reader ({@link dev.conv.edit.MarkdownReader}, also
 * html2md's), the HTML regions of a page (the whole of an HTML file, the raw HTML blocks and
 * inline tags of a Markdown file, found through the reader's source spans), and edits
 * to exact source ranges, applied so that every byte outside them stays as it was and no edit
 * leaves a blank line inside an HTML block or trailing spaces behind. {@link dev.conv.edit.LineStart}
 * says which character guards a line start against reading as a block marker: clean asks it
 * when a removal moves text to a line start, html2md for every line it writes.
 * {@link dev.conv.edit.VerbatimFrontMatter} says which front matter is kept as it is: html2md
 * and the extract step before it take the same block off a page.
 */
package dev.conv.edit;
