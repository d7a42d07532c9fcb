package dev.conv.html;

import static dev.conv.html.SourceChars.isAsciiAlnum;
import static dev.conv.html.SourceChars.startsWith;

import org.jsoup.parser.Parser;

/**
 * Character references escaped once too often, as mirroring tools leave them: {@code &amp;#039;},
 * {@code O&amp;#039Fallon}, {@code &amp;quot;}, {@code &amp;amp;amp;}. What counts as one is
 * decided here for every step: {@code conv clean} repairs them in the source, html2md decodes
 * what they leave in parsed text.
 *
 * <ul>
 *   <li>Numeric references count with or without their {@code ;}; the repair always writes the
 *       {@code ;}, which both HTML and Markdown read (CommonMark needs it). A hexadecimal
 *       reference without {@code ;} counts only when no letter or digit follows it.</li>
 *   <li>Named references need their {@code ;} and one of the names an escaping function writes
 *       ({@code amp quot apos lt gt nbsp}): {@code &amp;lang=gb} in a URL is a genuine
 *       {@code &amp;}, and a page about HTML that shows {@code &copy;} or {@code &ouml;} as text
 *       (the CommonMark spec does) keeps it.</li>
 *   <li>A chain ({@code &amp;amp;#039;}) collapses in one step, so a repair is idempotent.</li>
 * </ul>
 */
public final class DoubleEscapes {
    private static final int MAX_NAME = 32;
    /** What {@code htmlspecialchars} and its kin write: the names a second escaping doubles. */
    private static final java.util.Set<String> ESCAPER_NAMES = java.util.Set.of("amp", "quot", "apos", "lt", "gt", "nbsp");

    private DoubleEscapes() {
    }

    /** A repair: {@code src[amp, end)} becomes {@code replacement}, a single reference. */
    public record Repair(int end, String replacement) {
    }

    /**
     * The repair of the double escape whose {@code &} is at {@code amp} in HTML source, looking no
     * further than {@code to}; null when none starts there.
     */
    public static Repair at(CharSequence src, int amp, int to) {
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
                return new Repair(body + ref[0].length(), "&" + ref[1]);
            }
        }
        return null;
    }

    /**
     * Text of a parsed page with its double escapes decoded: the parser turned {@code &amp;#039;}
     * into the literal {@code &#039;}, which is decoded here to {@code '}, as if the source had been
     * {@linkplain #at repaired} first. A reference that decoding leaves behind ({@code &#38;copy;}
     * gives {@code &copy;}) is decoded too: Markdown writes a literal {@code &copy;} as
     * {@code \&copy;}, which renders as the double escape {@code &amp;copy;}, so a second run would
     * change it. One pass, linear in the text. Text without {@code &} is returned as it is.
     */
    public static String decodeParsed(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        CharSequence rest = java.nio.CharBuffer.wrap(chars);
        int to = chars.length;
        StringBuilder out = new StringBuilder(to);
        int done = 0;
        while (amp >= 0) {
            // In the source this & was "&amp;": a chain one longer than the text shows.
            int chain = 0;
            while (startsWith(rest, amp + 1 + 4 * chain, to, "amp;")) {
                chain++;
            }
            int next = amp + 1;
            for (int n = chain; n >= 0; n--) {
                int body = amp + 1 + 4 * n;
                String[] ref = reference(rest, body, to);
                if (ref == null) {
                    continue;
                }
                String decoded = Parser.unescapeEntities("&" + ref[1], false);
                out.append(chars, done, amp - done);
                int end = body + ref[0].length();
                if (decoded.equals("&")) {
                    // The decoded & may start another reference: it takes the place of the
                    // reference's last character and is looked at again.
                    chars[end - 1] = '&';
                    done = end - 1;
                    next = end - 1;
                } else {
                    out.append(decoded);
                    done = end;
                    next = end;
                }
                break;
            }
            amp = next < to ? indexOf(chars, '&', next) : -1;
        }
        return out.append(chars, done, to - done).toString();
    }

    /**
     * Would {@link #decodeParsed} take the {@code &} at {@code text[amp]} for a double escape? Text
     * already decoded has none, but two decoded texts side by side can make one ({@code &#x} and
     * {@code 41;} across a dropped tag). Scans only the {@code amp;} chain and the reference after
     * {@code amp}, which hold no other {@code &}: linear over all of a text's {@code &}s.
     */
    public static boolean decodesAt(CharSequence text, int amp) {
        int to = text.length();
        int chain = 0;
        while (startsWith(text, amp + 1 + 4 * chain, to, "amp;")) {
            chain++;
        }
        for (int n = chain; n >= 0; n--) {
            if (reference(text, amp + 1 + 4 * n, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(char[] chars, char c, int from) {
        for (int i = from; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
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
        if (!ESCAPER_NAMES.contains(name)) {
            return null;
        }
        String body = name + ";";
        return new String[] {body, body};
    }
}
