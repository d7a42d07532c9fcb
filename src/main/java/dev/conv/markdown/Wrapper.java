package dev.conv.markdown;

import dev.conv.edit.LineStart;

/**
 * Hard-wraps paragraph text at spaces for {@code --wrap N}. It never breaks inside link
 * destinations or code spans, and never before a word that would start a new block at the start
 * of a line (a list marker, a heading, a quote).
 */
final class Wrapper {
    private Wrapper() {
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (lineStart++ > 0) {
                out.append('\n');
            }
            wrapLine(out, line, width);
        }
        return out.toString();
    }

    private static void wrapLine(StringBuilder out, String line, int width) {
        boolean[] breakable = breakableSpaces(line);
        int column = 0;
        int start = 0;
        int lastBreak = -1;
        for (int i = 0; i < line.length(); i++) {
            if (breakable[i] && i + 1 < line.length() && safeLineStart(line, i + 1)) {
                lastBreak = i;
            }
            column += CharClass.isCjk(line.charAt(i)) ? 2 : 1;
            if (column > width && lastBreak > start) {
                out.append(line, start, lastBreak).append('\n');
                start = lastBreak + 1;
                column = TableModel.displayWidth(line.substring(start, i + 1));
                lastBreak = -1;
            }
        }
        out.append(line, start, line.length());
    }

    /** Spaces outside {@code `code`}, {@code $math$}, {@code <destinations>} and {@code (destinations "titles")}. */
    private static boolean[] breakableSpaces(String s) {
        boolean[] ok = new boolean[s.length()];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) != ' ') {
                // $math$: a line break inside would not be math to every reader
                int close = s.indexOf('$', i + 1);
                if (close > 0 && s.charAt(close - 1) != ' ') {
                    i = close + 1;
                    continue;
                }
            }
            if (c == '`') {
                int run = 0;
                while (i + run < s.length() && s.charAt(i + run) == '`') {
                    run++;
                }
                int close = s.indexOf("`".repeat(run), i + run);
                i = close < 0 ? i + run : close + run;
                continue;
            }
            if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                i = skipDestination(s, i + 2);
                continue;
            }
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close > 0 && s.substring(i, close).indexOf(' ') < 0) {
                    i = close + 1;
                    continue;
                }
            }
            ok[i] = c == ' ';
            i++;
        }
        return ok;
    }

    /** Index after the {@code )} that closes an inline link's destination and title. */
    private static int skipDestination(String s, int i) {
        int depth = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
            i++;
        }
        return i;
    }

    private static boolean safeLineStart(String line, int i) {
        // Block markers are short: a bounded look keeps long lines linear.
        String rest = line.substring(i, Math.min(line.length(), i + 12));
        char c = rest.charAt(0);
        if (c == '|' || c == '`' || c == '~' || c == '<' || c == '[' || c == '=' || c == '-' || c == '_') {
            return false;
        }
        return LineStart.escapeIndex(rest, false, false) < 0;
    }
}
