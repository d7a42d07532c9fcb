package dev.conv.edit;

/**
 * A stretch of a page to parse as HTML: {@code text} has exactly the length of
 * {@code source[start, start + text.length())}, so a position in it plus {@code start} is a
 * position in the page. In a Markdown paragraph only the inline tags are real; the Markdown
 * around them is masked ({@code x} for visible characters, white space kept), so jsoup sees the
 * tags, and text where there was text, at the right offsets.
 */
public record HtmlRegion(int start, String text, Kind kind) {
    public enum Kind {
        /** A whole HTML file. */
        DOCUMENT,
        /** A raw HTML block of a Markdown file. */
        BLOCK,
        /** The inline tags of one Markdown block (paragraph, heading, table). */
        INLINE
    }

    public int end() {
        return start + text.length();
    }
}
