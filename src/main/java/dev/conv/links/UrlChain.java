package dev.conv.links;

import dev.conv.url.ClearUrlsRules;
import dev.conv.url.LinkRepair;
import dev.conv.url.ReferenceResolution;
import dev.conv.url.Relativizer;
import dev.conv.url.TrackingParams;
import dev.conv.url.Unwrapper;
import dev.conv.url.UriReference;
import dev.conv.url.UrlCheck;
import dev.conv.url.UrlOutcome;
import dev.conv.url.ViaRoutes;
import java.util.ArrayList;
import java.util.List;

/**
 * The URL rules of one run, in the order they apply to a link: resolve (or, with
 * {@code --relative}, relativize last), unwrap, drop tracking parameters, route via a proxy.
 * Built once per run; immutable and thread-safe.
 */
final class UrlChain {
    /** One rule that changed the URL. */
    record Applied(LinksKind kind, UrlOutcome outcome) {
    }

    /**
     * What the rules made of a URL.
     *
     * @param url the URL to write
     * @param applied the rules that changed it, in order
     * @param problem why the URL was left as it is, or null
     */
    record Result(String url, List<Applied> applied, String problem) {
        boolean changed() {
            return !applied.isEmpty();
        }
    }

    private final LinksPolicy policy;
    private final Unwrapper unwrapper;
    private final TrackingParams tracking;
    private final ClearUrlsRules clearUrls;
    private final TrackingParams local;
    private final ViaRoutes via;
    private final String localHost;

    UrlChain(LinksPolicy policy) {
        this.policy = policy;
        this.unwrapper = policy.rules().unwrapper();
        this.tracking = policy.rules().trackingParams();
        this.clearUrls = policy.rules().clearUrls();
        this.local = TrackingParams.of(policy.localParams());
        this.via = policy.rules().viaRoutes();
        this.localHost = policy.baseUrl() == null ? null : UriReference.parse(policy.baseUrl()).host();
    }

    Unwrapper unwrapper() {
        return unwrapper;
    }

    /**
     * Link text or an image's alt that is just a URL, cleaned as its link is (unwrapped, tracking
     * parameters dropped), or null when nothing changes or it is not an absolute http(s) URL.
     */
    String cleanText(String text) {
        String t = text.strip();
        String scheme = UriReference.parse(t).schemeLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || t.chars().anyMatch(Character::isWhitespace)
                || UrlCheck.problem(t) != null) {
            return null;
        }
        String current = t;
        if (policy.unwrap()) {
            current = LinkRepair.cleanText(current, unwrapper).orElse(current);
        }
        if (policy.dropTracking()) {
            current = tracking.strip(current).url();
        }
        return current.equals(t) ? null : current;
    }

    /**
     * @param url the link as the page holds it (character references decoded)
     * @param base the URL relative links resolve against (the page's, or its {@code <base href>}), or null
     */
    Result rewrite(String url, String base) {
        String problem = UrlCheck.problem(url);
        if (problem != null) {
            return new Result(url, List.of(), problem);
        }
        List<Applied> applied = new ArrayList<>();
        String current = url;
        UriReference ref = UriReference.parse(url);
        boolean relativeRef = !ref.isAbsolute() && !url.isEmpty() && !url.startsWith("#");
        if (base != null && policy.resolve() && !policy.relative() && relativeRef) {
            current = apply(LinksKind.RELATIVE_LINK, ReferenceResolution.resolve(base, current), current, applied);
            if (current == null) {
                return new Result(url, List.of(), applied.get(0).outcome().reason());
            }
        }
        if (policy.unwrap()) {
            current = applyOrKeep(LinksKind.PROXIED_LINK, unwrapper.unwrap(current), current, applied);
        }
        if (policy.dropTracking()) {
            current = applyOrKeep(LinksKind.TRACKING_PARAMS, tracking.strip(current), current, applied);
            if (!clearUrls.isEmpty()) {
                current = applyOrKeep(LinksKind.TRACKING_PARAMS, clearUrls.apply(current), current, applied);
            }
        }
        if (!policy.localParams().isEmpty() && isLocal(current)) {
            current = applyOrKeep(LinksKind.TRACKING_PARAMS, local.strip(current), current, applied);
        }
        current = applyOrKeep(LinksKind.VIA_LINK, via.route(current), current, applied);
        if (policy.relative() && base != null) {
            current = applyOrKeep(LinksKind.SITE_LINK, Relativizer.relativize(base, current), current, applied);
        }
        return new Result(current, applied, null);
    }

    /** A relative link, or one to the run's own host. */
    private boolean isLocal(String url) {
        UriReference ref = UriReference.parse(url);
        if (!ref.isAbsolute() && ref.authority() == null) {
            return true;
        }
        return localHost != null && !localHost.isEmpty() && localHost.equals(ref.host());
    }

    /** The new URL, or null when the rule could not read the URL (its outcome is recorded). */
    private static String apply(LinksKind kind, UrlOutcome out, String current, List<Applied> applied) {
        if (out.leftAsIs()) {
            applied.add(new Applied(kind, out));
            return null;
        }
        return applyOrKeep(kind, out, current, applied);
    }

    private static String applyOrKeep(LinksKind kind, UrlOutcome out, String current, List<Applied> applied) {
        if (out.changed()) {
            applied.add(new Applied(kind, out));
            return out.url();
        }
        return current;
    }
}
