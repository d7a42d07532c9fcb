package dev.conv.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A URL taken apart leniently: mirrored pages hold URLs with raw CJK characters, spaces and stray
 * entities that {@link java.net.URI} refuses. Nothing is resolved or fetched.
 *
 * @param host lower-case host without port or trailing dot, "" for a relative URL
 * @param path the path as written (still percent-encoded), "" when none
 * @param query the query without {@code ?}, "" when none
 * @param scheme lower-case scheme, "" when none
 */
public record UrlParts(String scheme, String host, String path, String query) {

    /** Takes {@code url} apart; null or blank gives all parts empty. Never throws. */
    public static UrlParts parse(String url) {
        String u = url == null ? "" : url.strip();
        String scheme = "";
        int colon = u.indexOf(':');
        if (colon > 0 && isScheme(u, colon)) {
            scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
            u = u.substring(colon + 1);
        }
        u = u.replace('\\', '/');
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        String query = "";
        int q = u.indexOf('?');
        if (q >= 0) {
            query = u.substring(q + 1);
            u = u.substring(0, q);
        }
        String host = "";
        if (u.startsWith("//")) {
            int slash = u.indexOf('/', 2);
            String authority = slash < 0 ? u.substring(2) : u.substring(2, slash);
            u = slash < 0 ? "" : u.substring(slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                authority = authority.substring(at + 1);
            }
            int port = authority.lastIndexOf(':');
            if (port >= 0 && !authority.endsWith("]")) {
                authority = authority.substring(0, port);
            }
            host = authority.toLowerCase(Locale.ROOT);
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
        }
        return new UrlParts(scheme, host, u, query);
    }

    private static boolean isScheme(String u, int colon) {
        if (!Character.isLetter(u.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = u.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return colon > 1; // "c:" is more likely a Windows drive than a scheme
    }

    /** Non-empty path segments, percent-decoded and lower-cased. */
    public List<String> segments() {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(PercentEncoding.decode(s).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The last non-empty path segment, decoded and lower-cased, or "". */
    public String lastSegment() {
        List<String> s = segments();
        return s.isEmpty() ? "" : s.get(s.size() - 1);
    }

    /** Query parameter names, decoded and lower-cased. */
    public List<String> queryNames() {
        List<String> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String pair : query.replace("&amp;", "&").split("[&;]")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!name.isEmpty()) {
                out.add(PercentEncoding.decode(name).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
