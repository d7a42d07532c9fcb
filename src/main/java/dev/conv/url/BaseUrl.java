package dev.conv.url;

import java.net.IDN;

/**
 * The public URL of a run's root ({@code --base-url}): a page's URL is this followed by its path
 * from the root, each segment percent-encoded. Checked when built, so a bad base URL fails
 * before any file is read. Immutable.
 */
public final class BaseUrl {
    private final String prefix;

    private BaseUrl(String prefix) {
        this.prefix = prefix;
    }

    /**
     * An absolute URL with a host ({@code https://example.org/docs}); a path without a final
     * {@code /} still names a folder. What the path holds that a URL may not (spaces, non-ASCII)
     * is percent-encoded; its {@code %XX} escapes stay.
     *
     * @throws IllegalArgumentException when it is relative, has no host, or has a query or fragment
     */
    public static BaseUrl parse(String url) {
        String u = url == null ? "" : url.strip();
        UrlParts parts = UrlParts.parse(u);
        int colon = u.indexOf(':');
        if (parts.scheme().isEmpty() || !u.startsWith("//", colon + 1) || parts.host().isEmpty()) {
            throw new IllegalArgumentException("base URL '" + u + "' is not an absolute URL with a host");
        }
        if (u.indexOf('?') >= 0 || u.indexOf('#') >= 0) {
            throw new IllegalArgumentException("base URL '" + u + "' has a query or fragment");
        }
        int pathStart = u.indexOf('/', colon + 3);
        String authority = pathStart < 0 ? u.substring(colon + 3) : u.substring(colon + 3, pathStart);
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c <= ' ' || c == 0x7f || "\\<>\"%".indexOf(c) >= 0) {
                throw new IllegalArgumentException("base URL '" + u + "' has '" + c + "' in its host");
            }
        }
        String path = pathStart < 0 ? "/" : PercentEncoding.encodePath(u.substring(pathStart));
        return new BaseUrl(parts.scheme() + "://" + asciiHost(authority) + (path.endsWith("/") ? path : path + "/"));
    }

    /** An internationalized host name in its ASCII form ({@code xn--}), as every URL reader takes it. */
    private static String asciiHost(String authority) {
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return authority;
        }
        int at = authority.lastIndexOf('@') + 1;
        int port = authority.indexOf(':', at);
        String host = port < 0 ? authority.substring(at) : authority.substring(at, port);
        try {
            return authority.substring(0, at) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)
                    + (port < 0 ? "" : authority.substring(port));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URL host '" + host + "' is not a host name", e);
        }
    }

    /**
     * The URL of the page at {@code pathFromRoot} ({@code /}-separated, as a page's location keeps
     * it), each segment encoded as {@link PercentEncoding#encodeSegment} does.
     *
     * @throws IllegalArgumentException on an empty, {@code .} or {@code ..} segment
     */
    public String urlOf(String pathFromRoot) {
        StringBuilder out = new StringBuilder(prefix);
        String[] segments = pathFromRoot.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                throw new IllegalArgumentException("not a path from the root: " + pathFromRoot);
            }
            if (i > 0) {
                out.append('/');
            }
            out.append(PercentEncoding.encodeSegment(segments[i]));
        }
        return out.toString();
    }

    /** The root's URL, ending with {@code /}. */
    @Override
    public String toString() {
        return prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaseUrl b && b.prefix.equals(prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }
}
