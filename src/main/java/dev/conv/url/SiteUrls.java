package dev.conv.url;

/**
 * The public URLs of a mirrored site: the base URL is where the root directory is published, and
 * a page's URL is the base plus its path from the root, each segment percent-encoded (non-ASCII
 * as UTF-8), so that the page's relative links resolve against it as a browser would.
 */
public final class SiteUrls {
    private final String base;

    private SiteUrls(String base) {
        this.base = base;
    }

    /**
     * The site published at {@code baseUrl}, an absolute URL with a host and no query or
     * fragment; a path without a trailing slash is taken as a directory.
     *
     * @throws IllegalArgumentException saying what is wrong with the base URL
     */
    public static SiteUrls of(String baseUrl) {
        UriReference ref = UriReference.parse(baseUrl);
        if (!ref.isAbsolute()) {
            throw new IllegalArgumentException("the base URL must be absolute (https://...): " + baseUrl);
        }
        String problem = UrlCheck.problem(baseUrl);
        if (problem != null) {
            throw new IllegalArgumentException("the base URL " + problem + ": " + baseUrl);
        }
        if (ref.authority() == null || ref.host().isEmpty()) {
            throw new IllegalArgumentException("the base URL has no host: " + baseUrl);
        }
        if (ref.query() != null || ref.fragment() != null) {
            throw new IllegalArgumentException("the base URL may have no query or fragment: " + baseUrl);
        }
        String path = ReferenceResolution.removeDotSegments(ref.path());
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return new SiteUrls(ref.withPath(path).toString());
    }

    /** The base URL, ending with {@code /}. */
    public String baseUrl() {
        return base;
    }

    /**
     * The URL of the page at {@code pathFromRoot}, segments separated by {@code /}, each a file or
     * directory name taken literally.
     *
     * @throws IllegalArgumentException on an empty, {@code .} or {@code ..} segment
     */
    public String pageUrl(String pathFromRoot) {
        StringBuilder out = new StringBuilder(base);
        String[] segments = pathFromRoot.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                throw new IllegalArgumentException("not a path from the root: " + pathFromRoot);
            }
            if (i > 0) {
                out.append('/');
            }
            out.append(UrlEscapes.encodeSegment(s));
        }
        return out.toString();
    }
}
