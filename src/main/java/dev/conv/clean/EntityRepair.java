package dev.conv.clean;

import static dev.conv.html.SourceChars.indexOf;
import static dev.conv.html.SourceChars.isAsciiAlnum;
import static dev.conv.html.SourceChars.startsWith;

import dev.conv.html.DoubleEscapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs double-escaped character references in HTML source: {@code &amp;#039;} becomes
 * {@code &#039;}, {@code &amp;quot;} becomes {@code &quot;}, {@code &amp;amp;amp;} becomes
 * {@code &amp;}. Works on source text, not the DOM, and returns edits for the span-preserving
 * editor. What counts as a double escape is {@link DoubleEscapes}' rule, which html2md shares;
 * this class decides where to look:
 *
 * <ul>
 *   <li>Text and attribute values are repaired ({@code alt="&amp;#039...&amp;#039"} too).</li>
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
        DoubleEscapes.Repair r = DoubleEscapes.at(src, amp, to);
        return r == null ? null : new TextEdit(amp, r.end() - amp, r.replacement());
    }

    private static boolean matchesIgnoreCase(CharSequence src, int at, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) {
            if (Character.toLowerCase(src.charAt(at + k)) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayHoldDoubleEscape(String text, int from, int to) {
        int amp = text.indexOf("&amp;", from);
        int upper = text.indexOf("&AMP;", from);
        return amp >= 0 && amp < to || upper >= 0 && upper < to;
    }
}
