package dev.conv.html;

import dev.conv.html.HtmlVocabulary.InlineStyle;
import dev.conv.url.TrackerHosts;
import dev.conv.url.UrlParts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which {@code <img>} and {@code <iframe>} elements are tracking pixels: tiny or hidden images,
 * anything from a tracker host, beacon paths, counters pointing at the page itself. One
 * judgement for every step: {@code clean} removes what it finds, html2md leaves it out.
 * Immutable and thread-safe; build it once per run and derive a per-page copy with
 * {@link #forPage}, which shares the host list.
 */
public final class TrackingPixels {
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

    private static final Pattern NUMBER = Pattern.compile("^\\+?(\\d*\\.?\\d+)\\s*([a-z%]*)$");

    private final TrackerHosts hosts;
    private final List<String> pagePathSegments;
    private final UrlParts pageUrl;

    /** The judgement with no page known: a counter is recognized only by pointing at a document. */
    public TrackingPixels(TrackerHosts hosts) {
        this(hosts, List.of(), null);
    }

    private TrackingPixels(TrackerHosts hosts, List<String> pagePathSegments, UrlParts pageUrl) {
        this.hosts = java.util.Objects.requireNonNull(hosts, "hosts");
        this.pagePathSegments = pagePathSegments;
        this.pageUrl = pageUrl;
    }

    /**
     * The same judgement for one page: an image pointing at {@code pagePath} (as given or from the
     * root; null when unknown) or at {@code pageUrl} (its public URL; null when unknown) is a
     * counter.
     */
    public TrackingPixels forPage(String pagePath, String pageUrl) {
        return new TrackingPixels(hosts, pagePath == null ? List.of() : pathSegments(pagePath),
                pageUrl == null ? null : UrlParts.parse(pageUrl));
    }

    public TrackerHosts hosts() {
        return hosts;
    }

    /** Why an {@code <img>} or {@code <iframe>} is a tracker, or null. */
    public String reason(Element el) {
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
    private static String tinySize(Element el) {
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
    private static String beaconPath(UrlParts url) {
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
    private String selfCounter(UrlParts url) {
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
}
