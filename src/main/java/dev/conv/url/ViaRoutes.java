package dev.conv.url;

import java.util.List;

/**
 * {@code --via}: links to a site routed through the proxy that mirrors it
 * ({@code https://www.epochtimes.com/gb/ -> http://141.164.63.68:10080/gb/}), and the same rules
 * read backwards to take such links back to the site. The first rule that matches applies.
 */
public final class ViaRoutes {
    private final List<PrefixRule> rules;

    public ViaRoutes(List<PrefixRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<PrefixRule> rules() {
        return rules;
    }

    /** {@code url} routed through its proxy. */
    public UrlOutcome route(String url) {
        return apply(url, false);
    }

    /** {@code url} taken back from its proxy to the site. */
    public UrlOutcome unroute(String url) {
        return apply(url, true);
    }

    /** The rules read backwards, as unwrap rules. */
    public List<PrefixRule> reversed() {
        return rules.stream().map(PrefixRule::reversed).toList();
    }

    private UrlOutcome apply(String url, boolean backwards) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return UrlOutcome.leftAsIs(url, problem);
        }
        for (PrefixRule rule : rules) {
            PrefixRule r = backwards ? rule.reversed() : rule;
            String mapped = r.apply(url);
            if (mapped != null) {
                return UrlOutcome.changed(url, mapped, (backwards ? "taken back from the proxy: " : "routed via the proxy: ") + r.name());
            }
        }
        return UrlOutcome.unchanged(url);
    }
}
