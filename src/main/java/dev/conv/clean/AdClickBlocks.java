package dev.conv.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Blocks of ad click links: "Ads by Google" over a list of {@code googleads.g.doubleclick.net/aclk}
 * links, "Sponsored links", "广告". Their heading is the ad network's label, not a title, and they
 * may carry no ad class at all.
 */
final class AdClickBlocks {
    /** What ad networks and sites print above ads, lower-case, without surrounding punctuation. */
    private static final Set<String> LABELS = Set.of(
            "ads by google", "ads", "ad", "advertisement", "advertisements", "advertising", "sponsored",
            "sponsored links", "sponsored link", "sponsored ads", "sponsored results", "paid links",
            "anzeige", "anzeigen", "werbung", "publicité", "publicidad", "pubblicità", "advertentie",
            "advertenties", "reclame", "реклама", "广告", "廣告", "推广", "推廣", "赞助商链接", "贊助商連結", "広告",
            "スポンサーリンク", "광고");
    /** Longer than every label: stop reading a candidate's text here. */
    private static final int LABEL_MAX = 40;
    /** Characters, white space included, read from a candidate label before giving up. */
    private static final int RAW_MAX = 1024;
    /** Nodes visited in a candidate label before giving up: a label is a few tags deep at most. */
    private static final int NODES_MAX = 64;
    /** Table structure between a table and its first cell. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "thead", "tr");

    private final AdClicks clicks;

    AdClickBlocks(AdClicks clicks) {
        this.clicks = clicks;
    }

    /**
     * The number of ad click links in {@code el} when every link there is one, 0 otherwise. A link
     * that reads as an ad label ("Ads by Google" to the network's disclosure page) is part of the
     * label, not a link to judge.
     */
    int adClicksOnly(Element el) {
        int n = 0;
        for (Element a : el.select("a[href]")) {
            if (isAdClick(a)) {
                n++;
            } else if (label(a.text()) == null) {
                return 0;
            }
        }
        return n;
    }

    boolean isAdClick(Element link) {
        return clicks.isAdClick(link.attr("href"));
    }

    /**
     * The ad label that opens {@code el}: its first text, or the whole text of its first child
     * (through table rows), reads "Ads by Google", "Sponsored links"... Null otherwise. Only the
     * opening counts, so a page wrapper around such a block is not taken for it.
     */
    String openingLabel(Element el) {
        Node node = el;
        while (true) {
            Node first = firstNonBlank(node);
            if (first instanceof TextNode t) {
                return label(t.text());
            }
            if (!(first instanceof Element c)) {
                return null;
            }
            String text = shortText(c);
            String label = text == null ? null : label(text);
            if (label != null) {
                return label;
            }
            if (!TABLE_PARTS.contains(c.normalName()) || !TABLE_PARTS.contains(((Element) node).normalName())) {
                return null;
            }
            node = c;
        }
    }

    /** {@code text} as an ad label ("Ads by Google"), trimmed of punctuation, or null. */
    static String label(String text) {
        String t = text.strip();
        int from = 0;
        int to = t.length();
        while (from < to && !Character.isLetterOrDigit(t.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(t.charAt(to - 1))) {
            to--;
        }
        t = t.substring(from, to);
        return t.length() <= LABEL_MAX && LABELS.contains(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                ? t : null;
    }

    private static Node firstNonBlank(Node parent) {
        for (Node n : parent.childNodes()) {
            if (n instanceof Comment || n instanceof TextNode t && Markup.isBlank(t.getWholeText())) {
                continue;
            }
            return n;
        }
        return null;
    }

    /**
     * The element's text, white space collapsed, or null once it is longer than any label (or
     * padded with more white space, or wrapped in more tags, than markup puts around one): read at
     * most {@value #RAW_MAX} characters and {@value #NODES_MAX} nodes, so that each element's
     * first child is cheap to judge.
     */
    private static String shortText(Element el) {
        ShortText reader = new ShortText();
        NodeTraversor.filter(reader, el);
        return reader.tooLong ? null : reader.text.toString().strip();
    }

    /** Collects text with white space collapsed, and stops at the first sign of more than a label. */
    private static final class ShortText implements NodeFilter {
        final StringBuilder text = new StringBuilder();
        boolean tooLong;
        private int chars;
        private int nodes;

        @Override
        public FilterResult head(Node node, int depth) {
            if (++nodes > NODES_MAX) {
                return stop();
            }
            if (!(node instanceof TextNode t)) {
                return FilterResult.CONTINUE;
            }
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                if (++chars > RAW_MAX) {
                    return stop();
                }
                char c = s.charAt(i);
                if (!Character.isWhitespace(c)) {
                    text.append(c);
                } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
            return text.length() > LABEL_MAX + 1 ? stop() : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }

        private FilterResult stop() {
            tooLong = true;
            return FilterResult.STOP;
        }
    }
}
