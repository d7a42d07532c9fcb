package dev.conv.url;

import java.util.ArrayList;
import java.util.List;

/**
 * A user's URL rules, as plain data: the JSON rules file maps onto it today, the project's YAML
 * configuration can map onto the same records later. Immutable.
 *
 * @param proxies proxies that carry the original URL in a query parameter
 * @param prefixes URL prefixes to unwrap: a proxy's prefix and the original's
 * @param via prefixes to route through a proxy ({@code --via}); read backwards they unwrap
 * @param dropParams more tracking parameters to drop
 * @param trackerHosts more hosts that only track (lower case)
 * @param clearUrls rules read from a ClearURLs {@code data.min.json} file
 */
public record LinkRules(List<ParamProxy> proxies, List<PrefixRule> prefixes, List<PrefixRule> via,
        List<ParamRule> dropParams, List<String> trackerHosts, ClearUrlsRules clearUrls) {

    public static final LinkRules NONE = new LinkRules(List.of(), List.of(), List.of(), List.of(), List.of(),
            ClearUrlsRules.none());

    public LinkRules {
        proxies = List.copyOf(proxies);
        prefixes = List.copyOf(prefixes);
        via = List.copyOf(via);
        dropParams = List.copyOf(dropParams);
        trackerHosts = List.copyOf(trackerHosts);
    }

    /** These rules and then {@code other}'s (a second rules file). */
    public LinkRules plus(LinkRules other) {
        List<ClearUrlsRules.Provider> providers = new ArrayList<>(clearUrls.providers());
        providers.addAll(other.clearUrls.providers());
        return new LinkRules(concat(proxies, other.proxies), concat(prefixes, other.prefixes), concat(via, other.via),
                concat(dropParams, other.dropParams), concat(trackerHosts, other.trackerHosts),
                ClearUrlsRules.of(providers));
    }

    /** The built-in proxies, then the user's. */
    public Unwrapper unwrapper() {
        List<UnwrapRule> user = new ArrayList<>(proxies);
        user.addAll(prefixes);
        return Unwrapper.builtIn().with(user);
    }

    /** The built-in tracking parameters and the user's. */
    public TrackingParams trackingParams() {
        return TrackingParams.builtIn().with(dropParams);
    }

    public ViaRoutes viaRoutes() {
        return new ViaRoutes(via);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
