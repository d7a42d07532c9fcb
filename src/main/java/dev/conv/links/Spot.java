package dev.conv.links;

/**
 * One URL found in a page, with the source ranges a rewrite touches. Offsets are into the page's
 * text.
 *
 * @param syntax how the URL is written, which says how to write a new one
 * @param start start of the URL as written (a Markdown destination with its {@code <>}, an
 *     attribute value without its quotes, an autolink without its {@code <>})
 * @param end end of it
 * @param url the URL (escapes and character references decoded)
 * @param image whether the URL is loaded as an image (an image may keep a {@code data:image} URL)
 * @param wholeStart start of what an unsafe link's removal replaces: the whole Markdown link, or
 *     the attribute with the space before it
 * @param wholeEnd end of it
 * @param keptText what the removal leaves: the link's text (Markdown source), or ""
 * @param textStart start of the link text or image alt when it is plain text (Markdown), else -1;
 *     for a split link, the start of the line that holds its lone {@code [}
 * @param textEnd end of it
 * @param plainText that text, unescaped, or null
 * @param title the link's title (Markdown inline links), or null
 * @param titleEnd where the title ends (before the closing parenthesis), or -1
 * @param quote the attribute's quote, or 0 when unquoted
 * @param inCell whether it is in a GFM table cell, where a {@code |} written raw would end the cell
 */
record Spot(Syntax syntax, int start, int end, String url, boolean image, int wholeStart, int wholeEnd,
        String keptText, int textStart, int textEnd, String plainText, String title, int titleEnd, char quote,
        boolean inCell) {

    /** A spot outside any table cell. */
    Spot(Syntax syntax, int start, int end, String url, boolean image, int wholeStart, int wholeEnd,
            String keptText, int textStart, int textEnd, String plainText, String title, int titleEnd, char quote) {
        this(syntax, start, end, url, image, wholeStart, wholeEnd, keptText, textStart, textEnd, plainText, title,
                titleEnd, quote, false);
    }

    enum Syntax {
        /** {@code [text](url)} or {@code ![alt](url)}. */
        MARKDOWN_INLINE,
        /** {@code <url>}. */
        MARKDOWN_AUTOLINK,
        /** {@code [label]: url}. */
        MARKDOWN_DEFINITION,
        /** {@code href}, {@code src}, {@code poster}. */
        HTML_ATTRIBUTE,
        /** {@code <base href>}: read as the base of the others; only removed when unsafe, never rewritten. */
        HTML_BASE,
        /**
         * A quoted attribute value that a raw HTML block of Markdown leaves open: the page's next
         * quote would close it, whatever the renderer writes there, and the rest become attributes
         * of its tag. Always removed; {@code url} shows the attribute as written.
         */
        HTML_OPEN_VALUE,
        /** {@code srcset}: candidates, each a URL and a descriptor. */
        HTML_SRCSET,
        /**
         * Text written as an inline link or image that CommonMark read as text, its destination
         * holding a space or an unbalanced parenthesis ({@code [x](a b.md)}). {@code start} and
         * {@code end} hold the destination, {@code wholeStart} the {@code [} (or {@code !}), and
         * {@code keptText} the link text. Only repaired, when it plainly is a link.
         */
        MARKDOWN_UNPARSED,
        /**
         * A link an earlier converter split around a block: a paragraph of a lone {@code [}, the
         * block, then a paragraph opening with {@code ]( "URL")}. No reader sees a link there.
         */
        MARKDOWN_SPLIT,
        /**
         * A link or image a reader sees whose parts cannot be placed in the source (or that only
         * a reader without tables sees): {@code start} to {@code end} is the whole link,
         * {@code keptText} its text. Never rewritten; removed when its scheme is refused.
         */
        MARKDOWN_UNPLACED
    }

    boolean hasPlainText() {
        return plainText != null;
    }
}
