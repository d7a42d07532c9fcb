package dev.conv.markdown;

/**
 * Control characters a page can carry through character references ({@code &#3;}): a browser
 * shows nothing for them, and in Markdown they only make the file look binary (git, and conv
 * itself reading it again, refuse it). Tab, line feed, carriage return and form feed are white
 * space and stay.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** {@code text} without C0 controls (but white space), DEL and C1 controls. */
    static String drop(String text) {
        int i = 0;
        while (i < text.length() && !isDropped(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDropped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDropped(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return c >= 0x7F && c <= 0x9F;
    }
}
