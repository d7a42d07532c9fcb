package dev.conv.clean;

import dev.conv.url.UrlParts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Site links that an ad class would otherwise take: {@code <a class="page-advertise-with-us"
 * href="/advertise-with-us/">}, a menu item {@code <li class="menu-advertise">} around its link,
 * a footer's {@code <a class="ads-policy">}. Their class names the page they lead to, not an ad.
 * An element holding an image, a frame or an ad click link is never one of them.
 */
final class AdPageLinks {
    /** What an ad creative is made of; a site link is text (an icon at most). */
    private static final String MEDIA = "img, picture, iframe, frame, video, audio, object, embed, canvas, ins";
    /** Site navigation: a text link there is a menu item whatever its class. */
    private static final Set<String> NAVIGATION = Set.of("nav", "menu", "footer");
    private static final Set<String> NAVIGATION_ROLES = Set.of(
            "navigation", "menu", "menubar", "menuitem", "contentinfo");
    /** Query parameters that make a link a redirect to somewhere else. */
    private static final Set<String> REDIRECT_PARAMS = Set.of(
            "url", "adurl", "u", "dest", "destination", "redirect", "redir", "goto", "target", "to");
    /** Words that, with "ad" or "ads", name a page about ads: "Ads policy", "About our ads". */
    private static final Set<String> PAGE_WORDS = AdSlots.PAGE_WORDS;

    private final AdClicks clicks;

    AdPageLinks(AdClicks clicks) {
        this.clicks = clicks;
    }

    /**
     * {@code el} is a link or a list item, or sits in the site's navigation; it holds links and no
     * media; and each link leads to or names a page about advertising, or sits in the navigation.
     * A {@code <div class="ad-slot">} around a link to {@code /ad} is still an ad slot: only the
     * link's own class, or its menu item's, can name the page.
     */
    boolean isSiteLink(Element el) {
        boolean inNavigation = inNavigation(el);
        if (!inNavigation && !el.nameIs("a") && !el.nameIs("li")) {
            return false;
        }
        if (el.selectFirst(MEDIA) != null) {
            return false;
        }
        Elements links = el.select("a[href]");
        if (links.isEmpty()) {
            return false;
        }
        for (Element link : links) {
            UrlParts url = UrlParts.parse(link.attr("href"));
            if (clicks.isAdClick(url) || clicks.isTrackerLink(url)) {
                return false;
            }
            if (!inNavigation && !namesAdPage(link, url)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inNavigation(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (NAVIGATION.contains(e.normalName())
                    || NAVIGATION_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The link's path, or its text, aria-label or title, speaks of advertising. */
    private static boolean namesAdPage(Element link, UrlParts url) {
        String label = link.text() + " " + link.attr("aria-label") + " " + link.attr("title");
        return pathNamesAds(url) || textNamesAdvertising(words(label));
    }

    /** {@code /advertise-with-us/}, {@code /ad/}, {@code /advertising/rates.html}; not a click redirect. */
    private static boolean pathNamesAds(UrlParts url) {
        for (String name : url.queryNames()) {
            if (REDIRECT_PARAMS.contains(name)) {
                return false;
            }
        }
        boolean ads = false;
        for (String segment : url.segments()) {
            for (String w : AdSlots.words(segment)) {
                if (AdSlots.isAdWord(w)) {
                    ads = true;
                }
            }
        }
        return ads && !AdClicks.hasClickWord(url);
    }

    /** "Advertise with us", "Advertising enquiries", "Ads policy", "Your ad choices"; not "Advertisement". */
    private static boolean textNamesAdvertising(List<String> words) {
        boolean adWord = false;
        boolean pageWord = false;
        for (String w : words) {
            if (w.startsWith("advertis") && !w.startsWith("advertisement")) {
                return true;
            }
            adWord |= w.equals("ad") || w.equals("ads");
            pageWord |= PAGE_WORDS.contains(w);
        }
        return adWord && pageWord;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }
}
