package dev.conv.url;

import java.util.Locale;

/**
 * The reverse of resolution, for moving a mirror: an absolute URL into the page's own site
 * (same scheme, host and port) written relative to the page. Its one promise: resolving the
 * result against the page gives back the URL (scheme and host compared without case). Where no
 * relative reference can keep it (no path, dot segments in the path), the URL stays absolute.
 */
public final class Relativizer {
    private Relativizer() {
    }

    public static UrlOutcome relativize(String pageUrl, String url) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return UrlOutcome.leftAsIs(url, problem);
        }
        UriReference page = UriReference.parse(pageUrl);
        UriReference u = UriReference.parse(url);
        if (!u.isAbsolute() || u.authority() == null || !page.isAbsolute() || page.authority() == null
                || !u.scheme().equalsIgnoreCase(page.scheme())
                || !u.authority().toLowerCase(Locale.ROOT).equals(page.authority().toLowerCase(Locale.ROOT))) {
            return UrlOutcome.unchanged(url);
        }
        if (u.path().isEmpty() || hasDotSegment(u.path()) || hasDotSegment(page.path())) {
            return UrlOutcome.unchanged(url);
        }
        String ref = relativePath(page.path().isEmpty() ? "/" : page.path(), u.path());
        String relative = new UriReference(null, null, ref, u.query(), u.fragment()).toString();
        // The rules above are meant to make this hold always; checking costs little and keeps the promise.
        String back = ReferenceResolution.resolve(page, UriReference.parse(relative)).toString();
        if (!back.equals(new UriReference(page.scheme(), page.authority(), u.path(), u.query(), u.fragment()).toString())) {
            return UrlOutcome.unchanged(url);
        }
        return UrlOutcome.changed(url, relative, "made relative to " + pageUrl);
    }

    private static String relativePath(String pagePath, String target) {
        String[] base = pagePath.substring(1, pagePath.lastIndexOf('/') + 1).split("/", -1);
        String[] parts = target.substring(1).split("/", -1);
        int baseDirs = base.length - 1; // the last element is the page's own name
        int targetDirs = parts.length - 1;
        int common = 0;
        while (common < baseDirs && common < targetDirs && base[common].equals(parts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < baseDirs; i++) {
            out.append("../");
        }
        StringBuilder rest = new StringBuilder();
        for (int i = common; i < parts.length; i++) {
            if (i > common) {
                rest.append('/');
            }
            rest.append(parts[i]);
        }
        // "./" keeps a first segment from reading as a scheme, an authority or an absolute path
        if (out.length() == 0 && (rest.length() == 0 || rest.charAt(0) == '/' || firstSegmentHasColon(rest))) {
            out.append("./");
        }
        return out.append(rest).toString();
    }

    private static boolean firstSegmentHasColon(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/') {
                return false;
            }
            if (c == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDotSegment(String path) {
        for (String s : path.split("/", -1)) {
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
