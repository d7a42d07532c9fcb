package dev.conv.markdown;

import dev.conv.edit.LineStart;
import dev.conv.html.DoubleEscapes;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tokens of one block as Markdown inline syntax. It pairs spans, drops empty ones,
 * chooses emphasis delimiters that actually open and close under CommonMark's flanking rules
 * (moving edge punctuation out of a span when needed, as in {@code 「**台灣**」主題}), and escapes
 * a character only where it would otherwise be read as syntax.
 */
final class InlineRenderer {
    enum Mode {
        /** Paragraph text: hard breaks are backslash line ends, line starts are guarded. */
        PARAGRAPH,
        /** ATX heading: one line, hard breaks become spaces. */
        HEADING,
        /** GFM table cell: one line, hard breaks become {@code <br>}, pipes escaped. */
        CELL
    }

    /** Where reference-style links get their labels; null for inline links. */
    interface References {
        String label(String url, String title);
    }

    private final References references;

    private List<Token> live;
    private Mode mode;
    /** List markers before the first line's text (see {@link #render(List, Mode, boolean, String)}). */
    private String bullets = "";
    private int stars;
    private int underscores;
    private int tildes;
    private int backticks;
    /** triggerAfter[i]: a {@code ](}, {@code ][} or {@code ]:} occurs in a token at or after i. */
    private boolean[] triggerAfter;
    /**
     * lastTrigger[i]: where the last such {@code ]} stands in text token i, -1 if none. A
     * {@code [} after it needs no escape, wherever the block's texts part (a heading's breaks,
     * written as spaces, part texts that a second run reads as one).
     */
    private int[] lastTrigger;
    /** atAfter[i]: an {@code @} is written in a text, code, math or raw token at or after i. */
    private boolean[] atAfter;
    /** The block's math is written {@code $tex$}, not {@code $`tex`$}. */
    private boolean plainMath;
    /** A {@code $} in text must be escaped: the block holds math GitHub could pair it with. */
    private boolean escapeDollars;
    /** mathOpens[i]: text token i ends with the {@code $} of a {@code $`…`$} that follows. */
    private boolean[] mathOpens;
    /** mathCloses[i]: text token i starts with the {@code $} closing a {@code $`…`$}. */
    private boolean[] mathCloses;

    InlineRenderer(References references) {
        this.references = references;
    }

    String render(List<Token> tokens, Mode mode) {
        return render(tokens, mode, false);
    }

    /**
     * Writes the tokens; {@code startsDocument} when the text goes first in the document, where a
     * leading U+FEFF would be read back as a byte-order mark and dropped.
     */
    String render(List<Token> tokens, Mode mode, boolean startsDocument) {
        return render(tokens, mode, startsDocument, "");
    }

    /**
     * As above; {@code bullets} are the list markers that open the first line before the text
     * ({@link BlockPrinter#bulletsOnLine}): with them, text such as "--" makes a rule.
     */
    String render(List<Token> tokens, Mode mode, boolean startsDocument, String bullets) {
        this.mode = mode;
        this.bullets = bullets;
        this.live = Spans.pair(tokens);
        Spans.dropEmpty(live);
        // Searches for the nearest visible token would cross runs of these again and again.
        live.removeIf(t -> t.dropped || t.type == Token.TEXT && t.text.isEmpty());
        live = Spans.moveSpacesOutOfOpens(live);
        live = Spans.moveBreaksOutOfEdges(live);
        // What a delimiter beside a break touches: in a paragraph a backslash (punctuation), then
        // a line end; in a cell "<br>"; in a heading a space.
        String writtenBreak = mode == Mode.PARAGRAPH ? "\\\n" : mode == Mode.CELL ? "<br>" : " ";
        for (Token t : live) {
            if (t.type == Token.BREAK) {
                t.text = writtenBreak;
            }
        }
        joinNeighbours();
        if (mode == Mode.HEADING) {
            // Planned on the one text a second run reads: ">", a break, "a" is "> a", whose
            // edge punctuation moves out of a span as a lone ">" would not.
            Spans.trimBreaks(live);
            spaceBreaks();
        }
        if (startsDocument) {
            referenceLeadingByteOrderMark();
        }
        for (int pass = 1; ; pass++) {
            planEmphasis();
            Spans.trimBreaks(live);
            if (live.isEmpty()) {
                return "";
            }
            markAts();
            planMath();
            count();
            if (pass == MAX_PASSES || !linkUrlLiterals()) {
                break;
            }
            forgetDelimiters();
        }
        String out = emit();
        if (mode == Mode.HEADING) {
            out = escapeClosingHashes(out);
        } else if (mode == Mode.CELL) {
            out = out.replace("|", "\\|");
        }
        return out;
    }

    /**
     * Plans of a block at most: a second when URL literals are to be written as links, a third
     * when the links' destinations make more escapes (and so more such literals) needed.
     */
    private static final int MAX_PASSES = 3;

    /**
     * Makes links of the URL literals that must be written as links ({@code <url>} or
     * {@code [url](url)}), as a second run reads them: the emphasis next to one is then planned
     * against the link's {@code ]( )} or {@code < >}, not the URL's letters, and its destination
     * counts in the backticks. False when there is none.
     */
    private boolean linkUrlLiterals() {
        List<Token> linked = null;
        int inLink = 0;
        for (int i = 0; i < live.size(); i++) {
            Token t = live.get(i);
            if (t.type == Token.OPEN && t.span == Token.LINK) {
                inLink++;
            } else if (t.type == Token.CLOSE && t.span == Token.LINK) {
                inLink--;
            }
            int before = linked == null ? 0 : linked.size();
            if (t.type == Token.TEXT && inLink == 0) {
                String s = t.text;
                int from = 0;
                int done = 0;
                for (int p = UrlLiteral.next(s, 0); p >= 0; p = UrlLiteral.next(s, from)) {
                    int e = UrlLiteral.end(s, p);
                    if (absorbsBackslash(s, p, e, i)) {
                        if (linked == null) {
                            linked = new ArrayList<>(live.subList(0, i));
                            before = i;
                        }
                        if (p > done) {
                            linked.add(Token.text(s.substring(done, p)));
                        }
                        done = e;
                        String url = s.substring(p, e);
                        Token open = Token.open(Token.LINK, UrlLiteral.target(url), null);
                        Token close = Token.close(Token.LINK);
                        open.partner = close;
                        close.partner = open;
                        linked.add(open);
                        linked.add(Token.text(url));
                        linked.add(close);
                    }
                    from = e;
                }
                if (done > 0 && done < s.length()) {
                    linked.add(Token.text(s.substring(done)));
                }
            }
            if (linked != null && linked.size() == before) {
                linked.add(t);
            }
        }
        if (linked == null) {
            return false;
        }
        live = linked;
        return true;
    }

    /** U+FEFF as a character reference: what a reader decodes, and never taken for a byte-order mark. */
    private static final String BYTE_ORDER_MARK_REFERENCE = "&#xFEFF;";

    /**
     * Writes a U+FEFF that starts the first text as a character reference, kept as markup: the
     * emphasis next to it is then planned against the reference's ";" (punctuation, after which
     * "_" can open), as a reader sees it. Spans before the text are looked past, as planning may
     * drop them.
     */
    private void referenceLeadingByteOrderMark() {
        int i = 0;
        while (i < live.size() && (live.get(i).type == Token.OPEN || live.get(i).type == Token.CLOSE)) {
            i++;
        }
        if (i == live.size() || live.get(i).type != Token.TEXT || live.get(i).text.charAt(0) != '\uFEFF') {
            return;
        }
        Token text = live.get(i);
        live.add(i, Token.raw(BYTE_ORDER_MARK_REFERENCE));
        if (text.text.length() == 1) {
            live.remove(i + 1);
        } else {
            text.text = text.text.substring(1);
        }
    }

    /** Plans of a block at most: each is linear, and real blocks settle in the first or second. */
    private static final int MAX_PLANS = 3;

    /**
     * Chooses the emphasis delimiters, and again while the plan drops spans: delimiters chosen
     * around a span that is then dropped ({@code ~~} that cannot open) are not the ones a second
     * run, which never sees that span, would choose. A block whose last plan still drops spans is
     * written without emphasis.
     */
    private void planEmphasis() {
        for (Token t : live) {
            t.pinned = false;
        }
        for (int plan = 1; ; plan++) {
            int spans = countEmphasis();
            new EmphasisPlan(live).choose();
            live.removeIf(t -> t.dropped || t.type == Token.TEXT && t.text.isEmpty());
            joinNeighbours();
            if (countEmphasis() == spans) {
                return;
            }
            if (plan == MAX_PLANS) {
                // Still dropping: what the last plan chose beside the spans it dropped is not what
                // a second run, which never sees them, would choose. Text reads the same to both.
                live.removeIf(t -> t.isSpan() && t.isEmphasis());
                joinNeighbours();
                return;
            }
            forgetDelimiters();
        }
    }

    /**
     * Joins the texts a dropped span stood between: a second run reads them as one, and checks
     * such as a line start's see only one text ({@code *} then {@code ab} is no bullet). Code
     * spans it stood between are joined too: side by side, the closing run of one and the
     * opening run of the next would be read as one longer run ({@link InlineBuffer#atom} joins
     * those that were side by side in the page).
     */
    private void joinNeighbours() {
        int w = 0;
        for (int r = 0; r < live.size(); r++) {
            Token t = live.get(r);
            int type = t.type;
            if ((type == Token.TEXT || type == Token.CODE) && w > 0 && live.get(w - 1).type == type) {
                int run = r;
                while (run < live.size() && live.get(run).type == type) {
                    run++;
                }
                StringBuilder joined = new StringBuilder(live.get(w - 1).text);
                for (int k = r; k < run; k++) {
                    joined.append(live.get(k).text);
                }
                live.get(w - 1).text = joined.toString();
                r = run - 1;
            } else {
                live.set(w++, t);
            }
        }
        live.subList(w, live.size()).clear();
    }

    /**
     * Makes the breaks of an ATX heading (its inner blocks, its {@code <br>}) the spaces they are
     * written as, one for a run: a second run reads one text, and every check (escapes, the line
     * start) must see what it will see. Breaks count as white space to the emphasis plan already.
     */
    private void spaceBreaks() {
        int w = 0;
        for (int r = 0; r < live.size(); r++) {
            Token t = live.get(r);
            if (t.type == Token.BREAK) {
                Token before = w > 0 ? live.get(w - 1) : null;
                if (before != null && before.type == Token.TEXT && endsWithSpace(before.text)) {
                    continue;
                }
                t = Token.text(" ");
            }
            live.set(w++, t);
        }
        live.subList(w, live.size()).clear();
        joinNeighbours();
    }

    private static boolean endsWithSpace(String s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) == ' ';
    }

    private void forgetDelimiters() {
        for (Token t : live) {
            if (t.isSpan() && t.isEmphasis()) {
                t.delimiter = 0;
            }
        }
    }

    private int countEmphasis() {
        int n = 0;
        for (Token t : live) {
            if (t.isSpan() && t.isEmphasis()) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- math

    /**
     * Chooses how the block's math is written, the same way for all of it, so that reading the
     * output back (as a Markdown reader that knows no math does) writes it again unchanged:
     * {@code $tex$} only when every TeX is {@linkplain MathMarkdown#plainSafe plain-safe}, no
     * letter or digit touches a dollar from outside, no {@code <} ending a TeX may open an address
     * with the text after it, none is {@linkplain Token#pinned pinned} at a span's edge, and the
     * text holds no {@code $} of its own;
     * else {@code $`tex`$}, and every other {@code $} of the block escaped. A code span between
     * two dollars is GitHub's math already, whatever made it, and is treated the same: a second
     * run reads a formula's dollar beside it as text, so the formulas are never plain then.
     */
    private void planMath() {
        int n = live.size();
        mathOpens = new boolean[n];
        mathCloses = new boolean[n];
        boolean math = false;
        boolean plain = true;
        boolean dollarInText = false;
        boolean codeBetweenDollars = false;
        for (int i = 0; i < n; i++) {
            Token t = live.get(i);
            if (t.type == Token.MATH) {
                math = true;
                plain &= MathMarkdown.plainSafe(t.text) && !wordCharAt(i - 1, true) && !wordCharAt(i + 1, false)
                        && !(t.text.endsWith("<") && AddressRun.reachesAt(live, atAfter, false, "$", 0, i)) && !t.pinned;
            } else if (t.type == Token.TEXT && t.text.indexOf('$') >= 0) {
                dollarInText = true;
            } else if (t.type == Token.CODE && i > 0 && i + 1 < n && writesDollarAt(i - 1, true)
                    && writesDollarAt(i + 1, false)) {
                mathOpens[i - 1] = true;
                mathCloses[i + 1] = true;
                codeBetweenDollars = true;
            }
        }
        plainMath = math && plain && !dollarInText && !codeBetweenDollars;
        escapeDollars = codeBetweenDollars || math && !plainMath;
    }

    /** Does token i, a formula or a text, write a {@code $} at its end (or start)? */
    private boolean writesDollarAt(int i, boolean end) {
        Token t = live.get(i);
        return t.type == Token.MATH || t.type == Token.TEXT && (end ? t.text.endsWith("$") : t.text.startsWith("$"));
    }

    /** Where an {@code @} is written: {@link #atAfter}. */
    private void markAts() {
        int n = live.size();
        atAfter = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            Token t = live.get(i);
            // code, math and raw HTML are written as they are: "<$@$" may read as an address
            boolean writesAt = (t.type == Token.TEXT || t.type == Token.CODE || t.type == Token.MATH || t.type == Token.RAW)
                    && t.text.indexOf('@') >= 0;
            atAfter[i] = writesAt || atAfter[i + 1];
        }
    }

    /** Does text token i end (or start) with a letter or digit? */
    private boolean wordCharAt(int i, boolean end) {
        if (i < 0 || i >= live.size() || live.get(i).type != Token.TEXT || live.get(i).text.isEmpty()) {
            return false;
        }
        String s = live.get(i).text;
        return Character.isLetterOrDigit(end ? s.codePointBefore(s.length()) : s.codePointAt(0));
    }

    // ---------------------------------------------------------------- escaping

    /** How many of each delimiter-like character the block holds, markup included. */
    private void count() {
        stars = 0;
        underscores = 0;
        tildes = 0;
        backticks = 0;
        int n = live.size();
        triggerAfter = new boolean[n + 1];
        lastTrigger = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            Token t = live.get(i);
            lastTrigger[i] = -1;
            if (t.type == Token.TEXT) {
                String s = t.text;
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    switch (c) {
                        case '*': stars++; break;
                        case '_': underscores++; break;
                        case '~': tildes++; break;
                        case '`': backticks++; break;
                        case ']':
                            char next = j + 1 < s.length() ? s.charAt(j + 1) : firstOutputChar(i + 1);
                            if (next == '(' || next == '[' || next == ':') {
                                lastTrigger[i] = j;
                            }
                            break;
                        default:
                            break;
                    }
                }
            } else if (t.isSpan() && t.isEmphasis()) {
                if (t.delimiter == '*') {
                    stars += 2;
                } else if (t.delimiter == '_') {
                    underscores += 2;
                } else {
                    tildes += 2;
                }
            } else if (t.type == Token.CODE || t.type == Token.MATH && !plainMath) {
                backticks += 2;
            } else if (t.type == Token.IMAGE || t.type == Token.OPEN && t.span == Token.LINK && references == null
                    && !isAutolink(i)) {
                // Written as they are: a text backtick before one opens a code span it closes.
                // So does an alt text's escaped backtick: escapes do not work in code spans.
                backticks += backticksIn(t.url) + backticksIn(t.title) + (t.type == Token.IMAGE ? backticksIn(t.text) : 0);
            }
            triggerAfter[i] = lastTrigger[i] >= 0 || triggerAfter[i + 1];
        }
    }

    private static int backticksIn(String s) {
        int n = 0;
        for (int i = s == null ? -1 : s.indexOf('`'); i >= 0; i = s.indexOf('`', i + 1)) {
            n++;
        }
        return n;
    }

    /** First character token i writes ('[' for a link, '*' for emphasis...), 0 at the end. */
    /** The text of the token after {@code index} when it is text, else "" (markup or the end follows). */
    private String textAfter(int index) {
        return index + 1 < live.size() && live.get(index + 1).type == Token.TEXT ? live.get(index + 1).text : "";
    }

    private char firstOutputChar(int i) {
        if (i >= live.size()) {
            return 0;
        }
        Token t = live.get(i);
        switch (t.type) {
            case Token.TEXT:
                return t.text.charAt(0);
            case Token.OPEN:
                if (t.span == Token.LINK) {
                    return references != null || !isAutolink(i) ? '[' : '<';
                }
                return t.span == Token.KEPT_TAG ? '<' : t.delimiter;
            case Token.CLOSE:
                return t.span == Token.LINK ? ']' : t.span == Token.KEPT_TAG ? '<' : t.delimiter;
            case Token.CODE:
                return '`';
            case Token.MATH:
                return '$';
            case Token.IMAGE:
                return '!';
            case Token.RAW:
                return t.text.isEmpty() ? 0 : t.text.charAt(0);
            default:
                return '\n';
        }
    }

    private boolean isAutolink(int openIndex) {
        Token open = live.get(openIndex);
        if (open.autolink) {
            return true;
        }
        if (openIndex + 2 >= live.size()) {
            return false;
        }
        Token text = live.get(openIndex + 1);
        Token close = live.get(openIndex + 2);
        boolean yes = close == open.partner && text.type == Token.TEXT && open.title == null
                && MarkdownSyntax.autolinks(open.url, text.text);
        open.autolink = yes;
        return yes;
    }

    private String emit() {
        StringBuilder out = new StringBuilder(64);
        boolean lineStart = true;
        boolean firstLine = true;
        int inLink = 0;
        int n = live.size();
        for (int i = 0; i < n; i++) {
            Token t = live.get(i);
            switch (t.type) {
                case Token.TEXT:
                    emitText(out, i, lineStart, firstLine, inLink > 0);
                    break;
                case Token.OPEN:
                    if (t.span == Token.LINK) {
                        if (references == null && isAutolink(i)) {
                            // <foo@bar.com> is the e-mail form: the text, not the mailto: URL
                            out.append('<').append(live.get(i + 1).text).append('>');
                            i += 2;
                        } else {
                            out.append('[');
                            inLink++;
                        }
                    } else if (t.span == Token.KEPT_TAG) {
                        out.append('<').append(t.text).append('>');
                    } else {
                        appendDelimiter(out, t);
                    }
                    break;
                case Token.CLOSE:
                    if (t.span == Token.LINK) {
                        inLink--;
                        Token open = t.partner;
                        out.append(']');
                        if (references != null) {
                            out.append('[').append(references.label(open.url, open.title)).append(']');
                        } else {
                            out.append('(').append(MarkdownSyntax.destination(open.url, open.title));
                            if (open.title != null) {
                                out.append(' ').append(MarkdownSyntax.title(open.title));
                            }
                            out.append(')');
                        }
                    } else if (t.span == Token.KEPT_TAG) {
                        out.append("</").append(t.text).append('>');
                    } else {
                        appendDelimiter(out, t);
                    }
                    break;
                case Token.CODE:
                    out.append(MarkdownSyntax.codeSpan(t.text));
                    break;
                case Token.MATH:
                    out.append(MathMarkdown.inline(t.text, plainMath));
                    break;
                case Token.IMAGE:
                    out.append("![").append(MarkdownSyntax.imageAlt(t.text)).append("](")
                            .append(MarkdownSyntax.destination(t.url, t.title));
                    if (t.title != null) {
                        out.append(' ').append(MarkdownSyntax.title(t.title));
                    }
                    out.append(')');
                    break;
                case Token.BREAK:
                    out.append(t.text);
                    lineStart = mode == Mode.PARAGRAPH;
                    firstLine = false;
                    continue;
                case Token.RAW:
                    out.append(t.text);
                    break;
                default:
                    break;
            }
            lineStart = false;
        }
        return out.toString();
    }

    private static void appendDelimiter(StringBuilder out, Token t) {
        out.append(t.delimiter);
        if (t.span != Token.EM) {
            out.append(t.delimiter);
        }
    }

    private void emitText(StringBuilder out, int index, boolean lineStart, boolean firstLine, boolean inLink) {
        String s = live.get(index).text;
        int n = s.length();
        int from = 0;
        if (lineStart && mode != Mode.CELL) {
            boolean wholeLine = index + 1 >= live.size() || live.get(index + 1).type == Token.BREAK;
            // What follows on the line decides too: "-" then "$x$" is no bullet.
            char next = wholeLine ? 0 : firstOutputChar(index + 1);
            int at = LineStart.escapeIndex(next == 0 ? s : s + next, wholeLine, firstLine);
            if (at < 0 && firstLine && wholeLine && LineStart.thematicBreak(bullets + s)) {
                at = 0; // "- --": with the item's marker, a rule
            }
            if (at < 0 && !firstLine && wholeLine && LineStart.delimiterRow(s)) {
                at = 0; // "--- | ---" under a line of the paragraph: a table, that line its header
            }
            if (at >= s.length()) {
                at = -1;
            }
            if (at >= 0) {
                appendEscaped(out, s, 0, at, index, inLink);
                out.append('\\').append(s.charAt(at));
                from = at + 1;
            }
        }
        if (inLink) {
            appendEscaped(out, s, from, n, index, true);
            return;
        }
        for (int p = UrlLiteral.next(s, from); p >= 0; p = UrlLiteral.next(s, from)) {
            int e = UrlLiteral.end(s, p);
            if (!absorbsBackslash(s, p, e, index)) {
                appendEscaped(out, s, from, e, index, false);
            } else {
                if (p > from && s.charAt(p - 1) == '<') {
                    // Followed by the "<" or "[" written below, not by the URL's letter: no tag start.
                    appendEscaped(out, s, from, p - 1, index, false);
                    out.append('<');
                } else {
                    appendEscaped(out, s, from, p, index, false);
                }
                String url = s.substring(p, e);
                if (UrlLiteral.fitsAutolink(url)) {
                    out.append('<').append(url).append('>');
                } else {
                    // Escaped as link text is, so reading this link back writes it the same way;
                    // the destination repeats the URL's backticks, which a second run counts.
                    backticks += backticksIn(url);
                    out.append('[');
                    appendEscaped(out, s, p, e, index, true);
                    out.append("](").append(MarkdownSyntax.destination(UrlLiteral.target(url))).append(')');
                }
            }
            from = e;
        }
        appendEscaped(out, s, from, n, index, false);
    }

    /**
     * Would a backslash be written inside this bare URL or right after it (an escape, a hard
     * break)? Then renderers that read the URL first would swallow it.
     */
    private boolean absorbsBackslash(String s, int p, int e, int index) {
        for (int j = p; j <= e && j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < 128 && SPECIAL[c] && needsEscape(s, j, index, false)) {
                return true;
            }
        }
        if (e == s.length() && index + 1 < live.size()) {
            Token next = live.get(index + 1);
            return next.type == Token.BREAK && mode == Mode.PARAGRAPH || firstOutputChar(index + 1) == '\\';
        }
        return false;
    }

    /** ASCII characters that may need a backslash somewhere. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "\\*_~`[]!<&$:".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private void appendEscaped(StringBuilder out, String s, int from, int to, int index, boolean inLink) {
        int plain = from;
        while (plain < to) {
            char c = s.charAt(plain);
            if (c < 128 && SPECIAL[c]) {
                break;
            }
            plain++;
        }
        out.append(s, from, plain);
        for (int j = plain; j < to; j++) {
            char c = s.charAt(j);
            if (c == '&' && DoubleEscapes.decodesAt(s, j)) {
                // Texts joined here ("&#x", a dropped tag, "41;") would read back as one text
                // holding a double escape, decoded by a second run: the comment keeps them apart.
                out.append(c).append(ScriptSchemeText.SPLIT);
                continue;
            }
            if (c < 128 && SPECIAL[c] && needsEscape(s, j, index, inLink)) {
                out.append('\\');
            } else if (c == ':' && ScriptSchemeText.splitsBefore(out, s, j, j + 2 < s.length() ? "" : textAfter(index))) {
                out.append(ScriptSchemeText.SPLIT);
            }
            out.append(c);
        }
    }

    /** Would the character at {@code s[j]} be read as syntax if written as it is? */
    private boolean needsEscape(String s, int j, int index, boolean inLink) {
        int n = s.length();
        switch (s.charAt(j)) {
            case '\\':
                return j + 1 >= n || CharClass.isAsciiPunctuation(s.charAt(j + 1));
            case '*':
                return stars > 1 && couldDelimit(s, j, index, '*');
            case '_':
                return underscores > 1 && couldDelimit(s, j, index, '_');
            case '~':
                return tildes > 1 && couldDelimit(s, j, index, '~');
            case '`':
                return backticks > 1;
            case '[':
                return inLink || references != null || j < lastTrigger[index] || triggerAfter[index + 1];
            case ']':
                return inLink;
            case '!':
                return j + 1 == n && index + 1 < live.size() && firstOutputChar(index + 1) == '[';
            case '<': {
                // A tag, or an email autolink: <local@domain>, the local part holding letters,
                // digits and most punctuation, emphasis and strike-through delimiters included.
                char next = j + 1 < n ? s.charAt(j + 1) : firstOutputChar(index + 1);
                return MarkdownSyntax.startsTag(next)
                        || MarkdownSyntax.isEmailLocalChar(next) && AddressRun.reachesAt(live, atAfter, plainMath, s, j + 1, index);
            }
            case '&':
                return MarkdownSyntax.entityAt(s, j);
            case '$':
                return escapeDollars && !(j == n - 1 && mathOpens[index]) && !(j == 0 && mathCloses[index]);
            default:
                return false;
        }
    }

    private int edgeBefore(int i) {
        return Delimiters.edgeBefore(live, i);
    }

    private int edgeAfter(int i) {
        return Delimiters.edgeAfter(live, i);
    }

    /** Could this literal character open or close emphasis (in either CommonMark reading)? */
    private boolean couldDelimit(String s, int j, int index, char c) {
        if (j > 0 && s.charAt(j - 1) == c || j + 1 < s.length() && s.charAt(j + 1) == c) {
            return true; // part of a run: always treat as a delimiter
        }
        int before = j > 0 ? CharClass.of(s.codePointBefore(j)) : edgeBefore(index);
        int after = j + 1 < s.length() ? CharClass.of(s.codePointAt(j + 1)) : edgeAfter(index);
        return Delimiters.couldDelimit(before, after, c);
    }

    /** An ATX heading's text must not end in what reads as a closing sequence. */
    private static String escapeClosingHashes(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && s.charAt(start - 1) == '#') {
            start--;
        }
        if (start == end || start > 0 && s.charAt(start - 1) != ' ' && s.charAt(start - 1) != '\t') {
            return s;
        }
        return s.substring(0, start) + "\\" + s.substring(start);
    }
}
