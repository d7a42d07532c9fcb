package dev.conv.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the inline content of one block in document order and collapses white space the way
 * a browser does: runs become one space, spaces at the block's edges and around hard breaks go,
 * and a run holding a line break between two CJK characters, or a CJK character and a quotation
 * mark, disappears (CSS Text 3 segment-break rule), so a prettified Chinese page does not gain
 * spaces inside sentences. Spaces at the edge of
 * a span are placed outside it ({@code a<b> b</b>} becomes {@code a **b**}), which emphasis needs.
 */
final class InlineBuffer {
    private static final int NO_SPACE = 0;
    private static final int SPACE = 1;
    private static final int SEGMENT_BREAK = 2;
    /** Marks a pending space that belongs at the end of {@link #text}. */
    private static final int IN_TEXT = -1;

    /**
     * Written as a paragraph though built as a cell (a table's caption row): a line showing
     * nothing (NBSP at most) before a hard break goes, since a reader takes a paragraph's run of
     * breaks around such a line for a paragraph break.
     */
    private final boolean asParagraph;
    private final ArrayList<Token> tokens = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int pendingSpace = NO_SPACE;
    private int spaceIndex;
    /** Links open here: a link inside one is dropped (Markdown has no nested links). */
    private int openLinks;
    /** Nothing but span edges since the last hard break: a block edge there makes no second one. */
    private boolean onlySpansSinceBreak;
    /** Last visible code point, 0 at the start of a line. */
    private int lastChar;
    private boolean visible;

    /** Starts over for a new block, re-opening spans that continue from the previous one. */
    void reset(List<Token> continuing) {
        tokens.clear();
        text.setLength(0);
        pendingSpace = NO_SPACE;
        lastChar = 0;
        visible = false;
        openLinks = 0;
        onlySpansSinceBreak = false;
        for (Token open : continuing) {
            add(open.copyOpen());
        }
    }

    /** True once the block holds something a reader sees. */
    boolean hasContent() {
        return visible;
    }

    /** Raw DOM text; white space is collapsed here. */
    void text(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (CharClass.isHtmlSpace(c)) {
                if (pendingSpace == NO_SPACE) {
                    startSpace();
                }
                if (c == '\n' || c == '\r') {
                    pendingSpace = SEGMENT_BREAK;
                }
                i++;
                continue;
            }
            // A run of visible characters is appended at once; only its edges matter for spacing.
            int end = i + 1;
            while (end < n && !CharClass.isHtmlSpace(s.charAt(end))) {
                end++;
            }
            if (pendingSpace != NO_SPACE) {
                resolveSpace(s.codePointAt(i));
            }
            text.append(s, i, end);
            onlySpansSinceBreak = false;
            lastChar = s.codePointBefore(end);
            visible |= !isBlank(s, i, end);
            i = end;
        }
    }

    void open(Token open) {
        flushText();
        add(open);
    }

    private void add(Token open) {
        if (open.span == Token.LINK) {
            open.dropped = openLinks > 0; // as Spans.pair will find it: written as its text alone
            openLinks++;
        }
        tokens.add(open);
    }

    void close(int span) {
        close(Token.close(span));
    }

    /** Closes a tag kept as raw HTML: the end tag needs its name. */
    void closeKept(String name) {
        close(Token.keptTag(name, false));
    }

    private void close(Token close) {
        flushText();
        tokens.add(close);
        if (close.span == Token.LINK && openLinks > 0) {
            openLinks--;
        }
        if (isEmptyLink(tokens.size() - 1)) {
            // [](url): nothing to show, but the link is kept; it stands where it was, so a space
            // before it stays before it and one after it starts afresh.
            visible = true;
            onlySpansSinceBreak = false;
            if (pendingSpace != NO_SPACE) {
                resolveSpace('x');
            }
            lastChar = 'x';
            return;
        }
        if (pendingSpace != NO_SPACE) {
            spaceIndex = tokens.size();
        }
    }

    /**
     * The edge of a block element inside a line (a table cell, a heading): a line break, but two
     * edges in a row (end of one div, start of the next) make one.
     */
    void boundary() {
        if (text.length() == 0 && onlySpansSinceBreak) {
            pendingSpace = NO_SPACE;
            return;
        }
        if (!visible) {
            pendingSpace = NO_SPACE;
            return;
        }
        hardBreak();
    }

    /** A code span, image or raw HTML: visible, not CJK, so spaces before it are kept. */
    void atom(Token atom) {
        if (atom.type == Token.CODE && atom.text.isEmpty()) {
            return; // "``" is no empty code span but two backticks of text: an empty <pre> shows nothing
        }
        if (pendingSpace != NO_SPACE) {
            resolveSpace('x');
        }
        flushText();
        Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (atom.type == Token.CODE && previous != null && previous.type == Token.CODE) {
            // Side by side, the closing backticks of one and the opening ones of the next would
            // be read as one run: two adjacent code spans show as one, so write them as one.
            tokens.set(tokens.size() - 1, Token.code(previous.text + atom.text));
        } else {
            tokens.add(atom);
        }
        lastChar = 'x';
        visible = true;
        onlySpansSinceBreak = false;
    }

    InlineBuffer() {
        this(false);
    }

    InlineBuffer(boolean asParagraph) {
        this.asParagraph = asParagraph;
    }

    void hardBreak() {
        if (asParagraph) {
            int line = blankLine();
            if (line != NOT_BLANK) {
                dropBlankLine(); // and the break before it, which the one added below replaces
                if (line == BLANK_AT_START) {
                    return;
                }
            }
        }
        pendingSpace = NO_SPACE;
        flushText();
        tokens.add(Token.hardBreak());
        onlySpansSinceBreak = true;
        lastChar = 0;
    }

    /** The tokens of the block; trailing white space, and last lines holding only NBSP, are dropped. */
    List<Token> finish() {
        while (blankLine() == BLANK_AFTER_BREAK) {
            dropBlankLine(); // a paragraph's end in a cell breaks after its NBSP line too
        }
        pendingSpace = NO_SPACE;
        flushText();
        return tokens;
    }

    /** The line being written has something visible. */
    static final int NOT_BLANK = 0;
    /** The line being written shows nothing (NBSP at most), and a hard break ended the one before. */
    static final int BLANK_AFTER_BREAK = 1;
    /** Nothing visible since the start of the block (NBSP at most). */
    static final int BLANK_AT_START = 2;

    /**
     * Is the line being written blank to a reader? Spans do not count, nor does NBSP, which
     * editors put into lines and paragraphs they mean to leave empty.
     */
    int blankLine() {
        if (!isBlank(text, 0, text.length())) {
            return NOT_BLANK;
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.type == Token.BREAK) {
                return BLANK_AFTER_BREAK;
            }
            if (t.type == Token.TEXT ? !isBlank(t.text, 0, t.text.length()) : !t.isSpan() || isEmptyLink(i)) {
                return NOT_BLANK;
            }
        }
        return BLANK_AT_START;
    }

    /**
     * Is {@code tokens[i]} the end of a link with nothing inside? It is written, {@code [](url)},
     * unless it stands inside another link.
     */
    private boolean isEmptyLink(int i) {
        Token t = tokens.get(i);
        if (i == 0 || t.type != Token.CLOSE || t.span != Token.LINK) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.type == Token.OPEN && before.span == Token.LINK && !before.reopened && !before.dropped;
    }

    /**
     * Drops the blank line being written and the hard break before it; spans stay open. Spans
     * the line opened and closed go too: they show nothing, and kept, a run of such lines would
     * pile them up in front of every later look back along the line (quadratic time).
     */
    void dropBlankLine() {
        pendingSpace = NO_SPACE;
        onlySpansSinceBreak = false;
        text.setLength(0);
        int start = tokens.size();
        while (start > 0 && tokens.get(start - 1).type != Token.BREAK) {
            start--;
        }
        List<Token> line = new ArrayList<>(tokens.subList(start, tokens.size()));
        int from = Math.max(0, start - 1); // the break before the line goes with it
        tokens.subList(from, tokens.size()).clear();
        for (Token t : line) {
            if (t.type == Token.TEXT) {
                continue;
            }
            Token last = tokens.size() > from ? tokens.get(tokens.size() - 1) : null;
            if (last != null && t.type == Token.CLOSE && last.type == Token.OPEN && t.span == last.span
                    && (t.span == Token.EM || t.span == Token.STRONG || t.span == Token.DEL) && !last.reopened) {
                tokens.remove(tokens.size() - 1);
            } else {
                tokens.add(t);
            }
        }
        lastChar = 0;
    }

    /** Only spaces and NBSP. */
    private static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\u00A0' && !CharClass.isHtmlSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private void startSpace() {
        pendingSpace = SPACE;
        if (text.length() > 0) {
            spaceIndex = IN_TEXT;
            return;
        }
        int i = tokens.size();
        while (i > 0 && tokens.get(i - 1).type == Token.OPEN) {
            i--;
        }
        spaceIndex = i;
    }

    private void resolveSpace(int next) {
        boolean keep = lastChar != 0
                && !(pendingSpace == SEGMENT_BREAK && removesSegmentBreak(lastChar, next));
        pendingSpace = NO_SPACE;
        if (!keep) {
            return;
        }
        onlySpansSinceBreak = false;
        if (spaceIndex == IN_TEXT) {
            text.append(' ');
        } else {
            flushText();
            tokens.add(spaceIndex, Token.text(" "));
        }
    }

    /**
     * CSS Text 3: a segment break between two wide East Asian characters is removed. So is one
     * between a wide character and a quotation mark ({@code “ ” ‘ ’}): CSS leaves those as
     * ambiguous width and Chrome shows a space, but in Chinese text {@code 说：“ 价格 ”} reads as a
     * typo.
     */
    private static boolean removesSegmentBreak(int before, int after) {
        return before == 0x200B || after == 0x200B
                || CharClass.isCjk(before) && (CharClass.isCjk(after) || isQuotationMark(after))
                || isQuotationMark(before) && CharClass.isCjk(after);
    }

    private static boolean isQuotationMark(int c) {
        return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private void flushText() {
        if (text.length() == 0) {
            return;
        }
        if (pendingSpace != NO_SPACE && spaceIndex == IN_TEXT) {
            spaceIndex = tokens.size() + 1;
        }
        tokens.add(Token.text(text.toString()));
        text.setLength(0);
    }
}
