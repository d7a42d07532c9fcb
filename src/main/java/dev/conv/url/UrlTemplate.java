package dev.conv.url;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's public URL built from a pattern ({@code --url-template '{base}/{path}'}) instead of the
 * base URL followed by the path: {@code {base}} is the base URL without its final {@code /},
 * {@code {path}} the page's path from the root, {@code {dir}} its folder (a {@code {dir}/} of a
 * page at the root goes away), {@code {name}} its file name and {@code {stem}} that name without
 * its extension. Each path segment is percent-encoded as {@link BaseUrl#urlOf} encodes it. Checked
 * when made: an unknown placeholder, {@code {base}} without a base URL, or a pattern that does not
 * make an absolute http(s) URL fails before any page is read. Immutable.
 */
public final class UrlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]*)}");
    private static final Set<String> NAMES = Set.of("base", "path", "dir", "name", "stem");

    private final String pattern;
    private final String base;

    private UrlTemplate(String pattern, String base) {
        this.pattern = pattern;
        this.base = base;
    }

    /**
     * @param base the base URL, or null when none was given
     * @throws IllegalArgumentException on an unknown placeholder, {@code {base}} without a base
     *     URL, or a pattern that does not start an absolute http(s) URL
     */
    public static UrlTemplate parse(String pattern, BaseUrl base) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder " + m.group()
                        + " (known: {base}, {path}, {dir}, {name}, {stem})");
            }
            if (m.group(1).equals("base") && base == null) {
                throw new IllegalArgumentException("{base} needs --base-url");
            }
        }
        String b = base == null ? null : base.toString().substring(0, base.toString().length() - 1);
        UrlTemplate t = new UrlTemplate(pattern, b);
        String sample = t.urlOf("a/b.md");
        String scheme = sample.substring(0, Math.max(0, sample.indexOf("://")));
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https") || UrlParts.parse(sample).host().isEmpty()) {
            throw new IllegalArgumentException("'" + pattern + "' does not make an absolute http(s) URL with a host");
        }
        return t;
    }

    /** The URL of the page at {@code pathFromRoot} ({@code /}-separated). */
    public String urlOf(String pathFromRoot) {
        String[] segments = pathFromRoot.split("/", -1);
        StringBuilder path = new StringBuilder();
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                throw new IllegalArgumentException("not a path from the root: " + pathFromRoot);
            }
            path.append(path.length() == 0 ? "" : "/").append(PercentEncoding.encodeSegment(s));
        }
        String encoded = path.toString();
        int slash = encoded.lastIndexOf('/');
        String dir = slash < 0 ? "" : encoded.substring(0, slash);
        String name = encoded.substring(slash + 1);
        String rawName = segments[segments.length - 1];
        int dot = rawName.lastIndexOf('.');
        String stem = PercentEncoding.encodeSegment(dot > 0 ? rawName.substring(0, dot) : rawName);
        String p = dir.isEmpty() ? pattern.replace("{dir}/", "") : pattern;
        Matcher m = PLACEHOLDER.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "base" -> base;
                case "path" -> encoded;
                case "dir" -> dir;
                case "name" -> name;
                default -> stem;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return PercentEncoding.encodeNonAscii(out.toString());
    }

    @Override
    public String toString() {
        return pattern;
    }
}
