package dev.conv.markdown;

import dev.conv.html.DoubleEscapes;
import dev.conv.url.DestinationEncoding;
import dev.conv.url.SchemePolicy;
import org.jsoup.nodes.Entities;

/** Writing the atomic pieces of Markdown syntax so that they parse back to the same thing. */
final class MarkdownSyntax {
    private MarkdownSyntax() {
    }

    /**
     * A destination followed by {@code title} (null: none). An empty one before a title is
     * {@code <>}: in {@code [x]( "t")} every reader takes {@code "t"} for the destination.
     */
    static String destination(String url, String title) {
        return url.isEmpty() && title != null ? "<>" : destination(url);
    }

    /**
     * A link or image destination, always bare: spaces, control characters, {@code < > "} are
     * percent-encoded ({@link DestinationEncoding}; every Markdown reader parses {@code %20}, the
     * {@code <a b>} form is not understood by older ones), unbalanced parentheses and backslashes
     * escaped.
     */
    static String destination(String written) {
        String url = DestinationEncoding.encode(written);
        int depth = 0;
        boolean unbalanced = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    unbalanced = true;
                } else {
                    depth--;
                }
            }
        }
        unbalanced |= depth != 0;
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '&' && i + 2 < url.length() && (entityAt(url, i) || DoubleEscapes.decodesAt(url, i))) {
                // Not "\&": some readers decode the entity anyway, and a reference without its
                // semicolon is decoded as a double escape when read back. A percent-encoded
                // letter or digit is the same URL and no reference.
                int k = url.charAt(i + 1) == '#' ? i + 2 : i + 1;
                sb.append(url, i, k).append('%').append(String.format("%02X", (int) url.charAt(k)));
                i = k;
                continue;
            }
            if (c == '\\' || unbalanced && (c == '(' || c == ')')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static final char WORD_JOINER = '\u2060';

    /** A link title in double quotes. */
    static String title(String title) {
        StringBuilder sb = new StringBuilder(title.length() + 4).append('"');
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '\n' || c == '\r') {
                // A character reference keeps the title on one line, whatever block holds it.
                sb.append(c == '\n' ? "&#10;" : "&#13;");
                continue;
            }
            // A tag is escaped: a renderer that refuses the link reads its title as text.
            if (c == '"' || c == '\\' || c == '&' && entityAt(title, i)
                    || c == '<' && i + 1 < title.length() && startsTag(title.charAt(i + 1))) {
                sb.append('\\');
            }
            sb.append(c);
            if (c == ':' && title.startsWith("//", i + 1) && SchemePolicy.endsWithScriptScheme(title, i)) {
                // Read as text where the link is refused, "data://" would be autolinked; no
                // escape survives into that text, an invisible word joiner parts it.
                sb.append(WORD_JOINER);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * The info string after a code fence, read back as {@code language}: backslashes before
     * punctuation and entities escaped (a reader unescapes an info string as it does text), and
     * a space first when it starts with a fence character: commonmark-java counts backticks and
     * tildes together in the opening run, so {@code ```~e} is no fence to it, only to cmark.
     */
    static String infoString(String language) {
        StringBuilder sb = new StringBuilder(language.length() + 2);
        if (language.startsWith("`") || language.startsWith("~")) {
            sb.append(' ');
        }
        for (int i = 0; i < language.length(); i++) {
            char c = language.charAt(i);
            if (c == '\\' && i + 1 < language.length() && isAsciiPunctuation(language.charAt(i + 1))
                    || c == '&' && entityAt(language, i)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** Can {@code c} start the local part of an email autolink ({@code <local@domain>})? */
    static boolean isEmailLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    /** Can {@code <} followed by {@code c} start raw HTML (a tag, comment, declaration, processing instruction)? */
    static boolean startsTag(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    /** A code span: a backtick run longer than any inside, padded when the content needs it. */
    static String codeSpan(String code) {
        String c = code.indexOf('\n') >= 0 || code.indexOf('\r') >= 0 ? code.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') : code;
        int longest = 0;
        int run = 0;
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) == '`') {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        String fence = "`".repeat(longest + 1);
        // A reader strips one space from each side unless the span is spaces only (U+0020: a
        // form feed or tab is no space to it).
        boolean pad = c.startsWith("`") || c.endsWith("`")
                || c.startsWith(" ") && c.endsWith(" ") && !c.chars().allMatch(ch -> ch == ' ');
        return pad ? fence + " " + c + " " + fence : fence + c + fence;
    }

    /** Text of an image description: brackets, backslashes and emphasis characters escaped. */
    static String imageAlt(String alt) {
        StringBuilder sb = new StringBuilder(alt.length() + 4);
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                c = ' ';
            }
            if (c == '\\' || c == '[' || c == ']' || c == '*' || c == '_' || c == '`' || c == '<' || c == '!'
                    || c == '~' || c == '&' && entityAt(alt, i)) {
                sb.append('\\');
            }
            sb.append(c);
            if (c == ':' && alt.startsWith("//", i + 1) && SchemePolicy.endsWithScriptScheme(alt, i)) {
                sb.append(WORD_JOINER); // as in a title: read as text where the image is refused
            }
        }
        return sb.toString();
    }

    /**
     * True when text and target allow the short {@code <url>} autolink form. The one rule for
     * links read and URLs in text alike, so a second run writes what the first wrote.
     */
    static boolean autolinks(String url, String text) {
        if (holdsDoubleEscape(text)) {
            return false; // read back decoded; [text](url) keeps the reference's "&" apart
        }
        if (url.equals(text)) {
            return isAbsoluteUri(url);
        }
        if (text.equals(DestinationEncoding.encode(url))) {
            return isAbsoluteUri(text); // written [text](url), a second run reads text and address alike
        }
        return url.startsWith("mailto:") && url.length() == text.length() + 7 && url.endsWith(text) && isEmail(text);
    }

    private static boolean holdsDoubleEscape(String s) {
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            if (DoubleEscapes.decodesAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbsoluteUri(String s) {
        int colon = s.indexOf(':');
        if (colon < 2 || colon > 32 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        for (int i = colon + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DestinationEncoding.mustEncode(c)) {
                return false; // written as [text](url), where it is encoded
            }
            if (c == '\\') {
                return false; // a reader that unescapes before it finds autolinks reads "\>" as text
            }
        }
        return true;
    }

    private static boolean isEmail(String s) {
        int at = s.indexOf('@');
        if (at < 1 || at == s.length() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)) {
                return false;
            }
        }
        String domain = s.substring(at + 1);
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** True when an entity or numeric character reference starts at {@code s[i] == '&'}. */
    static boolean entityAt(CharSequence s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
            boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int start = j;
            while (j < n && j - start < 8 && (Character.digit(s.charAt(j), hex ? 16 : 10) >= 0)) {
                j++;
            }
            return j > start && j - start <= (hex ? 6 : 7) && j < n && s.charAt(j) == ';';
        }
        int start = j;
        while (j < n && j - start < 40 && (isAsciiLetter(s.charAt(j)) || s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
            j++;
        }
        return j > start && j < n && s.charAt(j) == ';' && Entities.isNamedEntity(s.subSequence(start, j).toString());
    }
}
