package dev.conv.edit;

/**
 * Text that starts a line of a paragraph must not read as the start of another block: a heading,
 * quote, list item, thematic break, setext underline. Finds the one character to escape.
 */
public final class LineStart {
    private LineStart() {
    }

    /**
     * Index of the character to backslash-escape in {@code s}, which starts a line, or -1.
     *
     * @param wholeLine whether {@code s} is all there is on the line
     * @param firstLine whether the line starts the paragraph; later lines only need guarding
     *     against what can interrupt a paragraph (a list starting at 1, a non-empty bullet item)
     *     or underline it ({@code ===}, {@code ---})
     */
    public static int escapeIndex(String s, boolean wholeLine, boolean firstLine) {
        if (s.isEmpty()) {
            return -1;
        }
        char c = s.charAt(0);
        switch (c) {
            case '#': {
                int run = 0;
                while (run < s.length() && s.charAt(run) == '#') {
                    run++;
                }
                return run <= 6 && endsMarker(s, run) ? 0 : -1;
            }
            case '>':
                return 0;
            case '-':
            case '+':
            case '*':
                if (endsMarker(s, 1) && (firstLine || hasContentAfterMarker(s, 1, wholeLine))) {
                    return 0;
                }
                if (wholeLine && thematicBreak(s)) {
                    return 0;
                }
                return !firstLine && wholeLine && c == '-' && underline(s, '-') ? 0 : -1;
            case '_':
                return wholeLine && thematicBreak(s) ? 0 : -1;
            case '=':
                return !firstLine && wholeLine && underline(s, '=') ? 0 : -1;
            default:
                if (c >= '0' && c <= '9') {
                    int i = 0;
                    while (i < s.length() && i < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                        i++;
                    }
                    boolean marker = i <= 9 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')
                            && endsMarker(s, i + 1);
                    if (marker && (firstLine || Integer.parseInt(s.substring(0, i)) == 1
                            && hasContentAfterMarker(s, i + 1, wholeLine))) {
                        return i;
                    }
                }
                return -1;
        }
    }

    /** An empty list item cannot interrupt a paragraph. */
    private static boolean hasContentAfterMarker(String s, int i, boolean wholeLine) {
        for (int k = i; k < s.length(); k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\t') {
                return true;
            }
        }
        return !wholeLine;
    }

    /** A list or heading marker needs a space, a tab or the end of the line after it. */
    private static boolean endsMarker(String s, int i) {
        return i >= s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\t';
    }

    /**
     * A GFM table's delimiter row: only {@code |}, {@code -}, {@code :} and white space, with a
     * pipe and a dash. Under a line of the same paragraph it makes that line a table header.
     */
    public static boolean delimiterRow(String s) {
        boolean pipe = false;
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipe && dash;
    }

    /** A line of three or more of one of {@code - * _}, spaces and tabs between: a rule. */
    public static boolean thematicBreak(String s) {
        if (s.isEmpty() || "-*_".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        char mark = s.charAt(0);
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == mark) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    private static boolean underline(String s, char mark) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == mark) {
            i++;
        }
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i == s.length();
    }
}
