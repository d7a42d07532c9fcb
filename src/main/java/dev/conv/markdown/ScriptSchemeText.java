package dev.conv.markdown;

import dev.conv.url.SchemePolicy;

/**
 * Text that reads as a script URL to an autolinker. commonmark-java's and flexmark's autolink
 * extensions link any {@code scheme://} in text (GFM links only http, https and www), so prose
 * holding {@code javascript://x%0aalert(1)} would render as a live script link. No backslash
 * escape or entity helps: both are decoded into the text the autolinker scans. An empty HTML
 * comment between the scheme and its colon splits that text and renders as nothing.
 */
final class ScriptSchemeText {
    /** Written between a script scheme and its colon. */
    static final String SPLIT = "<!---->";

    private ScriptSchemeText() {
    }

    /**
     * Does the colon at {@code s[colon]} end a script scheme that {@code written} ends with, and
     * start {@code ://}? {@code following} is the text written right after {@code s} (empty when
     * markup or nothing follows, which no autolinker reads as part of a URL). A longer scheme
     * ending in such a name ({@code xjavascript}) is split too: autolinkers differ in where they
     * start a scheme.
     */
    static boolean splitsBefore(CharSequence written, String s, int colon, String following) {
        int rest = s.length() - colon - 1;
        boolean slashes = rest >= 2 ? s.startsWith("//", colon + 1)
                : (s.substring(colon + 1) + following).startsWith("//");
        return slashes && SchemePolicy.endsWithScriptScheme(written, written.length());
    }
}
