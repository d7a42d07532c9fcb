package dev.conv.links;

import java.util.Locale;
import java.util.Set;

/**
 * Which link schemes may be written: http, https, mailto, tel, ftp, relative links and fragments,
 * and raster {@code data:image/*} for images when allowed. The scheme is read as a browser reads
 * it: white space and control characters anywhere before the colon do not count, nor does case.
 * (Stands in for the project's one scheme policy until that reaches this branch.)
 */
final class Schemes {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel", "ftp");

    private Schemes() {
    }

    static boolean allows(String url, boolean image, boolean dataImages) {
        String scheme = scheme(url);
        if (scheme.isEmpty() || ALLOWED.contains(scheme)) {
            return true;
        }
        if (!scheme.equals("data") || !image || !dataImages) {
            return false;
        }
        String rest = url.substring(url.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
        return rest.startsWith("image/") && !rest.startsWith("image/svg");
    }

    /** The scheme in lower case, or "" when the URL has none. */
    static String scheme(String url) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return isScheme(name) ? name.toString().toLowerCase(Locale.ROOT) : "";
            }
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
            if (c > ' ' && c != 0x7F && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                name.append(c);
            }
        }
        return "";
    }

    private static boolean isScheme(CharSequence s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 127) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
