package dev.conv.url;

import java.util.Locale;

/** What an unwrapped URL must be to replace its wrapper: an absolute http(s) URL with a host. */
final class Originals {
    private Originals() {
    }

    /**
     * {@code candidate} (already percent-decoded once) with the characters no URL may hold
     * encoded, or null when it is not an absolute http(s) URL that can be written.
     */
    static String accept(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return null;
        }
        UriReference raw = UriReference.parse(candidate.strip());
        if (raw.authority() == null || UrlCheck.problem("//" + raw.authority()) != null) {
            return null; // a space in the host is no host; encoding it would hide that
        }
        String url = PercentEncoding.encodeIllegal(candidate.strip());
        UriReference ref = UriReference.parse(url);
        String scheme = ref.schemeLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || ref.authority() == null || ref.host().isEmpty()) {
            return null;
        }
        if (UrlCheck.problem(url) != null) {
            return null;
        }
        return url;
    }

    /** A URL given without a scheme ({@code host/path} or {@code //host/path}) read as https. */
    static String withDefaultScheme(String value) {
        if (value.startsWith("//")) {
            return "https:" + value;
        }
        UriReference ref = UriReference.parse(value);
        String scheme = ref.schemeLowerCase();
        if (scheme.equals("http") || scheme.equals("https")) {
            return value;
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("ssl:")) {
            return "https://" + value.substring(4);
        }
        return ref.scheme() == null && looksLikeHost(value) ? "https://" + value : value;
    }

    /** The text up to the first {@code /} has a dot and only host characters. */
    static boolean looksLikeHost(String value) {
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.indexOf('.') <= 0 || host.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(PercentEncoding.isAsciiAlnum(c) || c == '-' || c == '.' || c > 127 && Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
