package dev.conv.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    private int stars;
    private int underscores;
    private int tildes;
    private int backticks;
    /** triggerAfter[i]: a {@code ](}, {@code ][} or {@code ]:} occurs in a token at or after i. */
    private boolean[] triggerAfter;

    InlineRenderer(References references) {
        this.references = references;
    }

    String render(List<Token> tokens, Mode mode) {
        this.mode = mode;
        this.live = pair(tokens);
        dropEmptySpans();
        chooseDelimiters();
        live.removeIf(t -> t.dropped || t.type == Token.TEXT && t.text.isEmpty());
        trimBreaks();
        if (live.isEmpty()) {
            return "";
        }
        count();
        String out = emit();
        if (mode == Mode.HEADING) {
            out = escapeClosingHashes(out);
        } else if (mode == Mode.CELL) {
            out = out.replace("|", "\\|");
        }
        return out;
    }

    // ---------------------------------------------------------------- structure

    /** Matches OPEN and CLOSE; closes what is left open; drops links nested in links. */
    private static List<Token> pair(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        Deque<Token> open = new ArrayDeque<>();
        int links = 0;
        for (Token t : tokens) {
            if (t.type == Token.OPEN) {
                if (t.span == Token.LINK) {
                    t.dropped = links > 0;
                    links++;
                }
                open.push(t);
                out.add(t);
            } else if (t.type == Token.CLOSE) {
                Token match = null;
                for (Token o : open) {
                    if (o.span == t.span) {
                        match = o;
                        break;
                    }
                }
                if (match == null) {
                    continue;
                }
                while (open.peek() != match) {
                    out.add(closeFor(open.pop()));
                }
                open.pop();
                if (match.span == Token.LINK) {
                    links--;
                }
                link(match, t);
                out.add(t);
            } else {
                out.add(t);
            }
        }
        while (!open.isEmpty()) {
            out.add(closeFor(open.pop()));
        }
        return out;
    }

    private static Token closeFor(Token open) {
        Token close = open.span == Token.KEPT_TAG ? Token.keptTag(open.text, false) : Token.close(open.span);
        link(open, close);
        return close;
    }

    private static void link(Token open, Token close) {
        open.partner = close;
        close.partner = open;
        close.dropped = open.dropped;
    }

    /**
     * Drops spans with nothing visible inside (a link with an empty text is kept unless it only
     * continues from an earlier block) and moves hard breaks out of emphasis edges.
     */
    private void dropEmptySpans() {
        Deque<boolean[]> content = new ArrayDeque<>();
        for (int i = 0; i < live.size(); i++) {
            Token t = live.get(i);
            if (t.dropped) {
                continue;
            }
            if (t.type == Token.OPEN) {
                content.push(new boolean[1]);
            } else if (t.type == Token.CLOSE) {
                boolean has = content.pop()[0];
                Token open = t.partner;
                if (!has && (t.span != Token.LINK || open.reopened)) {
                    open.dropped = true;
                    t.dropped = true;
                } else if (!content.isEmpty()) {
                    content.peek()[0] = true;
                }
            } else if (t.type != Token.BREAK && !content.isEmpty()) {
                content.peek()[0] = true;
            }
        }
        for (int i = 0; i < live.size(); i++) {
            Token t = live.get(i);
            if (t.dropped || !t.isEmphasis()) {
                continue;
            }
            if (t.type == Token.OPEN && i + 1 < live.size() && live.get(i + 1).type == Token.BREAK) {
                live.set(i, live.get(i + 1));
                live.set(i + 1, t);
                i = Math.max(-1, i - 2);
            } else if (t.type == Token.CLOSE && i > 0 && live.get(i - 1).type == Token.BREAK) {
                live.set(i, live.get(i - 1));
                live.set(i - 1, t);
                i = Math.max(-1, i - 3);
            }
        }
    }

    /** Hard breaks at the start or end of a block mean nothing in Markdown. */
    private void trimBreaks() {
        while (!live.isEmpty() && live.get(0).type == Token.BREAK) {
            live.remove(0);
        }
        while (!live.isEmpty() && live.get(live.size() - 1).type == Token.BREAK) {
            live.remove(live.size() - 1);
        }
    }

    // ---------------------------------------------------------------- emphasis

    /**
     * Gives each emphasis span a delimiter. First pass: delimiters of one character never touch
     * (they would merge into one run). Spans that fit no other way may then touch, as in
     * {@code *foo**bar***}, if a replay of CommonMark's pairing confirms the result; spans that
     * still fit nowhere are dropped, their text kept.
     */
    private void chooseDelimiters() {
        List<Token> failed = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            Token open = live.get(i);
            if (open.type != Token.OPEN || open.dropped || !open.isEmphasis()) {
                continue;
            }
            int close = indexOfPartner(i);
            char chosen = choose(i, close);
            if (chosen == 0 && moveEdgesOut(i, close)) {
                i = live.indexOf(open);
                close = indexOfPartner(i);
                chosen = choose(i, close);
            }
            if (chosen == 0 && moveInsideLink(i, close)) {
                i = live.indexOf(open);
                close = indexOfPartner(i);
                chosen = choose(i, close);
            }
            if (chosen == 0) {
                failed.add(open);
            } else {
                setDelimiter(open, chosen);
            }
        }
        if (failed.isEmpty()) {
            return;
        }
        for (Token open : failed) {
            if (open.span == Token.DEL || !delimitTogether(open)) {
                open.dropped = true;
                open.partner.dropped = true;
            }
        }
        verifyDelimiters();
    }

    /**
     * Dropping a span changes what its neighbours touch: check every delimiter again as it will
     * be read, and drop what no longer opens and closes, until all hold. A replay of CommonMark's
     * pairing is the last word; if it still disagrees, no emphasis is written (the text stays).
     */
    private void verifyDelimiters() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < live.size(); i++) {
                Token open = live.get(i);
                if (!isEmphasisOpen(open) || open.dropped || open.delimiter == 0) {
                    continue;
                }
                int close = indexOfPartner(i);
                if (!canOpen(i, open.delimiter) && !touchesDelimiter(i) || !canClose(close, open.delimiter) && !touchesDelimiter(close)) {
                    open.dropped = true;
                    open.partner.dropped = true;
                    changed = true;
                }
            }
        }
        if (!Delimiters.pairAsIntended(live)) {
            for (Token t : live) {
                if (t.isSpan() && t.isEmphasis() && t.span != Token.DEL) {
                    t.dropped = true;
                }
            }
        }
    }

    /** A delimiter next to another one of the same character: a merged run, judged by the replay. */
    private boolean touchesDelimiter(int i) {
        char c = live.get(i).delimiter;
        Token before = neighbour(i, -1);
        Token after = neighbour(i, +1);
        return before != null && before.isSpan() && before.isEmphasis() && before.delimiter == c
                || after != null && after.isSpan() && after.isEmphasis() && after.delimiter == c;
    }

    /**
     * Gives a span that fits no other way, and every span whose delimiters touch it, one shared
     * character, kept only if CommonMark then pairs them as they nest ({@code foo***bar***baz}).
     */
    private boolean delimitTogether(Token failed) {
        List<Token> group = new ArrayList<>();
        group.add(failed);
        for (int g = 0; g < group.size(); g++) {
            Token open = group.get(g);
            for (Token edge : new Token[] {open, open.partner}) {
                int i = live.indexOf(edge);
                for (Token neighbour : new Token[] {neighbour(i, -1), neighbour(i, +1)}) {
                    if (neighbour != null && neighbour.isSpan() && neighbour.isEmphasis() && neighbour.span != Token.DEL) {
                        Token o = neighbour.type == Token.OPEN ? neighbour : neighbour.partner;
                        if (!group.contains(o)) {
                            group.add(o);
                        }
                    }
                }
            }
        }
        char[] before = new char[group.size()];
        for (int g = 0; g < group.size(); g++) {
            before[g] = group.get(g).delimiter;
        }
        for (char c : new char[] {'*', '_'}) {
            for (Token o : group) {
                setDelimiter(o, c);
            }
            if (Delimiters.pairAsIntended(live)) {
                return true;
            }
        }
        for (int g = 0; g < group.size(); g++) {
            setDelimiter(group.get(g), before[g]);
        }
        setDelimiter(failed, (char) 0);
        return false;
    }

    /** The next live, non-empty token from i in direction step. */
    private Token neighbour(int i, int step) {
        for (int k = i + step; k >= 0 && k < live.size(); k += step) {
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return t;
            }
        }
        return null;
    }

    private static void setDelimiter(Token open, char c) {
        open.delimiter = c;
        open.partner.delimiter = c;
    }

    private int indexOfPartner(int open) {
        Token partner = live.get(open).partner;
        for (int k = open + 1; k < live.size(); k++) {
            if (live.get(k) == partner) {
                return k;
            }
        }
        throw new IllegalStateException("unpaired span");
    }

    private char choose(int open, int close) {
        Token t = live.get(open);
        char before = delimiterAt(open, -1);
        char after = delimiterAt(close, +1);
        char[] candidates = t.span == Token.DEL ? new char[] {'~'} : new char[] {'*', '_'};
        for (char c : candidates) {
            if (c != before && c != after && canOpen(open, c) && canClose(close, c)) {
                return c;
            }
        }
        return 0;
    }

    /** The delimiter of an emphasis token right next to position i, or 0. */
    private char delimiterAt(int i, int step) {
        for (int k = i + step; k >= 0 && k < live.size(); k += step) {
            Token t = live.get(k);
            if (t.dropped || t.type == Token.TEXT && t.text.isEmpty()) {
                continue;
            }
            return t.isSpan() && t.isEmphasis() ? t.delimiter : 0;
        }
        return 0;
    }

    private boolean canOpen(int i, char c) {
        return Delimiters.flanks(edgeBefore(i), edgeAfter(i), c, true);
    }

    private boolean canClose(int i, char c) {
        return Delimiters.flanks(edgeBefore(i), edgeAfter(i), c, false);
    }

    private int edgeBefore(int i) {
        return Delimiters.edgeBefore(live, i);
    }

    private int edgeAfter(int i) {
        return Delimiters.edgeAfter(live, i);
    }

    /**
     * Moves punctuation and white space at the inner edges of a span outside it, so the delimiters
     * touch a letter: {@code **「台灣」**主題} becomes {@code 「**台灣**」主題}. The edge text may sit
     * inside spans nested at the edge ({@code <b><i>「x」</i></b>}): it moves out of all of them.
     * False if nothing moved.
     */
    private boolean moveEdgesOut(int open, int close) {
        boolean moved = false;
        int k = open + 1;
        while (k < close && (isEmpty(live.get(k)) || isEmphasisOpen(live.get(k)))) {
            k++;
        }
        Token first = k < close ? live.get(k) : null;
        if (first != null && first.type == Token.TEXT) {
            String s = first.text;
            int cut = 0;
            while (cut < s.length() && CharClass.of(s.codePointAt(cut)) != CharClass.OTHER) {
                cut += Character.charCount(s.codePointAt(cut));
            }
            if (cut > 0 && cut < s.length()) {
                first.text = s.substring(cut);
                live.add(open, Token.text(s.substring(0, cut)));
                open++;
                close++;
                moved = true;
            }
        }
        k = close - 1;
        while (k > open && (isEmpty(live.get(k)) || isEmphasisClose(live.get(k)))) {
            k--;
        }
        Token last = k > open ? live.get(k) : null;
        if (last != null && last.type == Token.TEXT) {
            String s = last.text;
            int cut = s.length();
            while (cut > 0 && CharClass.of(s.codePointBefore(cut)) != CharClass.OTHER) {
                cut -= Character.charCount(s.codePointBefore(cut));
            }
            if (cut > 0 && cut < s.length()) {
                last.text = s.substring(0, cut);
                live.add(close + 1, Token.text(s.substring(cut)));
                moved = true;
            }
        }
        return moved;
    }

    private static boolean isEmpty(Token t) {
        return t.dropped || t.type == Token.TEXT && t.text.isEmpty();
    }

    private static boolean isEmphasisOpen(Token t) {
        return t.type == Token.OPEN && t.isEmphasis();
    }

    private static boolean isEmphasisClose(Token t) {
        return t.type == Token.CLOSE && t.isEmphasis();
    }

    /** {@code **[a](u)**x} cannot close; {@code [**a**](u)x} can and looks the same. */
    private boolean moveInsideLink(int open, int close) {
        Token first = nextVisible(open);
        Token last = previousVisible(close);
        if (first == null || first.type != Token.OPEN || first.span != Token.LINK || first.partner != last) {
            return false;
        }
        int linkOpen = live.indexOf(first);
        int linkClose = live.indexOf(last);
        Token o = live.get(open);
        Token c = live.get(close);
        live.remove(close);
        live.add(linkClose, c);
        live.remove(open);
        live.add(linkOpen, o);
        return true;
    }

    private Token nextVisible(int i) {
        for (int k = i + 1; k < live.size(); k++) {
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return t;
            }
        }
        return null;
    }

    private Token previousVisible(int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return t;
            }
        }
        return null;
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
        for (int i = n - 1; i >= 0; i--) {
            Token t = live.get(i);
            boolean trigger = false;
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
                            trigger |= next == '(' || next == '[' || next == ':';
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
            } else if (t.type == Token.CODE) {
                backticks += 2;
            }
            triggerAfter[i] = trigger || triggerAfter[i + 1];
        }
    }

    /** First character token i writes ('[' for a link, '*' for emphasis...), 0 at the end. */
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
                            out.append('(').append(MarkdownSyntax.destination(open.url));
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
                case Token.IMAGE:
                    out.append("![").append(MarkdownSyntax.imageAlt(t.text)).append("](")
                            .append(MarkdownSyntax.destination(t.url));
                    if (t.title != null) {
                        out.append(' ').append(MarkdownSyntax.title(t.title));
                    }
                    out.append(')');
                    break;
                case Token.BREAK:
                    out.append(mode == Mode.PARAGRAPH ? "\\\n" : mode == Mode.CELL ? "<br>" : " ");
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
            int at = LineStart.escapeIndex(s, index + 1 >= live.size() || live.get(index + 1).type == Token.BREAK,
                    firstLine);
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
                appendEscaped(out, s, from, p, index, false);
                String url = s.substring(p, e);
                if (UrlLiteral.fitsAutolink(url)) {
                    out.append('<').append(url).append('>');
                } else {
                    // Escaped as link text is, so reading this link back writes it the same way.
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
        for (char c : "\\*_~`[]!<&".toCharArray()) {
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
            if (c < 128 && SPECIAL[c] && needsEscape(s, j, index, inLink)) {
                out.append('\\');
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
                return inLink || references != null || triggerAfter[index];
            case ']':
                return inLink;
            case '!':
                return j + 1 == n && index + 1 < live.size() && firstOutputChar(index + 1) == '[';
            case '<':
                return j + 1 < n && startsTag(s.charAt(j + 1));
            case '&':
                return MarkdownSyntax.entityAt(s, j);
            default:
                return false;
        }
    }

    private static boolean startsTag(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
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
