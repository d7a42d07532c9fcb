package dev.conv.links;

import dev.conv.url.LinkRules;
import dev.conv.url.ParamRule;
import java.util.List;

/**
 * What {@code conv links} rewrites, as the command line says it. Resolving acts only on pages
 * that have a public URL (the run was given a base URL); the rest is on by default but autolinks.
 *
 * @param baseUrl the root's public URL, or null: tells local links ({@code --drop-param}) apart
 * @param resolve resolve relative links against the page's URL
 * @param relative make absolute links into the page's own site relative instead ({@code --relative})
 * @param unwrap take original URLs out of proxies and redirectors
 * @param dropTracking drop tracking parameters
 * @param repair repair links an earlier converter broke
 * @param autolink write a link whose text is its URL as {@code <url>}
 * @param allowDataImages let images keep raster {@code data:image/*} sources
 * @param rules the user's rules ({@code --rules}, {@code --via})
 * @param localParams parameters dropped on local links only ({@code --drop-param})
 */
public record LinksPolicy(String baseUrl, boolean resolve, boolean relative, boolean unwrap, boolean dropTracking,
        boolean repair, boolean autolink, boolean allowDataImages, LinkRules rules, List<ParamRule> localParams) {

    public LinksPolicy {
        rules = rules == null ? LinkRules.NONE : rules;
        localParams = List.copyOf(localParams);
    }

    public static LinksPolicy defaults() {
        return new LinksPolicy(null, true, false, true, true, true, false, false, LinkRules.NONE, List.of());
    }

    public LinksPolicy withBaseUrl(String url) {
        return new LinksPolicy(url, resolve, relative, unwrap, dropTracking, repair, autolink, allowDataImages, rules,
                localParams);
    }

    public LinksPolicy withRelative(boolean on) {
        return new LinksPolicy(baseUrl, resolve, on, unwrap, dropTracking, repair, autolink, allowDataImages, rules,
                localParams);
    }

    public LinksPolicy withSwitches(boolean unwrapOn, boolean dropTrackingOn, boolean repairOn, boolean autolinkOn,
                                    boolean dataImages) {
        return new LinksPolicy(baseUrl, resolve, relative, unwrapOn, dropTrackingOn, repairOn, autolinkOn, dataImages,
                rules, localParams);
    }

    public LinksPolicy withRules(LinkRules more, List<ParamRule> local) {
        return new LinksPolicy(baseUrl, resolve, relative, unwrap, dropTracking, repair, autolink, allowDataImages,
                rules.plus(more), local);
    }
}
