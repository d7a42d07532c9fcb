package dev.conv.markdown;

import dev.conv.html.DoubleEscapes;

/**
 * Control characters a page can carry through character references ({@code &#3;}): a browser
 * shows nothing for them, and in Markdown they only make the file look binary (git, and conv
 * itself reading it again, refuse it). Tab, line feed, carriage return and form feed are white
 * space and stay.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Rounds of decoding: a third is needed only by references nested to join across controls. */
    private static final int MAX_DECODES = 3;

    /**
     * Parsed text with its double escapes decoded and its control characters dropped, such that
     * no double escape is left: a control character can split one ({@code &amp\u001f;quot;}) or
     * come from one ({@code &amp&amp;#1;;quot;}), and a second run would decode what its going joins.
     */
    static String decodeThenDrop(String text) {
        String content = drop(text);
        for (int round = 0; round < MAX_DECODES; round++) {
            String decoded = DoubleEscapes.decodeParsed(content);
            content = drop(decoded);
            if (content.length() == decoded.length()) {
                break; // no control character came from a reference: nothing new joined
            }
        }
        return content;
    }

    /**
     * {@code text} without C0 controls (but white space), DEL and C1 controls, and with U+FFFD for
     * a lone surrogate: jsoup reads {@code &#xD800;} as one, and no encoding can write it.
     */
    static String drop(String text) {
        int i = 0;
        while (i < text.length() && !isDropped(text.charAt(i)) && !isLoneSurrogate(text, i)) {
            i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
        }
        if (i >= text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLoneSurrogate(text, i)) {
                sb.append('\uFFFD');
            } else if (Character.isHighSurrogate(c)) {
                sb.append(c).append(text.charAt(++i));
            } else if (!isDropped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c); // a low one after a high one was passed with it
    }

    private static boolean isDropped(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return c >= 0x7F && c <= 0x9F;
    }
}
