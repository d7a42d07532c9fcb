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
}
