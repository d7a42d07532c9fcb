package dev.conv.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Repairs double-escaped character references in HTML source: {@code &amp;#039;} becomes
 * {@code &#039;}, {@code &amp;quot;} becomes {@code &quot;}, {@code &amp;amp;amp;} becomes
 * {@code &amp;}. Works on source text, not the DOM, and returns edits for the span-preserving
 * editor.
 *
 * <ul>
 *   <li>Numeric references are repaired with or without their {@code ;}: mirrored pages hold
 *       {@code O&amp;#039Fallon} and {@code alt="&amp;#039...&amp;#039"}. The repair always writes
 *       the {@code ;} ({@code O&#039;Fallon}), which both HTML and Markdown read (CommonMark
 *       needs it). A hexadecimal reference without {@code ;} is repaired only when no letter or
 *       digit follows it.</li>
 *   <li>Named references need their {@code ;} and a name HTML defines: {@code &amp;lang=gb} in a
 *       URL is a genuine {@code &amp;} and stays.</li>
 *   <li>A genuine {@code &amp;} followed by anything else stays, {@code &amp;&amp;} included.</li>
 *   <li>Content where a literal entity is likely meant, or where references are not decoded at
 *       all, is left alone: {@code <script>}, {@code <style>}, {@code <pre>}, {@code <code>},
 *       {@code <kbd>}, {@code <samp>}, {@code <xmp>}, {@code <textarea>}, {@code <listing>},
 *       {@code <plaintext>} and comments. The attributes of their start tags are still repaired.</li>
 * </ul>
 *
 * <p>Idempotent: a chain ({@code &amp;amp;#039;}) collapses in one pass, and a repaired
 * reference never starts another.
 */
public final class EntityRepair {
    private static final Set<String> SKIP = Set.of(
            "script", "style", "pre", "code", "kbd", "samp", "xmp", "textarea", "plaintext", "listing");
    private static final int MAX_NAME = 32;

    private EntityRepair() {
    }

    /** The edits for the whole text. */
    public static List<TextEdit> find(CharSequence src) {
        return find(src, 0, src.length());
    }

    /**
     * The edits for {@code src[from, to)}, in increasing offset order, never overlapping. The
     * region is read as HTML starting outside any tag.
     */
    public static List<TextEdit> find(CharSequence src, int from, int to) {
        if (from < 0 || to > src.length() || from > to) {
            throw new IndexOutOfBoundsException("region " + from + ".." + to + " of " + src.length());
        }
        if (src instanceof String text && !mayHoldDoubleEscape(text, from, to)) {
            return new ArrayList<>(); // the common case, found with the JDK's fast indexOf
        }
        List<TextEdit> edits = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c == '<') {
                i = afterMarkup(src, i, to, edits);
            } else if (c == '&') {
                TextEdit e = repairAt(src, i, to);
                if (e != null) {
                    edits.add(e);
                    i = e.end();
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return edits;
    }

    /** Applies {@link #find(CharSequence)} to the whole text. */
    public static String apply(CharSequence src) {
        return TextEdit.apply(src, find(src));
    }

    /**
     * At a {@code <}: skips a comment whole, or the content of a skipped element (after repairing
     * its start tag's attributes); otherwise steps over the {@code <} so that an ordinary tag's
     * attributes are scanned like text. Returns where scanning resumes.
     */
    private static int afterMarkup(CharSequence src, int lt, int to, List<TextEdit> edits) {
        if (startsWith(src, lt, to, "<!--")) {
            int end = indexOf(src, "-->", lt + 4, to);
            return end < 0 ? to : end + 3;
        }
        int nameEnd = lt + 1;
        while (nameEnd < to && isAsciiAlnum(src.charAt(nameEnd))) {
            nameEnd++;
        }
        int length = nameEnd - lt - 1;
        if (length < 3 || length > 9 || "cCkKlLpPsStTxX".indexOf(src.charAt(lt + 1)) < 0) {
            return lt + 1; // not one of SKIP: spare the allocation, this runs for every tag
        }
        String name = src.subSequence(lt + 1, nameEnd).toString().toLowerCase(Locale.ROOT);
        if (!SKIP.contains(name)) {
            return lt + 1;
        }
        int gt = tagEnd(src, nameEnd, to);
        if (gt < 0) {
            return lt + 1;
        }
        for (int i = nameEnd; i < gt; i++) {
            if (src.charAt(i) == '&') {
                TextEdit e = repairAt(src, i, gt);
                if (e != null) {
                    edits.add(e);
                    i = e.end() - 1;
                }
            }
        }
        return name.equals("plaintext") ? to : endTagOf(src, name, gt + 1, to);
    }

    /** The {@code >} closing a tag whose attributes start at {@code from}, quotes respected, or -1. */
    private static int tagEnd(CharSequence src, int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Start of {@code </name} (any case) at or after {@code from}, or {@code to}. */
    private static int endTagOf(CharSequence src, String name, int from, int to) {
        int n = name.length();
        for (int i = from; i + 2 + n <= to; i++) {
            if (src.charAt(i) == '<' && src.charAt(i + 1) == '/' && matchesIgnoreCase(src, i + 2, name)
                    && (i + 2 + n == to || !isAsciiAlnum(src.charAt(i + 2 + n)))) {
                return i;
            }
        }
        return to;
    }

    /** The repair of a double escape whose {@code &} is at {@code amp}, or null. */
    static TextEdit repairAt(CharSequence src, int amp, int to) {
        int chain = 0;
        int p = amp + 1;
        while (startsWith(src, p, to, "amp;")) {
            p += 4;
            chain++;
        }
        // Longest chain first; a shorter one lets the last "amp;" be the reference itself.
        for (int n = chain; n >= 1; n--) {
            int body = amp + 1 + 4 * n;
            String[] ref = reference(src, body, to);
            if (ref != null) {
                return new TextEdit(amp, body - amp + ref[0].length(), "&" + ref[1]);
            }
        }
        return null;
    }

    /**
     * A character reference body at {@code at} (what follows {@code &}): {source text, repaired
     * text}, or null when none starts there.
     */
    private static String[] reference(CharSequence src, int at, int to) {
        if (at >= to) {
            return null;
        }
        if (src.charAt(at) == '#') {
            boolean hex = at + 1 < to && (src.charAt(at + 1) == 'x' || src.charAt(at + 1) == 'X');
            int digitsFrom = at + (hex ? 2 : 1);
            int i = digitsFrom;
            while (i < to && i - digitsFrom < 8 && Character.digit(src.charAt(i), hex ? 16 : 10) >= 0
                    && src.charAt(i) < 128) {
                i++;
            }
            if (i == digitsFrom) {
                return null;
            }
            String digits = src.subSequence(digitsFrom, i).toString();
            long cp = Long.parseLong(digits, hex ? 16 : 10);
            if (cp > 0x10FFFF) {
                return null;
            }
            boolean semicolon = i < to && src.charAt(i) == ';';
            if (!semicolon && hex && i < to && isAsciiAlnum(src.charAt(i))) {
                return null;
            }
            if (!semicolon && i < to && Character.digit(src.charAt(i), 10) >= 0) {
                return null; // more digits than a reference holds
            }
            String body = src.subSequence(at, semicolon ? i + 1 : i).toString();
            return new String[] {body, src.subSequence(at, i) + ";"};
        }
        int i = at;
        while (i < to && i - at <= MAX_NAME && isAsciiAlnum(src.charAt(i))) {
            i++;
        }
        if (i == at || !Character.isLetter(src.charAt(at)) || i >= to || src.charAt(i) != ';') {
            return null;
        }
        String name = src.subSequence(at, i).toString();
        if (!Entities.isNamedEntity(name)) {
            return null;
        }
        String body = name + ";";
        return new String[] {body, body};
    }

    private static boolean startsWith(CharSequence src, int at, int to, String s) {
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

    private static int indexOf(CharSequence src, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (startsWith(src, i, to, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesIgnoreCase(CharSequence src, int at, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) {
            if (Character.toLowerCase(src.charAt(at + k)) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean mayHoldDoubleEscape(String text, int from, int to) {
        int amp = text.indexOf("&amp;", from);
        int upper = text.indexOf("&AMP;", from);
        return amp >= 0 && amp < to || upper >= 0 && upper < to;
    }
}
