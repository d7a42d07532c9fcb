package dev.conv.clean;

import dev.conv.url.TrackerHosts;
import dev.conv.url.UrlParts;
import java.util.Set;

/**
 * Ad click URLs: where a click on an ad goes first, the ad server's redirect to the advertiser
 * ({@code googleads.g.doubleclick.net/aclk?...&adurl=...}, {@code www.google.com/aclk},
 * {@code ad.doubleclick.net/ddm/clk/...}, {@code paid.outbrain.com/network/redir}). A link there is
 * an ad, whatever its text says.
 */
final class AdClicks {
    /** Listed hosts that serve nothing but ads: every link to them is an ad click. */
    private static final Set<String> AD_ONLY_HOSTS = Set.of("doubleclick.net", "googleadservices.com",
            "googlesyndication.com");
    /** Path words of a click redirect on a tracker host. */
    private static final Set<String> CLICK_WORDS = Set.of(
            "aclk", "clk", "click", "clicks", "clktrk", "adclick", "trackclk", "redir", "redirect", "jump");

    private final TrackerHosts hosts;

    AdClicks(TrackerHosts hosts) {
        this.hosts = hosts;
    }

    boolean isAdClick(String href) {
        return isAdClick(UrlParts.parse(href));
    }

    boolean isAdClick(UrlParts url) {
        if (!url.scheme().isEmpty() && !url.scheme().equals("http") && !url.scheme().equals("https")) {
            return false;
        }
        // Google's and Bing's search and display ads click through /aclk on their own hosts
        if (url.lastSegment().equals("aclk") || url.queryNames().contains("adurl")) {
            return true;
        }
        String host = hosts.match(url.host());
        if (host == null) {
            return false;
        }
        return AD_ONLY_HOSTS.contains(host) || hasClickWord(url);
    }

    /** A path word such as {@code click}, {@code clk}, {@code redirect}: a redirect, on any host. */
    static boolean hasClickWord(UrlParts url) {
        for (String segment : url.segments()) {
            for (String w : AdSlots.words(segment)) {
                if (CLICK_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A link to a listed tracker or ad host: never a link to a page of the site. */
    boolean isTrackerLink(UrlParts url) {
        return hosts.match(url.host()) != null;
    }
}
