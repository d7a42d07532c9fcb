package dev.conv.page;

/**
 * YAML front matter: a block that opens with a {@code ---} line at the very start of a page and
 * closes with a {@code ---} or {@code ...} line. Steps keep it verbatim.
 */
public final class FrontMatter {
    private FrontMatter() {
    }

    /**
     * Length of the front matter at the start of {@code text}, including the closing line and
     * its line break; 0 when there is none.
     */
    public static int length(String text) {
        int firstEnd = lineEnd(text, 0);
        if (firstEnd < 0 || !isFence(text, 0, firstEnd, false)) {
            return 0;
        }
        int start = nextLine(text, firstEnd);
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (end < 0) {
                end = text.length();
            }
            if (isFence(text, start, end, true)) {
                return nextLine(text, end);
            }
            start = nextLine(text, end);
        }
        return 0;
    }

    private static boolean isFence(String text, int start, int end, boolean closing) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        String line = text.substring(start, e);
        return line.equals("---") || closing && line.equals("...");
    }

    /** Index of the line terminator at or after {@code from}, or -1 at end of text. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static int nextLine(String text, int terminator) {
        if (terminator >= text.length()) {
            return text.length();
        }
        if (text.charAt(terminator) == '\r' && terminator + 1 < text.length() && text.charAt(terminator + 1) == '\n') {
            return terminator + 2;
        }
        return terminator + 1;
    }
}
