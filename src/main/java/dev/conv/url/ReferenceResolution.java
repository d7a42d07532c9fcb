package dev.conv.url;

/**
 * RFC 3986 §5.2 reference resolution, strict (a reference with a scheme is absolute, even
 * {@code http:g}), on the text as written: non-ASCII characters and spaces pass through, so a
 * mirror's raw CJK paths resolve as a browser would resolve them. {@link java.net.URI#resolve}
 * is not used: it keeps {@code ..} above the root and mishandles empty and query-only references
 * (see the tests).
 */
public final class ReferenceResolution {
    private ReferenceResolution() {
    }

    /**
     * {@code ref} resolved against {@code base}, an absolute URL. A base that is not absolute or
     * cannot be read, and a reference that cannot be read, leave {@code ref} as it is.
     */
    public static UrlOutcome resolve(String base, String ref) {
        String refProblem = UrlCheck.problem(ref);
        if (refProblem != null) {
            return UrlOutcome.leftAsIs(ref, refProblem);
        }
        UriReference b = UriReference.parse(base);
        if (!b.isAbsolute()) {
            return UrlOutcome.leftAsIs(ref, "the base URL is not absolute: " + base);
        }
        String baseProblem = UrlCheck.problem(base);
        if (baseProblem != null) {
            return UrlOutcome.leftAsIs(ref, "the base URL " + baseProblem);
        }
        // §5.2.1 allows normalising the base first; without it "#f" against "/b/.." would keep
        // the dot segments that a second resolution removes, and resolving would not be idempotent
        UriReference normalBase = b.withPath(removeDotSegments(b.path()));
        String resolved = resolve(normalBase, UriReference.parse(ref)).toString();
        return UrlOutcome.changed(ref, resolved, "resolved against " + base);
    }

    /** §5.2.2, for a base with a scheme. */
    static UriReference resolve(UriReference base, UriReference r) {
        if (r.scheme() != null) {
            return new UriReference(r.scheme(), r.authority(), removeDotSegments(r.path()), r.query(), r.fragment());
        }
        if (r.authority() != null) {
            return new UriReference(base.scheme(), r.authority(), removeDotSegments(r.path()), r.query(),
                    r.fragment());
        }
        if (r.path().isEmpty()) {
            return new UriReference(base.scheme(), base.authority(), base.path(),
                    r.query() != null ? r.query() : base.query(), r.fragment());
        }
        String path = r.path().startsWith("/") ? removeDotSegments(r.path()) : removeDotSegments(merge(base, r.path()));
        return new UriReference(base.scheme(), base.authority(), path, r.query(), r.fragment());
    }

    /** §5.2.3. */
    private static String merge(UriReference base, String path) {
        if (base.authority() != null && base.path().isEmpty()) {
            return "/" + path;
        }
        int slash = base.path().lastIndexOf('/');
        return slash < 0 ? path : base.path().substring(0, slash + 1) + path;
    }

    /** §5.2.4, in one pass: every step consumes input, and a ".." only looks back one segment. */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        while (i < n) {
            if (path.startsWith("../", i)) {
                i += 3;
            } else if (path.startsWith("./", i)) {
                i += 2;
            } else if (path.startsWith("/./", i)) {
                i += 2;
            } else if (i + 2 == n && path.startsWith("/.", i)) {
                out.append('/');
                i = n;
            } else if (path.startsWith("/../", i)) {
                i += 3;
                dropLastSegment(out);
            } else if (i + 3 == n && path.startsWith("/..", i)) {
                dropLastSegment(out);
                out.append('/');
                i = n;
            } else if (i + 1 == n && path.charAt(i) == '.' || i + 2 == n && path.startsWith("..", i)) {
                i = n;
            } else {
                int next = path.indexOf('/', i + 1);
                int end = next < 0 ? n : next;
                out.append(path, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    private static void dropLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(Math.max(slash, 0));
    }
}
