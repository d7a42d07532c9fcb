package dev.conv.url;

import java.util.Locale;
import java.util.Set;

/**
 * Which URLs conv may write, anywhere: links, images, autolinks, embeds, reference definitions.
 * Allowed are http, https, mailto, tel, ftp, relative URLs and fragments, and {@code data:image/*}
 * (not SVG, a document that can hold script) for images when the policy says so. Every other
 * scheme ({@code javascript:}, {@code vbscript:}, {@code data:text/html}, {@code file:}...) is
 * refused: its link keeps only its text.
 *
 * <p>The scheme is read as a browser reads it (WHATWG URL): leading C0 controls and spaces go,
 * tabs and line breaks go wherever they are, case does not count. Then, because Markdown
 * renderers and browsers disagree about the rest, the reading is made stricter: what stands
 * before the first {@code :} counts as a scheme when, with every control character, space and
 * percent-escape taken out, it is one ({@code java script:}, {@code java%09script:}, {@code
 * java\u0000script:} are all {@code javascript:}), unless a {@code /}, {@code ?} or {@code #}
 * comes first (then the colon is in a path, query or fragment). Character references are already
 * decoded by the HTML parser; one left in a URL ({@code javascript&#58;}) stays text in every
 * reader, but is refused as well, since some decode it.
 */
public final class SchemePolicy {
    /** The default: no {@code data:} URL at all. */
    public static final SchemePolicy DEFAULT = new SchemePolicy(false);
    /** {@code --allow-data-images}: raster {@code data:image/*} URLs as image sources. */
    public static final SchemePolicy WITH_DATA_IMAGES = new SchemePolicy(true);

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel", "ftp");
    /** Schemes a browser runs as script or renders as a document; lower case. */
    private static final String[] SCRIPT_SCHEMES = {"javascript", "vbscript", "livescript", "mocha", "data"};

    /** Where a URL is used: only an image may load a {@code data:image/*} URL. */
    public enum Use { LINK, IMAGE }

    private final boolean dataImages;

    private SchemePolicy(boolean dataImages) {
        this.dataImages = dataImages;
    }

    public static SchemePolicy of(boolean allowDataImages) {
        return allowDataImages ? WITH_DATA_IMAGES : DEFAULT;
    }

    public boolean allowsDataImages() {
        return dataImages;
    }

    /** May this URL be written where it is used so? */
    public boolean allows(String url, Use use) {
        String scheme = scheme(url);
        if (scheme.isEmpty() || ALLOWED.contains(scheme)) {
            return true;
        }
        return scheme.equals("data") && use == Use.IMAGE && dataImages && isRasterDataImage(url);
    }

    /**
     * The URL's scheme in lower case, "" for a relative URL or fragment; obfuscated schemes are
     * found (see the class comment). A string that cannot be read as either is given as
     * {@code "?"}, which no policy allows.
     */
    public static String scheme(String url) {
        if (url == null) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        int n = url.length();
        for (int i = 0; i < n; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return name.isEmpty() ? "" : validScheme(name);
            }
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
            if (c == '%' && i + 2 < n && hex(url.charAt(i + 1)) >= 0 && hex(url.charAt(i + 2)) >= 0) {
                c = (char) (hex(url.charAt(i + 1)) * 16 + hex(url.charAt(i + 2)));
                i += 2;
                if (c == ':') {
                    // An encoded colon ends no scheme for a browser, but a reader that decodes
                    // first would see one: judge the name anyway.
                    return name.isEmpty() ? "" : validScheme(name);
                }
            } else if (c == '&') {
                int end = url.indexOf(';', i);
                if (end > i && end - i <= 12 && decodesToColon(url.substring(i, end + 1))) {
                    return name.isEmpty() ? "" : validScheme(name);
                }
            }
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                continue; // stripped or ignored by some reader: never part of a visible name
            }
            name.append(c);
        }
        return "";
    }

    /**
     * Do the characters of {@code text} before {@code end} end with the name of a scheme a browser
     * runs as script ({@code javascript}, {@code vbscript}, {@code data}...), case aside? A longer
     * name ending so ({@code xjavascript}) counts: autolinkers differ in where a scheme starts.
     */
    public static boolean endsWithScriptScheme(CharSequence text, int end) {
        for (String scheme : SCRIPT_SCHEMES) {
            int start = end - scheme.length();
            if (start < 0) {
                continue;
            }
            int i = 0;
            while (i < scheme.length() && (text.charAt(start + i) | 0x20) == scheme.charAt(i)) {
                i++;
            }
            if (i == scheme.length()) {
                return true;
            }
        }
        return false;
    }

    /** The name if it is a scheme (a letter, then letters, digits, {@code + - .}), else "". */
    private static String validScheme(CharSequence name) {
        char first = name.charAt(0);
        if (!isAsciiLetter(first)) {
            return "";
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return "";
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code &colon;}, {@code &#58;}, {@code &#x3a;} and their zero-padded forms. */
    private static boolean decodesToColon(String ref) {
        String r = ref.toLowerCase(Locale.ROOT);
        if (r.equals("&colon;")) {
            return true;
        }
        try {
            if (r.startsWith("&#x")) {
                return Integer.parseInt(r.substring(3, r.length() - 1), 16) == ':';
            }
            if (r.startsWith("&#")) {
                return Integer.parseInt(r.substring(2, r.length() - 1)) == ':';
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return false;
    }

    /** {@code data:image/png;...}, not {@code data:image/svg+xml}, after the same clean-up. */
    private static boolean isRasterDataImage(String url) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < url.length() && s.length() < 32; i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F) {
                s.append(Character.toLowerCase(c));
            }
        }
        String t = s.toString();
        int colon = t.indexOf(':');
        if (colon < 0 || !t.startsWith("image/", colon + 1)) {
            return false;
        }
        int typeEnd = colon + 7;
        while (typeEnd < t.length() && (isAsciiLetter(t.charAt(typeEnd)) || t.charAt(typeEnd) == '-'
                || t.charAt(typeEnd) >= '0' && t.charAt(typeEnd) <= '9')) {
            typeEnd++;
        }
        return typeEnd > colon + 7 && (typeEnd == t.length() || t.charAt(typeEnd) == ';' || t.charAt(typeEnd) == ',');
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
