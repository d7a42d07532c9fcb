package dev.conv.markdown;

/**
 * GitHub-flavoured Markdown turns bare {@code http://}, {@code https://} and {@code www.} text
 * into links, and some renderers (micromark, hence remark and MDX) scan such a URL before
 * backslash escapes: a {@code \} right after it, even a hard break's, becomes part of the URL.
 * Where that would happen the writer spells the URL as an explicit link instead. Extents follow
 * the GFM spec's extended autolink rules.
 */
final class UrlLiteral {
    private UrlLiteral() {
    }

    /** Start of the next URL literal in {@code s} at or after {@code from}, or -1. */
    static int next(String s, int from) {
        if (s.indexOf("://", from) < 0 && s.indexOf("www.", from) < 0 && s.indexOf("WWW.", from) < 0) {
            return -1;
        }
        for (int p = from; p < s.length(); p++) {
            char c = (char) (s.charAt(p) | 0x20);
            if (c != 'h' && c != 'w') {
                continue;
            }
            int prefix = prefixLength(s, p);
            if (prefix > 0 && end(s, p) > p + prefix) {
                return p;
            }
        }
        return -1;
    }

    /** Length of the scheme or {@code www.} a literal starts with at p, 0 if none may start there. */
    private static int prefixLength(String s, int p) {
        char before = p > 0 ? s.charAt(p - 1) : ' ';
        if (s.regionMatches(true, p, "www.", 0, 4)) {
            return Character.isWhitespace(before) || before == '\u00A0' || "(*_[]~".indexOf(before) >= 0 ? 4 : 0;
        }
        if (before < 128 && Character.isLetter(before)) {
            return 0;
        }
        if (s.regionMatches(true, p, "http://", 0, 7)) {
            return 7;
        }
        return s.regionMatches(true, p, "https://", 0, 8) ? 8 : 0;
    }

    /** End of the URL literal starting at {@code p}: up to white space or {@code <}, less trailing punctuation. */
    static int end(String s, int p) {
        int e = p;
        while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != '<'
                && s.charAt(e) != '\u00A0') {
            e++;
        }
        while (e > p) {
            char c = s.charAt(e - 1);
            if ("?!.,:*_~'\"".indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && unbalancedClose(s, p, e)) {
                e--;
            } else if (c == ';' && entityBefore(s, p, e)) {
                e = s.lastIndexOf('&', e - 1);
            } else {
                break;
            }
        }
        return e;
    }

    static boolean isWww(String s, int p) {
        return s.regionMatches(true, p, "www.", 0, 4);
    }

    /**
     * Can this URL be written as {@code <url>}: it has a scheme and is what a link read back with
     * the URL as its text is written as ({@link MarkdownSyntax#autolinks}).
     */
    static boolean fitsAutolink(String url) {
        return !isWww(url, 0) && MarkdownSyntax.autolinks(url, url);
    }

    /** Where the literal points: {@code www.} text gets the scheme GitHub gives it. */
    static String target(String url) {
        return isWww(url, 0) ? "http://" + url : url;
    }

    private static boolean unbalancedClose(String s, int p, int e) {
        int open = 0;
        int close = 0;
        for (int i = p; i < e; i++) {
            if (s.charAt(i) == '(') {
                open++;
            } else if (s.charAt(i) == ')') {
                close++;
            }
        }
        return close > open;
    }

    private static boolean entityBefore(String s, int p, int e) {
        int amp = s.lastIndexOf('&', e - 1);
        if (amp < p || amp >= e - 2) {
            return false;
        }
        for (int i = amp + 1; i < e - 1; i++) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
