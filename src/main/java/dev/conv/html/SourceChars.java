package dev.conv.html;

/**
 * Reading HTML source by hand, within {@code [at, to)} of a larger text: what the scanners of
 * double escapes ({@link DoubleEscapes}) and of {@code clean}'s entity repair share.
 */
public final class SourceChars {
    private SourceChars() {
    }

    /** Whether {@code s} stands at {@code at}, wholly before {@code to}. */
    public static boolean startsWith(CharSequence src, int at, int to, String s) {
        if (at < 0 || at + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (src.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code s} at or after {@code from} ending by {@code to}, or -1. */
    public static int indexOf(CharSequence src, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (startsWith(src, i, to, s)) {
                return i;
            }
        }
        return -1;
    }

    /** The characters of names in markup: tag names, entity names, digits of references. */
    public static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Where a tag whose name starts at {@code from} ends: after its {@code >}, or {@code to}. As
     * the HTML tokenizer reads it: quotes count only around an attribute value, and everything
     * else up to the {@code >} is name or attribute ({@code </ms2</mn>} is one end tag).
     */
    public static int tagEnd(CharSequence src, int from, int to) {
        final int tagName = 0;
        final int beforeName = 1; // where "=" starts a name
        final int name = 2; // in a name or after it: "=" starts the value
        final int beforeValue = 3;
        final int unquoted = 4;
        int state = tagName;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (c == '>') {
                return i + 1;
            }
            switch (state) {
                case tagName -> state = space || c == '/' ? beforeName : tagName;
                case beforeName -> state = space || c == '/' ? beforeName : name;
                case name -> state = c == '=' ? beforeValue : c == '/' ? beforeName : name;
                case beforeValue -> {
                    if (c == '"' || c == '\'') {
                        int close = indexOf(src, String.valueOf(c), i + 1, to);
                        if (close < 0) {
                            return to;
                        }
                        i = close;
                        state = beforeName;
                    } else if (!space) {
                        state = unquoted;
                    }
                }
                default -> state = space ? beforeName : unquoted;
            }
        }
        return to;
    }
}
