package dev.conv.url;

import java.util.Set;

/**
 * Google's AMP cache: {@code https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a}
 * serves {@code https://www.example.com/a} ({@code /c/} pages, {@code /v/} pages in the viewer,
 * {@code /i/} images, {@code /r/} resources; {@code s/} means https). The query is the original's,
 * less what the viewer added.
 */
final class AmpCacheProxy implements UnwrapRule {
    private static final String CACHE = "cdn.ampproject.org";
    private static final Set<String> KINDS = Set.of("c", "v", "i", "r");
    private static final Set<String> VIEWER_PARAMS = Set.of("amp_js_v", "amp_gsa", "usqp", "amp_tf", "aoh", "ampshare");

    @Override
    public String unwrap(UriReference url) {
        String host = url.host();
        if (!host.endsWith("." + CACHE)) {
            return null;
        }
        String[] parts = url.path().split("/", 4);
        if (parts.length < 3 || !parts[0].isEmpty() || !KINDS.contains(parts[1])) {
            return null;
        }
        boolean secure = parts[2].equals("s");
        String rest = secure ? (parts.length == 4 ? parts[3] : "") : url.path().substring(parts[1].length() + 2);
        if (!Originals.looksLikeHost(rest)) {
            return null;
        }
        String query = url.query() == null ? null
                : QueryString.without(url.query(), VIEWER_PARAMS::contains, new java.util.ArrayList<>());
        UriReference original = UriReference.parse((secure ? "https://" : "http://") + rest)
                .withQuery(query).withFragment(url.fragment());
        return Originals.accept(original.toString());
    }

    @Override
    public String name() {
        return "*.cdn.ampproject.org (AMP cache)";
    }
}
