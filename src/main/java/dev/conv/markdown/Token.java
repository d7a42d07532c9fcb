package dev.conv.markdown;

/**
 * One piece of inline content waiting to be written: text (already white-space collapsed), the
 * start or end of a span (emphasis, strike-through, link, kept raw tag), or an atomic item (code
 * span, image, hard break, raw HTML, math).
 */
final class Token {
    static final int TEXT = 0;
    static final int OPEN = 1;
    static final int CLOSE = 2;
    static final int CODE = 3;
    static final int IMAGE = 4;
    static final int BREAK = 5;
    static final int RAW = 6;
    /** Inline math; {@link #text} is the TeX. */
    static final int MATH = 7;

    static final int EM = 1;
    static final int STRONG = 2;
    static final int DEL = 3;
    static final int LINK = 4;
    /** A tag kept as raw HTML under --keep-html; {@link #text} is the tag name. */
    static final int KEPT_TAG = 5;

    final int type;
    /** For OPEN/CLOSE: what the span is. */
    final int span;
    /**
     * TEXT: the text; CODE: the code; IMAGE: alt text; RAW: the HTML; MATH: the TeX; KEPT_TAG: the
     * tag name; BREAK: what it is written as, which depends on the block ({@link InlineRenderer}).
     */
    String text;
    /** LINK: destination; IMAGE: source. */
    final String url;
    /** LINK and IMAGE: title, or null. */
    final String title;

    /** The matching CLOSE of an OPEN and vice versa, set when the buffer is rendered. */
    Token partner;
    /** Chosen emphasis delimiter character. */
    char delimiter;
    /** A span that will not be written (empty, unpaired, or impossible to express). */
    boolean dropped;
    /** An OPEN re-inserted at the start of a block because its element spans several blocks. */
    boolean reopened;
    /** A link written as {@code <url>}. */
    boolean autolink;
    /**
     * A formula at an inner edge of a span that fit no delimiter: a second run, reading it as
     * text, would move its dollar out of the span. It is written {@code $`…`$} then.
     */
    boolean pinned;
    /** Where the token stands in the emphasis plan's list (set when the plan needs it). */
    int position;

    private Token(int type, int span, String text, String url, String title) {
        this.type = type;
        this.span = span;
        this.text = text;
        this.url = url;
        this.title = title;
    }

    static Token text(String text) {
        return new Token(TEXT, 0, text, null, null);
    }

    static Token open(int span, String url, String title) {
        return new Token(OPEN, span, null, url, title);
    }

    static Token keptTag(String name, boolean open) {
        return new Token(open ? OPEN : CLOSE, KEPT_TAG, name, null, null);
    }

    static Token close(int span) {
        return new Token(CLOSE, span, null, null, null);
    }

    static Token code(String code) {
        return new Token(CODE, 0, code, null, null);
    }

    static Token image(String src, String alt, String title) {
        return new Token(IMAGE, 0, alt, src, title);
    }

    /** A hard break, written as a space until its block says otherwise. */
    static Token hardBreak() {
        return new Token(BREAK, 0, " ", null, null);
    }

    static Token math(String tex) {
        return new Token(MATH, 0, tex, null, null);
    }

    static Token raw(String html) {
        return new Token(RAW, 0, html, null, null);
    }

    Token copyOpen() {
        Token t = new Token(OPEN, span, text, url, title);
        t.reopened = true;
        return t;
    }

    boolean isEmphasis() {
        return span == EM || span == STRONG || span == DEL;
    }

    boolean isSpan() {
        return type == OPEN || type == CLOSE;
    }

    int delimiterLength() {
        return span == EM ? 1 : 2;
    }

    @Override
    public String toString() {
        return type + ":" + span + ":" + text;
    }
}
