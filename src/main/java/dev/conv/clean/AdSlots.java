package dev.conv.clean;

import dev.conv.url.TrackerHosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ad slots, recognized by whole words of their class and id tokens: {@code single_ad},
 * {@code ad-300x250}, {@code adsbygoogle}, {@code div-gpt-ad-1589559869784-0} and {@code topAd}
 * are ads; {@code header}, {@code shadow}, {@code badge}, {@code download}, {@code read-more}
 * and {@code adv-search} are not, since no word of theirs is an ad word; nor are
 * {@code ads-policy} or {@code advertise-with-us}, which name a page about ads, and a link or menu
 * item leading to such a page ({@link AdPageLinks}).
 */
final class AdSlots {
    /** A token word (split at - _ . : and camelCase) that names an ad. */
    private static final Set<String> AD_WORDS = Set.of(
            "ad", "ads", "adsbygoogle", "adsense", "adslot", "adslots", "adunit", "adunits", "adbox", "adframe",
            "adcontainer", "adwrapper", "adwrap", "adzone", "adspace", "adarea", "adbanner", "adblock",
            "adsbox", "adtag", "dfp", "taboola", "outbrain", "sponsorad");
    /** Words that turn "ad" into something else: ad-hoc, ad-free. */
    private static final Set<String> NOT_AN_AD = Set.of("hoc", "free", "blocker", "min", "lib");
    /** Words that make an ad word name a page about ads: ads-policy, about-ads, ad-choices. */
    static final Set<String> PAGE_WORDS = Set.of(
            "policy", "policies", "about", "terms", "guidelines", "contact", "faq", "choices", "preferences",
            "settings");
    /** Never an ad slot, whatever their class says: removing them would remove the page. */
    private static final Set<String> NEVER = Set.of("html", "head", "body", "main", "article");
    /** More text than an ad label or a sponsored blurb: a matching class then marks content. */
    static final int MAX_TEXT = 300;

    private final AdPageLinks siteLinks;
    private final AdClickBlocks adClickBlocks;

    AdSlots(TrackerHosts hosts) {
        AdClicks clicks = new AdClicks(hosts);
        this.siteLinks = new AdPageLinks(clicks);
        this.adClickBlocks = new AdClickBlocks(clicks);
    }

    /** An ad slot: what reports name it by, and why it is one. */
    record Slot(String detail, String reason) {
    }

    /**
     * The ad slot {@code el} is, or null: an element with an ad class or id token, or a block of
     * ad click links opened by an ad label ("Ads by Google"). An element holding a heading or more
     * than {@value #MAX_TEXT} characters of text is content whatever its class
     * ({@code <div class="post ad-wrapper">} around an article): losing it costs more than keeping
     * an ad. Ad click links are the exception: a block of nothing but those is an ad under any
     * heading, up to {@value #MAX_TEXT} characters per ad.
     *
     * @param adClicksInRegion whether {@link #anyAdClick} found one in the region {@code el} is
     *     in: without one no element there is a block of them, and judging each element's opening
     *     text as a label was a tenth of a clean run
     */
    Slot match(org.jsoup.nodes.Element el, boolean adClicksInRegion) {
        if (NEVER.contains(el.normalName())) {
            return null;
        }
        String name = el.normalName();
        String token = token(el);
        if (token != null) {
            return holdsContent(el, adClicksInRegion) || siteLinks.isSiteLink(el) ? null
                    : new Slot(name + token, "ad class/id " + token);
        }
        if (!adClicksInRegion) {
            return null;
        }
        String label = adClickBlocks.openingLabel(el);
        if (label == null) {
            return null;
        }
        int ads = adClickBlocks.adClicksOnly(el);
        if (ads == 0 || moreTextThan(el, MAX_TEXT * ads)) {
            return null;
        }
        return new Slot(name + " \"" + label + "\"", "only ad click links under an ad label");
    }

    /**
     * Whether any of {@code elements}, or anything under one of them that is in {@code skipped},
     * is an ad click link. Runs over a list the caller already has: a selector query over the
     * tree was 3% of a clean run.
     */
    boolean anyAdClick(Iterable<org.jsoup.nodes.Element> elements, Set<String> skipped) {
        for (org.jsoup.nodes.Element el : elements) {
            if (isAdClickLink(el) || skipped.contains(el.normalName()) && anyAdClickUnder(el)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyAdClickUnder(org.jsoup.nodes.Element root) {
        for (org.jsoup.nodes.Element a : root.getElementsByTag("a")) {
            if (isAdClickLink(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAdClickLink(org.jsoup.nodes.Element el) {
        return el.normalName().equals("a") && el.hasAttr("href") && adClickBlocks.isAdClick(el);
    }

    private boolean holdsContent(org.jsoup.nodes.Element el, boolean adClicksInRegion) {
        int ads = adClicksInRegion ? adClickBlocks.adClicksOnly(el) : 0;
        if (ads > 0) {
            return moreTextThan(el, MAX_TEXT * ads);
        }
        return el.selectFirst("h1, h2, h3, h4, h5, h6") != null || moreTextThan(el, MAX_TEXT);
    }

    private static boolean moreTextThan(org.jsoup.nodes.Element el, int max) {
        int chars = 0;
        for (org.jsoup.nodes.TextNode t : el.nodeStream(org.jsoup.nodes.TextNode.class).toList()) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i)) && ++chars > max) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String token(org.jsoup.nodes.Element el) {
        String id = el.id();
        if (!id.isEmpty() && isAdToken(id)) {
            return "#" + id.trim();
        }
        String cls = el.className();
        if (!cls.isEmpty()) {
            for (String token : cls.split("[ \\t\\n\\r\\f]+")) {
                if (!token.isEmpty() && isAdToken(token)) {
                    return "." + token;
                }
            }
        }
        if (el.hasAttr("data-ad-slot") || el.hasAttr("data-ad-client")) {
            return "[data-ad-slot]";
        }
        return null;
    }

    static boolean isAdToken(String token) {
        List<String> words = words(token);
        boolean ad = false;
        for (String w : words) {
            if (NOT_AN_AD.contains(w) || PAGE_WORDS.contains(w)) {
                return false;
            }
            ad |= isAdWord(w);
        }
        // advertise-with-us
        return ad && !(words.contains("with") && words.contains("us"));
    }

    static boolean isAdWord(String word) {
        return AD_WORDS.contains(word) || word.startsWith("advert");
    }

    /** {@code div-gpt-ad-1}, {@code topAdSlot} -> [div, gpt, ad, 1], [top, ad, slot]. */
    static List<String> words(String token) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(token.charAt(i - 1))) {
                flush(w, out);
            }
            w.append(c);
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
        }
    }
}
