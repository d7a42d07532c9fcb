package dev.conv.links;

import dev.conv.step.Kind;
import java.util.Locale;

/** What {@code conv links} did to a link, or found wrong with it: what the summary and reports count. */
public enum LinksKind implements Kind {
    RESOLVED("link resolved", "links resolved"),
    RELATIVE("link made relative", "links made relative"),
    UNWRAPPED("link unwrapped", "links unwrapped"),
    TRACKING("link without tracking parameters", "links without tracking parameters"),
    VIA("link routed", "links routed"),
    REPAIRED("link repaired", "links repaired"),
    AUTOLINK("autolink", "autolinks"),
    /** A {@code javascript:}, {@code vbscript:} or {@code data:} link, removed with its text kept. */
    UNSAFE("unsafe link removed", "unsafe links removed"),
    MALFORMED("malformed link", "malformed links", true),
    /** {@code --check-local}: a link to a file inside the root that does not exist. */
    MISSING("missing target", "missing targets", true),
    /** {@code --check-local --anchors}: a link to a heading that the target page does not have. */
    MISSING_ANCHOR("missing anchor", "missing anchors", true),
    /** {@code --check-local}: a link with no text or no destination. */
    EMPTY("empty link", "empty links", true);

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
