package dev.conv.url;

/**
 * A URL written as a Markdown link destination that every CommonMark reader takes whole and
 * reads back as the URL. Percent-encoding, not {@code <...>}: encoded, spaces and angle brackets
 * are the same URL to a browser, the text stays one word, and readers that predate the
 * {@code <...>} form read it too. Unbalanced (or too deeply nested) parentheses and every
 * backslash are backslash-escaped, and so is an {@code &} that would start an entity, so the URL
 * keeps its bytes. Non-ASCII stays readable: CommonMark takes it, renderers encode it.
 */
public final class MarkdownDestinations {
    /** commonmark-java and cmark read at most 32 levels of nested parentheses in a destination. */
    private static final int MAX_PAREN_DEPTH = 32;

    private MarkdownDestinations() {
    }

    public static String write(String url) {
        if (url.isEmpty()) {
            return "<>";
        }
        String encoded = percentEncoded(url);
        boolean[] escapeParen = unbalancedParentheses(encoded);
        StringBuilder out = new StringBuilder(encoded.length() + 8);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '\\' || (c == '(' || c == ')') && escapeParen[i] || c == '&' && startsEntity(encoded, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * What {@link #write} percent-encodes: what {@link DestinationEncoding} encodes in every
     * destination, and Unicode white space, which would read as a break between words.
     */
    static String percentEncoded(String url) {
        String ascii = DestinationEncoding.encode(url);
        StringBuilder out = null;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!(c > 127 && Character.isWhitespace(c))) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(ascii.length() + 16).append(ascii, 0, i);
            }
            i = PercentEncoding.appendUtf8(ascii, i, out);
        }
        return out == null ? ascii : out.toString();
    }

    /** Which parentheses CommonMark would not pair (or pairs too deep): those are escaped. */
    private static boolean[] unbalancedParentheses(String s) {
        boolean[] escape = new boolean[s.length()];
        int[] open = new int[s.length()];
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                continue; // a backslash is escaped itself, so it never escapes the next character
            }
            if (c == '(') {
                open[depth++] = i;
            } else if (c == ')') {
                if (depth == 0) {
                    escape[i] = true;
                } else {
                    depth--;
                    if (depth >= MAX_PAREN_DEPTH) {
                        escape[i] = true;
                        escape[open[depth]] = true;
                    }
                }
            }
        }
        for (int d = 0; d < depth; d++) {
            escape[open[d]] = true;
        }
        return escape;
    }

    /** {@code &name;}, {@code &#123;} or {@code &#x1F;}: what CommonMark reads as a character reference. */
    private static boolean startsEntity(String s, int amp) {
        int i = amp + 1;
        int n = s.length();
        if (i < n && s.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            while (i < n && i - start < 8 && (hex ? Character.digit(s.charAt(i), 16) >= 0 : Character.isDigit(s.charAt(i)))
                    && s.charAt(i) < 128) {
                i++;
            }
            return i > start && i < n && s.charAt(i) == ';';
        }
        int start = i;
        while (i < n && i - start < 32 && PercentEncoding.isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        return i > start && i < n && s.charAt(i) == ';';
    }
}
