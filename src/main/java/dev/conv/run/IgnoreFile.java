package dev.conv.run;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one gitignore-syntax file ({@code .gitignore}, {@code .git/info/exclude}, the global
 * excludes file, {@code .convignore}), read as git's dir.c reads them: {@code #} comments, trailing
 * spaces trimmed unless escaped, {@code !} negates, a trailing {@code /} matches directories only, a
 * pattern with no other {@code /} matches the name at any depth, and one with a {@code /} is anchored
 * to the file's directory. Within a file the last matching rule decides.
 *
 * <p>Paths are matched as byte strings (each UTF-8 byte one char, see {@link #bytes}) because git's
 * wildmatch works on bytes: {@code ?} matches one byte of a non-ASCII name, not one character.
 */
final class IgnoreFile {
    private final String dir;
    private final Rule[] rules;

    private IgnoreFile(String dir, Rule[] rules) {
        this.dir = dir;
        this.rules = rules;
    }

    /**
     * @param content the file's bytes
     * @param dir     the directory its patterns are relative to, as an absolute byte string
     */
    static IgnoreFile parse(byte[] content, String dir) {
        List<Rule> rules = new ArrayList<>();
        // Latin-1 maps each byte to one char: the patterns come out as byte strings, whatever the encoding.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String body = text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
        for (String line : body.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            Rule rule = Rule.parse(trimTrailingSpaces(line));
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new IgnoreFile(dir, rules.toArray(new Rule[0]));
    }

    String dir() {
        return dir;
    }

    boolean isEmpty() {
        return rules.length == 0;
    }

    /**
     * @param relDir the entry's directory below {@link #dir()} ("" for that directory itself),
     *               {@code /}-separated, as a byte string
     * @param name   the entry's name, likewise
     * @return TRUE if ignored, FALSE if a negated rule re-includes it, null if no rule matches
     */
    Boolean match(String relDir, String name, boolean isDir) {
        String rel = null; // built only if a rule needs more than the name: most do not
        for (int i = rules.length - 1; i >= 0; i--) {
            Rule r = rules[i];
            if (r.dirOnly && !isDir) {
                continue;
            }
            if (!r.basename && rel == null) {
                rel = relDir.isEmpty() ? name : relDir + "/" + name;
            }
            if (r.matches(r.basename ? name : rel)) {
                return !r.negated;
            }
        }
        return null;
    }

    /** A string whose chars are the UTF-8 bytes of {@code s}, so regexes see what wildmatch sees. */
    static String bytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return s;
    }

    /** git's trim_trailing_spaces(): only spaces, and not one escaped by a backslash. */
    static String trimTrailingSpaces(String line) {
        int lastSpace = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (lastSpace < 0) {
                    lastSpace = i;
                }
            } else if (c == '\\') {
                if (++i == line.length()) {
                    return line;
                }
                lastSpace = -1;
            } else {
                lastSpace = -1;
            }
        }
        return lastSpace < 0 ? line : line.substring(0, lastSpace);
    }

    /** One pattern line, matched by plain comparison when it has no wildcard, as git does. */
    private static final class Rule {
        final boolean negated;
        final boolean dirOnly;
        final boolean basename;
        final String literal;
        final String suffix;
        final Pattern regex;

        private Rule(boolean negated, boolean dirOnly, boolean basename, String literal, String suffix, Pattern regex) {
            this.negated = negated;
            this.dirOnly = dirOnly;
            this.basename = basename;
            this.literal = literal;
            this.suffix = suffix;
            this.regex = regex;
        }

        static Rule parse(String line) {
            String p = line;
            boolean negated = p.startsWith("!");
            if (negated) {
                p = p.substring(1);
            }
            boolean dirOnly = p.endsWith("/");
            if (dirOnly) {
                p = p.substring(0, p.length() - 1);
            }
            boolean basename = p.indexOf('/') < 0;
            if (!basename && p.startsWith("/")) {
                p = p.substring(1);
            }
            if (p.isEmpty()) {
                return null;
            }
            int prefix = Wildcards.literalPrefixLength(p);
            if (prefix == p.length()) {
                return new Rule(negated, dirOnly, basename, p, null, null);
            }
            if (basename && p.charAt(0) == '*' && Wildcards.literalPrefixLength(p.substring(1)) == p.length() - 1) {
                return new Rule(negated, dirOnly, true, null, p.substring(1), null);
            }
            return new Rule(negated, dirOnly, basename, null, null, Wildcards.compile(Wildcards.toRegex(p, !basename)));
        }

        boolean matches(String s) {
            if (literal != null) {
                return literal.equals(s);
            }
            if (suffix != null) {
                return s.endsWith(suffix);
            }
            return regex.matcher(s).matches();
        }
    }
}
