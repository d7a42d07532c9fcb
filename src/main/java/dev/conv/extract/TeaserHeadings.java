package dev.conv.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Headings inside the kept article that link to another page and head little text: the title of
 * a teaser ("Read next", a related story set between paragraphs), not a heading of this page. The page's own
 * title, often linked to itself as a permalink, is known by the page's {@code <title>} or
 * {@code og:title} holding its text, and stays.
 */
final class TeaserHeadings {
    /** Headings below the title. */
    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    /** A link. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** The page's title for social sites. */
    private static final Evaluator SOCIAL_TITLE = QueryParser.parse(
            "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
    /**
     * Text under a linked heading from which it heads a section of this page (a weekly edition's
     * articles, each headed by a link to its own page), not a teaser's line or two.
     */
    private static final int SECTION = 400;

    private TeaserHeadings() {
    }

    /** The kept {@code h2}–{@code h6} that are one link to elsewhere and not the page's title. */
    static List<Element> find(Element body, Set<Element> kept, Map<Element, String> boilerplate, TextStats stats) {
        String titles = titles(body.ownerDocument());
        Set<Element> seen = MainContent.identitySet();
        List<Element> found = new ArrayList<>();
        for (Element el : kept) {
            for (Element h : el.select(SUBHEADING)) {
                if (seen.add(h) && !boilerplate.containsKey(h) && teaser(h, stats, titles)) {
                    found.add(h);
                }
            }
        }
        return found;
    }

    private static boolean teaser(Element h, TextStats stats, String titles) {
        TextStats.Counts c = stats.get(h);
        if (c.chars == 0) {
            return false;
        }
        Element link = null;
        if (c.linkDensity() >= 0.9) {
            link = h.selectFirst(LINK);
        }
        for (Element p = h.parent(); link == null && p != null; p = p.parent()) {
            if (p.nameIs("a") && p.hasAttr("href")) {
                link = p;
            }
        }
        if (link == null || link.attr("href").startsWith("#") || link.attr("href").isBlank()) {
            return false;
        }
        String text = norm(h.text());
        return !text.isEmpty() && !titles.contains(text) && textUnder(h, stats) < SECTION;
    }

    /**
     * Characters of what follows {@code h} beside it, up to the next heading of its level or
     * higher: its section, subsections and loose text included.
     */
    private static int textUnder(Element h, TextStats stats) {
        int level = h.normalName().charAt(1);
        int chars = 0;
        for (Node n = h.nextSibling(); n != null && chars < SECTION; n = n.nextSibling()) {
            if (n instanceof Element e) {
                if (Signals.isHeading(e) && e.normalName().charAt(1) <= level) {
                    break;
                }
                chars += stats.chars(e);
            } else if (n instanceof TextNode t) {
                chars += t.text().strip().length();
            }
        }
        return chars;
    }

    /** The page's titles, normalised: {@code <title>} and {@code og:title}, or "" outside a document. */
    private static String titles(Document doc) {
        if (doc == null) {
            return "";
        }
        Element og = doc.selectFirst(SOCIAL_TITLE);
        return norm(doc.title()) + "\n" + (og == null ? "" : norm(og.attr("content")));
    }

    private static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
