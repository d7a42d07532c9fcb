package dev.conv.links;

import dev.conv.step.Kind;
import java.util.Locale;

/** What {@code conv links} did to a link, or found wrong with it: what the summary and reports count. */
public enum LinksKind implements Kind {
    RELATIVE_LINK("relative link resolved", "relative links resolved"),
    SITE_LINK("site link made relative", "site links made relative"),
    PROXIED_LINK("proxied link unwrapped", "proxied links unwrapped"),
    TRACKING_PARAMS("link cleaned of tracking parameters", "links cleaned of tracking parameters"),
    VIA_LINK("link routed via a proxy", "links routed via a proxy"),
    BROKEN_LINK("broken link repaired", "broken links repaired"),
    AUTOLINK("link made an autolink", "links made autolinks"),
    /** A {@code javascript:}, {@code vbscript:} or {@code data:} link, removed with its text kept. */
    UNSAFE_LINK("unsafe link removed", "unsafe links removed"),
    MALFORMED_URL("malformed URL left as it is", "malformed URLs left as they are", true),
    /** {@code --check-local}: a link to a file inside the root that does not exist. */
    MISSING_TARGET("link to a missing file", "links to missing files", true),
    /** {@code --check-local --anchors}: a link to a heading that the target page does not have. */
    MISSING_ANCHOR("link to a missing heading", "links to missing headings", true),
    /** {@code --check-local}: a link with no text or no destination. */
    EMPTY_LINK("empty link", "empty links", true);

    private final String singular;
    private final String plural;
    private final boolean problem;

    LinksKind(String singular, String plural) {
        this(singular, plural, false);
    }

    LinksKind(String singular, String plural, boolean problem) {
        this.singular = singular;
        this.plural = plural;
        this.problem = problem;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    @Override
    public boolean problem() {
        return problem;
    }
}
