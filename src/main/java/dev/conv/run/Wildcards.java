package dev.conv.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns wildcard patterns into {@link Pattern}s with the semantics of git's wildmatch in pathname
 * mode: {@code *} and {@code ?} stop at {@code /}, {@code [...]} (with {@code !}/{@code ^}, ranges
 * and {@code [:class:]}) never matches {@code /}, a {@code **} that fills a whole segment spans
 * directories ({@code a/**}{@code /b} also matches {@code a/b}), any other {@code **} is a
 * {@code *}, and a backslash quotes the next character. A pattern that wildmatch would abort on (an
 * unclosed {@code [}, an unknown class, a trailing backslash) never matches, as in git.
 *
 * <p>Translating to a regex rather than porting wildmatch's backtracking loop keeps matching linear
 * in practice and lets the JDK's engine, which is already loaded, do the work.
 */
final class Wildcards {
    /** Matches nothing: what git does with a malformed pattern. */
    static final String NEVER = "(?!)";
    /** Caps {@code {a,b}} expansion so a hostile pattern cannot exhaust memory. */
    private static final int MAX_ALTERNATIVES = 1024;

    private Wildcards() {
    }

    /** True if {@code s} has a character that makes it a pattern rather than a literal name. */
    static boolean hasWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{\\".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String regex) {
        // DOTALL: a file name may hold a newline, and ".*" must still span it.
        return Pattern.compile(regex, Pattern.DOTALL);
    }

    /**
     * The regex for {@code glob}. With {@code gitPrefix}, a {@code **} that starts right after the
     * pattern's literal prefix counts as a whole segment: git compares that prefix before calling
     * wildmatch on the rest, so {@code foo**}{@code /bar} matches {@code foobar} there.
     */
    static String toRegex(String glob, boolean gitPrefix) {
        int n = glob.length();
        int literalPrefix = gitPrefix ? literalPrefixLength(glob) : 0;
        StringBuilder re = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 == n) {
                        return NEVER;
                    }
                    quote(re, glob.charAt(i + 1));
                    i += 2;
                }
                case '*' -> i = star(glob, i, literalPrefix, re);
                case '?' -> {
                    re.append("[^/]");
                    i++;
                }
                case '[' -> {
                    i = bracket(glob, i, re);
                    if (i < 0) {
                        return NEVER;
                    }
                }
                default -> {
                    quote(re, c);
                    i++;
                }
            }
        }
        return re.toString();
    }

    private static int star(String glob, int start, int literalPrefix, StringBuilder re) {
        int n = glob.length();
        int end = start;
        while (end < n && glob.charAt(end) == '*') {
            end++;
        }
        boolean segmentStart = start == 0 || start == literalPrefix || glob.charAt(start - 1) == '/';
        boolean segmentEnd = end == n || glob.charAt(end) == '/';
        boolean escapedSlash = end + 1 < n && glob.charAt(end) == '\\' && glob.charAt(end + 1) == '/';
        if (end - start < 2 || !segmentStart || !(segmentEnd || escapedSlash)) {
            re.append("[^/]*");
            return end;
        }
        if (end < n && glob.charAt(end) == '/') {
            // "**/" may also stand for no directory at all.
            re.append("(?:.*/)?");
            return end + 1;
        }
        re.append(".*");
        return end;
    }

    /** Returns the index after the closing bracket, or -1 if the class is malformed. */
    private static int bracket(String p, int start, StringBuilder re) {
        int n = p.length();
        int i = start + 1;
        if (i >= n) {
            return -1;
        }
        boolean negated = p.charAt(i) == '!' || p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder set = new StringBuilder();
        int prev = -1; // the last single character, which a following '-' turns into a range start
        boolean first = true;
        while (true) {
            if (i >= n) {
                return -1;
            }
            char ch = p.charAt(i);
            if (ch == ']' && !first) {
                break;
            }
            first = false;
            if (ch == '\\') {
                if (++i >= n) {
                    return -1;
                }
                ch = p.charAt(i);
                classChar(set, ch);
                prev = ch;
                i++;
            } else if (ch == '-' && prev >= 0 && i + 1 < n && p.charAt(i + 1) != ']') {
                char hi = p.charAt(++i);
                if (hi == '\\') {
                    if (++i >= n) {
                        return -1;
                    }
                    hi = p.charAt(i);
                }
                // A reversed range adds nothing: its start was already added as a single character.
                if (prev <= hi) {
                    set.append('-');
                    classChar(set, hi);
                }
                prev = -1;
                i++;
            } else if (ch == '[' && i + 1 < n && p.charAt(i + 1) == ':') {
                int nameStart = i + 2;
                int close = nameStart;
                while (close < n && p.charAt(close) != ']') {
                    close++;
                }
                if (close >= n) {
                    return -1;
                }
                if (close - nameStart - 1 < 0 || p.charAt(close - 1) != ':') {
                    // No ":]": the '[' is an ordinary member.
                    classChar(set, '[');
                    prev = '[';
                    i++;
                    continue;
                }
                String posix = posixClass(p.substring(nameStart, close - 1));
                if (posix == null) {
                    return -1;
                }
                set.append(posix);
                prev = -1;
                i = close + 1;
            } else {
                classChar(set, ch);
                prev = ch;
                i++;
            }
        }
        if (negated) {
            re.append("[^/").append(set).append(']');
        } else {
            re.append('[').append(set).append("&&[^/]]");
        }
        return i + 1;
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alnum" -> "\\p{Alnum}";
            case "alpha" -> "\\p{Alpha}";
            case "blank" -> "\\p{Blank}";
            case "cntrl" -> "\\p{Cntrl}";
            case "digit" -> "\\p{Digit}";
            case "graph" -> "\\p{Graph}";
            case "lower" -> "\\p{Lower}";
            case "print" -> "\\p{Print}";
            case "punct" -> "\\p{Punct}";
            case "space" -> "\\p{Space}";
            case "upper" -> "\\p{Upper}";
            case "xdigit" -> "\\p{XDigit}";
            default -> null;
        };
    }

    /** Length of the part before the first wildcard or backslash, as git's simple_length(). */
    static int literalPrefixLength(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("*?[\\".indexOf(glob.charAt(i)) >= 0) {
                return i;
            }
        }
        return glob.length();
    }

    /**
     * Expands shell-style alternatives: {@code a.{md,html}} gives {@code a.md} and {@code a.html},
     * nested braces included. Like bash, a brace without a comma inside, or without its closing
     * brace, is an ordinary character.
     */
    static List<String> expandBraces(String glob) {
        List<String> out = new ArrayList<>();
        expand(glob, out);
        return out;
    }

    private static void expand(String s, List<String> out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                List<Integer> commas = new ArrayList<>();
                int close = closingBrace(s, i, commas);
                if (close > 0 && !commas.isEmpty()) {
                    String head = s.substring(0, i);
                    String tail = s.substring(close + 1);
                    int from = i + 1;
                    commas.add(close);
                    for (int cut : commas) {
                        expand(head + s.substring(from, cut) + tail, out);
                        from = cut + 1;
                    }
                    return;
                }
            }
        }
        if (out.size() >= MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("too many {,} alternatives (more than " + MAX_ALTERNATIVES + ")");
        }
        out.add(s);
    }

    private static int closingBrace(String s, int open, List<Integer> commas) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == ',' && depth == 1) {
                commas.add(i);
            }
        }
        return -1;
    }

    private static void quote(StringBuilder re, char c) {
        // Only ASCII punctuation may be backslash-escaped in a Java regex; letters would change meaning.
        if (c < 128 && !Character.isLetterOrDigit(c)) {
            re.append('\\');
        }
        re.append(c);
    }

    private static void classChar(StringBuilder set, char c) {
        quote(set, c);
    }
}
