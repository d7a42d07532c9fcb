package dev.conv.clean;

import dev.conv.html.TrackingPixels;
import dev.conv.url.TrackerHosts;
import dev.conv.url.UrlParts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The tracking rules: pixels ({@code <img>} and {@code <iframe>}, judged by
 * {@link TrackingPixels}, which html2md shares), analytics scripts, {@code <noscript>} beacons
 * and {@code <link>} hints that ready a tracker. Each test returns the reason it matched, or null.
 */
final class Trackers {
    /** Script files that are trackers wherever they are hosted (self-hosted Matomo, a copied ga.js). */
    private static final Set<String> TRACKER_SCRIPT_FILES = Set.of(
            "ga.js", "analytics.js", "urchin.js", "gtm.js", "gtag.js", "fbevents.js", "hm.js", "z_stat.php",
            "piwik.js", "matomo.js");

    /** Link types that only prepare a later fetch: a connection, a DNS look-up, the file itself. */
    private static final Set<String> HINT_RELS = Set.of(
            "preconnect", "dns-prefetch", "preload", "prefetch", "modulepreload");

    /** Inline script calls and names of analytics and tag-manager snippets. */
    private static final List<Signature> SCRIPT_SIGNATURES = List.of(
            new Signature("gtag", "(?<![\\w$.])gtag\\s*\\("),
            new Signature("ga", "(?<![\\w$.])ga\\s*\\(\\s*['\"](?:create|send|set|require)"),
            new Signature("GoogleAnalyticsObject", "GoogleAnalyticsObject"),
            new Signature("_gaq", "(?<![\\w$])_gaq\\b"),
            new Signature("urchinTracker", "urchinTracker|_gat\\._getTracker"),
            new Signature("Google Tag Manager", "gtm\\.start|['\"]gtm\\.js|(?<![\\w$])dataLayer\\.push\\s*\\("),
            new Signature("fbq", "(?<![\\w$.])_?fbq\\s*\\(|(?<![\\w$])_fbq\\b"),
            new Signature("_paq", "(?<![\\w$])_paq\\b|Piwik\\.getTracker|Matomo\\.getTracker"),
            new Signature("Baidu _hmt", "(?<![\\w$])_hmt\\b|hm\\.baidu\\.com"),
            new Signature("cnzz", "(?<![\\w$])_czc\\b|cnzz\\.com|CNZZDATA"),
            new Signature("51.la", "(?<![\\w$.])LA\\.init\\s*\\(|51\\.la"),
            new Signature("Yandex Metrika", "(?<![\\w$.])ym\\s*\\(\\s*\\d+|yaCounter\\d+|mc\\.yandex\\.|Ya\\.Metrika"),
            new Signature("Clarity", "clarity\\.ms|[\"']clarity[\"']\\s*,\\s*[\"']script[\"']"),
            new Signature("Hotjar", "_hjSettings|static\\.hotjar\\.com|(?<![\\w$.])hj\\s*\\(\\s*['\"]"),
            new Signature("Twitter pixel", "(?<![\\w$.])twq\\s*\\("),
            new Signature("LinkedIn insight", "_linkedin_partner_id|(?<![\\w$.])lintrk\\s*\\("),
            new Signature("TikTok pixel", "(?<![\\w$])ttq\\.(?:load|page|track)\\s*\\("),
            new Signature("Snap pixel", "(?<![\\w$.])snaptr\\s*\\("),
            new Signature("Pinterest tag", "(?<![\\w$.])pintrk\\s*\\("),
            new Signature("Quantcast", "(?<![\\w$])_qevents\\b|(?<![\\w$])__qc\\b"),
            new Signature("comScore", "(?<![\\w$])_comscore\\b|COMSCORE\\.beacon"),
            new Signature("StatCounter", "(?<![\\w$])sc_project\\b"),
            new Signature("Chartbeat", "(?<![\\w$])(?:_sf_async_config|_sf_startpt|_cbq)\\b|(?<![\\w$])pSUPERFLY\\b"),
            new Signature("BBC iStats", "(?<![\\w$])istats(?:TrackingUrl|_countername)\\b|['\"]istats-1['\"]"
                    + "|(?<![\\w$.])istats\\.(?:track|invoke|addCollector|addLabels|setCountername|log)\\s*\\("),
            new Signature("Parse.ly", "(?<![\\w$])PARSELY\\s*(?:=[^=]|\\.\\s*(?:beacon|autotrack|onload|conversions)\\b)"
                    + "|['\"]script['\"]\\s*,\\s*['\"]parsely['\"]"),
            new Signature("Jetpack Stats", "(?<![\\w$])_stq\\b"),
            new Signature("New Relic", "(?<![\\w$])NREUM\\b"),
            new Signature("Mixpanel", "(?<![\\w$.])mixpanel\\.(?:init|track)\\s*\\("),
            new Signature("Segment", "(?<![\\w$.])analytics\\.(?:load|page)\\s*\\(\\s*['\"]?\\w*['\"]?\\s*\\)"),
            new Signature("Heap", "(?<![\\w$.])heap\\.load\\s*\\("),
            new Signature("Tencent MTA", "(?<![\\w$])_mtac\\b"),
            new Signature("adsbygoogle", "(?<![\\w$])adsbygoogle\\b"));

    /** {@code ' + '} between two string literals: loaders assemble a tracker's host from pieces. */
    private static final Pattern LITERAL_JOIN = Pattern.compile("['\"`]\\s*\\+\\s*['\"`]");

    private final TrackerHosts hosts;
    private final TrackingPixels pixels;

    Trackers(TrackingPixels pixels) {
        this.pixels = pixels;
        this.hosts = pixels.hosts();
    }

    /** Why an {@code <img>} or {@code <iframe>} is a tracker, or null: {@link TrackingPixels}' judgement. */
    String pixel(Element el) {
        return pixels.reason(el);
    }

    // ---------------------------------------------------------------- hints

    /**
     * Why a {@code <link>} is a hint that only readies a tracker, or null: a preconnect, DNS
     * prefetch or preload to a tracker host, or a preload of a tracker script file
     * ({@code analytics.js}, {@code matomo.js}) on any host. Other links are the page's own.
     */
    String hint(Element link) {
        String rel = null;
        for (String r : link.attr("rel").toLowerCase(Locale.ROOT).split("[ \\t\\n\\r\\f]+")) {
            if (HINT_RELS.contains(r)) {
                rel = r;
                break;
            }
        }
        String href = link.attr("href");
        if (rel == null || href.isBlank()) {
            return null;
        }
        UrlParts url = UrlParts.parse(href);
        String host = hosts.match(url.host());
        if (host != null) {
            return rel + " to tracker host " + host;
        }
        String as = link.attr("as").trim().toLowerCase(Locale.ROOT);
        boolean script = rel.equals("modulepreload") || as.equals("script") || rel.equals("prefetch") && as.isEmpty();
        String last = url.lastSegment();
        return script && TRACKER_SCRIPT_FILES.contains(last) ? rel + " of tracker script " + last : null;
    }

    // ---------------------------------------------------------------- scripts

    /** Why a {@code <script>} is an analytics or tag-manager script, or null. */
    String script(Element script) {
        String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
        if (!isJavaScript(type)) {
            return null;
        }
        String src = script.attr("src");
        if (!src.isBlank()) {
            UrlParts url = UrlParts.parse(src);
            String host = hosts.match(url.host());
            if (host != null) {
                return "tracker host " + host;
            }
            String last = url.lastSegment();
            if (TRACKER_SCRIPT_FILES.contains(last)) {
                return "tracker script " + last;
            }
        }
        String code = script.data();
        if (code.isBlank()) {
            return null;
        }
        for (Signature s : SCRIPT_SIGNATURES) {
            if (s.pattern.matcher(code).find()) {
                return "calls " + s.name;
            }
        }
        String host = hosts.mentionedIn(code);
        if (host != null) {
            return "loads from " + host;
        }
        if (code.indexOf('+') >= 0) {
            host = hosts.mentionedIn(LITERAL_JOIN.matcher(code).replaceAll(""));
            if (host != null) {
                return "builds a URL on " + host;
            }
        }
        return null;
    }

    private static boolean isJavaScript(String type) {
        return type.isEmpty() || type.equals("module") || type.contains("javascript") || type.contains("ecmascript")
                || type.equals("text/jscript") || type.equals("text/livescript");
    }

    // ---------------------------------------------------------------- noscript

    /**
     * A {@code <noscript>} holding tracker images or iframes and nothing else a reader could see
     * (white space, comments, wrappers around them). Returns the first tracker's src, or null.
     */
    String noscriptBeacon(Element noscript) {
        String first = null;
        for (Node n : noscript.nodeStream().toList()) {
            if (n == noscript || n instanceof Comment) {
                continue;
            }
            if (n instanceof TextNode t) {
                if (!Markup.isBlank(t.getWholeText())) {
                    return null;
                }
                continue;
            }
            if (n instanceof Element e) {
                if (e.nameIs("img") || e.nameIs("iframe")) {
                    if (pixel(e) == null) {
                        return null;
                    }
                    if (first == null) {
                        first = e.attr("src");
                    }
                } else if (!Markup.isPlainWrapper(e.normalName()) && !e.nameIs("a")) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return first;
    }

    private record Signature(String name, Pattern pattern) {
        Signature(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
