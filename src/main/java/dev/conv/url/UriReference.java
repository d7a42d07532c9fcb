package dev.conv.url;

import java.util.Locale;

/**
 * A URI reference split into its five components by the grammar of RFC 3986 (Appendix B), with
 * nothing decoded or normalised, so that {@link #toString()} gives back the very text parsed.
 * Absent and empty differ ({@code "a?"} has an empty query, {@code "a"} none): null is absent.
 * Parsing never fails; whether the parts are well formed is {@link UrlCheck}'s question.
 *
 * @param scheme the scheme as written, or null
 * @param authority the authority after {@code //}, or null
 * @param path the path, never null
 * @param query the query after {@code ?}, or null
 * @param fragment the fragment after {@code #}, or null
 */
public record UriReference(String scheme, String authority, String path, String query, String fragment) {

    public UriReference {
        if (path == null) {
            throw new IllegalArgumentException("path is never null");
        }
    }

    public static UriReference parse(String text) {
        String s = text == null ? "" : text;
        int end = s.length();
        int hash = s.indexOf('#');
        String fragment = null;
        if (hash >= 0) {
            fragment = s.substring(hash + 1);
            end = hash;
        }
        int question = indexOf(s, '?', 0, end);
        String query = null;
        if (question >= 0) {
            query = s.substring(question + 1, end);
            end = question;
        }
        int at = 0;
        String scheme = null;
        int colon = indexOfAny(s, 0, end);
        if (colon > 0 && s.charAt(colon) == ':' && isScheme(s, colon)) {
            scheme = s.substring(0, colon);
            at = colon + 1;
        }
        String authority = null;
        if (s.startsWith("//", at)) {
            int slash = indexOf(s, '/', at + 2, end);
            int authorityEnd = slash < 0 ? end : slash;
            authority = s.substring(at + 2, authorityEnd);
            at = authorityEnd;
        }
        return new UriReference(scheme, authority, s.substring(at, end), query, fragment);
    }

    /** RFC 3986 §5.3: the components put back together. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (scheme != null) {
            out.append(scheme).append(':');
        }
        if (authority != null) {
            out.append("//").append(authority);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        if (fragment != null) {
            out.append('#').append(fragment);
        }
        return out.toString();
    }

    public boolean isAbsolute() {
        return scheme != null;
    }

    /** The scheme in lower case, or "" when there is none. */
    public String schemeLowerCase() {
        return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    }

    /** The host in lower case without user info, port or trailing dots, or "" when none. */
    public String host() {
        if (authority == null) {
            return "";
        }
        String h = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = h.lastIndexOf(':');
        if (portColon >= 0 && h.indexOf(']', portColon) < 0) {
            h = h.substring(0, portColon);
        }
        h = h.toLowerCase(Locale.ROOT);
        int dots = h.length();
        while (dots > 0 && h.charAt(dots - 1) == '.') {
            dots--;
        }
        return h.substring(0, dots);
    }

    public UriReference withScheme(String s) {
        return new UriReference(s, authority, path, query, fragment);
    }

    public UriReference withPath(String p) {
        return new UriReference(scheme, authority, p, query, fragment);
    }

    public UriReference withQuery(String q) {
        return new UriReference(scheme, authority, path, q, fragment);
    }

    public UriReference withFragment(String f) {
        return new UriReference(scheme, authority, path, query, f);
    }

    /** RFC 3986 §3.1: {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )}. */
    static boolean isScheme(String s, int end) {
        if (end == 0 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int indexOf(String s, char c, int from, int end) {
        int i = s.indexOf(c, from);
        return i >= 0 && i < end ? i : -1;
    }

    /** The first of {@code : / ? #} before end, or -1. */
    private static int indexOfAny(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '/') {
                return i;
            }
        }
        return -1;
    }
}
