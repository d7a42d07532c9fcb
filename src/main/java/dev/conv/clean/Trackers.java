package dev.conv.clean;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.HtmlVocabulary.InlineStyle;
import dev.conv.url.TrackerHosts;
import dev.conv.url.UrlParts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The tracking rules: pixels ({@code <img>} and {@code <iframe>}), analytics scripts,
 * {@code <noscript>} beacons and {@code <link>} hints that ready a tracker. Each test returns the
 * reason it matched, or null.
 */
final class Trackers {
    /** Last path segment (extension dropped) that names a beacon whatever its extension. */
    private static final Set<String> BEACON_STEMS = Set.of(
            "1x1", "pixel1x1", "trackingpixel", "tracking-pixel", "tracking_pixel", "beacon", "__utm", "mhstats",
            "piwik", "matomo");
    /** Stems that name a beacon as a GIF or an endpoint, but could be an icon's name as a PNG ("open.png"). */
    private static final Set<String> ENDPOINT_STEMS = Set.of(
            "pixel", "open", "track", "tracking", "tracker", "tr", "collect", "impression", "ping", "hit");
    /** Extensions of an endpoint: none, or server scripts; plus gif, the pixel format. */
    private static final Set<String> ENDPOINT_EXTENSIONS = Set.of(
            "", "gif", "php", "asp", "aspx", "jsp", "cgi", "pl");
    /** Query parameters that identify a reader or a message: {@code .gif?uid=...} is a beacon. */
    private static final Set<String> ID_PARAMS = Set.of(
            "id", "guid", "uuid", "userid", "user", "visitor", "visitorid", "session", "sessionid", "clientid",
            "trackingid", "campaign", "campaignid", "subscriber", "subscriberid", "recipient", "recipientid",
            "emailid", "mailid", "messageid", "email", "utmac", "utmn", "utmwv", "ev", "event");
    private static final Pattern SHORT_ID = Pattern.compile("[a-z]id|.*_id|.*-id");
    /** A document, not an image: an {@code <img>} pointing here is a counter hitting a page. */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of(
            "md", "markdown", "html", "htm", "xhtml", "shtml");
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

    private static final Pattern NUMBER = Pattern.compile("^\\+?(\\d*\\.?\\d+)\\s*([a-z%]*)$");

    private final TrackerHosts hosts;
    private final List<String> pagePathSegments;
    private final UrlParts pageUrl;

    Trackers(TrackerHosts hosts, String pagePath, String pageUrl) {
        this.hosts = hosts;
        this.pagePathSegments = pagePath == null ? List.of() : pathSegments(pagePath);
        this.pageUrl = pageUrl == null ? null : UrlParts.parse(pageUrl);
    }

    // ---------------------------------------------------------------- pixels

    /** Why an {@code <img>} or {@code <iframe>} is a tracker, or null. */
    String pixel(Element el) {
        String size = tinySize(el);
        if (size != null) {
            return size;
        }
        if (HtmlVocabulary.isHidden(el)) {
            return "hidden";
        }
        String src = el.attr("src");
        if (src.isBlank()) {
            return null;
        }
        UrlParts url = UrlParts.parse(src);
        if (url.scheme().equals("data")) {
            return null;
        }
        String host = hosts.match(url.host());
        if (host != null) {
            return "tracker host " + host;
        }
        if (!el.nameIs("img")) {
            return null; // an iframe's path says nothing: players embed /track/..., forms /open
        }
        String beacon = beaconPath(url);
        return beacon != null ? beacon : selfCounter(url);
    }

    /**
     * "width W, height H" when every size the element states is 1 or less (0 in any unit, or up to 1px/1pt),
     * CSS winning over attributes. An image with one tiny side and another side above 1 is a
     * spacer that carries layout; one with no size at all is an ordinary image.
     */
    static String tinySize(Element el) {
        String style = el.attr("style");
        String w = dimension(el, style, "width");
        String h = dimension(el, style, "height");
        Double wv = parseLength(w);
        Double hv = parseLength(h);
        if (wv == null && hv == null) {
            return null;
        }
        if ((wv == null || wv <= 1) && (hv == null || hv <= 1)) {
            return w == null ? "height " + h : h == null ? "width " + w : "width " + w + ", height " + h;
        }
        return null;
    }

    /** The CSS value if the inline style sets it ("auto" and "50vw" count: not tiny), else the attribute. */
    private static String dimension(Element el, String style, String name) {
        if (!style.isEmpty()) {
            String css = InlineStyle.property(style, name);
            if (css != null && !css.isEmpty()) {
                return css;
            }
        }
        String attr = el.attr(name).trim().toLowerCase(Locale.ROOT);
        return attr.isEmpty() ? null : attr;
    }

    /**
     * The size in "tiny units": 0 for any zero, the number for unitless, px and pt lengths,
     * and a big number for any other length (1em or 1% are not pixels). Null when unparseable.
     */
    static Double parseLength(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return value.isBlank() ? null : Double.MAX_VALUE;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (n == 0) {
            return 0.0;
        }
        return unit.isEmpty() || unit.equals("px") || unit.equals("pt") ? n : Double.MAX_VALUE;
    }

    /** A path whose last segment is a beacon endpoint, or a {@code .gif} carrying reader ids. */
    static String beaconPath(UrlParts url) {
        String last = url.lastSegment();
        if (last.isEmpty()) {
            return null;
        }
        int dot = last.lastIndexOf('.');
        String stem = dot < 0 ? last : last.substring(0, dot);
        String ext = dot < 0 ? "" : last.substring(dot + 1);
        if (BEACON_STEMS.contains(stem) || ENDPOINT_STEMS.contains(stem) && ENDPOINT_EXTENSIONS.contains(ext)) {
            return "beacon path /" + last;
        }
        if (ext.equals("gif")) {
            for (String name : url.queryNames()) {
                if (ID_PARAMS.contains(name) || SHORT_ID.matcher(name).matches() || name.startsWith("utm")) {
                    return "beacon " + last + "?" + name + "=";
                }
            }
        }
        return null;
    }

    /**
     * An image whose src is a document ({@code .md}, {@code .html}...), which no browser can show,
     * or the page's own path or URL: a hit counter. {@code a.md.png} is an image (the QR code).
     */
    String selfCounter(UrlParts url) {
        List<String> segments = url.segments();
        if (segments.isEmpty()) {
            return null;
        }
        String last = segments.get(segments.size() - 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0 && DOCUMENT_EXTENSIONS.contains(last.substring(dot + 1))) {
            return "counter: src is a document";
        }
        if (!pagePathSegments.isEmpty() && endsWithPagePath(segments)) {
            return "counter: src is the page itself";
        }
        if (pageUrl != null && !pageUrl.host().isEmpty() && pageUrl.host().equals(url.host())
                && pathSegments(pageUrl.path()).equals(segments)) {
            return "counter: src is the page URL";
        }
        return null;
    }

    /**
     * The src ends with the page's file name and the folder holding it (the whole path if it has
     * one segment); the file name may lack its extension ({@code .../p1/a1} for {@code p1/a1.md}).
     */
    private boolean endsWithPagePath(List<String> segments) {
        int n = Math.min(2, pagePathSegments.size());
        if (segments.size() < n) {
            return false;
        }
        List<String> tail = segments.subList(segments.size() - n, segments.size());
        List<String> page = pagePathSegments.subList(pagePathSegments.size() - n, pagePathSegments.size());
        if (tail.subList(0, n - 1).equals(page.subList(0, n - 1))) {
            String file = page.get(n - 1);
            String last = tail.get(n - 1);
            int dot = file.lastIndexOf('.');
            return last.equals(file) || dot > 0 && last.indexOf('.') < 0 && last.equals(file.substring(0, dot));
        }
        return false;
    }

    private static List<String> pathSegments(String path) {
        return UrlParts.parse(path.replace('\\', '/').startsWith("/") || path.contains("://")
                ? path : "/" + path).segments().stream()
                .filter(s -> !s.equals(".") && !s.equals(".."))
                .toList();
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
