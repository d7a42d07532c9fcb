package dev.conv.url;

/**
 * Percent-encodes the characters a URL written into Markdown must not carry as they are: ASCII
 * controls, space and DEL (no Markdown reader takes them in a bare destination), the C1 controls
 * U+0080 to U+009F (as their UTF-8 bytes, as a browser's URL parser encodes them), and {@code <},
 * {@code >} and {@code "}. A reader that refuses a destination holding {@code <} reads the whole
 * link back as text, and with raw HTML on, {@code <script>} in it becomes a live element; a quote
 * can end an attribute in a careless renderer. Encoded, they are the same URL to a browser.
 * And the colon of a script scheme's {@code ://} inside the URL ({@code https:data://x},
 * {@code /?u=javascript://x}): shown as text by a renderer that refuses the link, an eager
 * autolinker would make a script link of it. Everything else, non-ASCII included, stays readable.
 */
public final class DestinationEncoding {
    private DestinationEncoding() {
    }

    /** The URL with those characters percent-encoded; the same string when it has none. */
    public static String encode(String url) {
        int first = 0;
        while (first < url.length() && !mustEncode(url, first)) {
            first++;
        }
        if (first == url.length()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url.length() + 8).append(url, 0, first);
        for (int i = first; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!mustEncode(url, i)) {
                sb.append(c);
                continue;
            }
            sb.append(c >= 0x80 ? "%C2%" : "%").append(HEX[c >> 4]).append(HEX[c & 0xF]); // C1: its UTF-8 bytes
        }
        return sb.toString();
    }

    private static boolean mustEncode(String url, int i) {
        char c = url.charAt(i);
        return mustEncode(c) || c == ':' && url.startsWith("//", i + 1) && SchemePolicy.endsWithScriptScheme(url, i);
    }

    /** True for a character {@link #encode} encodes. */
    public static boolean mustEncode(char c) {
        return c <= ' ' || c >= 0x7F && c <= 0x9F || c == '<' || c == '>' || c == '"';
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
