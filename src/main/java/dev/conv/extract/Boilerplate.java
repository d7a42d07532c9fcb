package dev.conv.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the parts of a page that are never the article, before any scoring: navigation, site
 * header and footer, sidebars, share bars, comments, related lists, cookie and newsletter boxes,
 * small forms, link lists. Only whole blocks are marked, never a part of a paragraph, heading,
 * table cell or code block, so what is left converts to lines the whole page has too.
 */
final class Boilerplate {
    /** Things that show without text. */
    private static final Evaluator MEDIA = QueryParser.parse("img, iframe, video, picture");
    /** What may guard a block from being boilerplate. */
    private static final Evaluator GUARD_CANDIDATES = QueryParser.parse("h1, main, [role=main], [itemprop]");
    /** A heading that links to another page. */
    private static final Evaluator LINKED_HEADING = QueryParser.parse(
            "h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3");
    /** A block judged boilerplate, and why. */
    record Part(Element element, String reason) {
    }

    /** Forms below this (weighted characters) are search, login or newsletter boxes. */
    private static final int SMALL_FORM = 400;

    private final boolean classWords;

    /** @param classWords whether class and id words count (off for the second, gentler try) */
    /**
     * The sole {@code article} element each element holds ({@link #soleArticles}): found on the
     * first named box long enough to be asked about, once per {@link #find}; most pages ask never.
     */
    private Map<Element, Element> soleArticle;

    Boilerplate(boolean classWords) {
        this.classWords = classWords;
    }

    /** The boilerplate blocks of {@code body}, outermost only, in page order. */
    List<Part> find(Element body, TextStats stats) {
        Set<Element> kept = guarded(body);
        soleArticle = null;
        List<Part> parts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            /** How many article, main or articleBody elements hold the current node. */
            private int inArticle;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                if (atom(el)) {
                    if (el.parent() != null && el.parent().nameIs("li")) {
                        return FilterResult.SKIP_ENTIRELY; // an item's only paragraph: dropping it leaves an empty bullet
                    }
                    if ((el.nameIs("p") || el.nameIs("blockquote")) && linkParagraph(stats.get(el))
                            && !LinkParagraphs.articleText(el)) {
                        parts.add(new Part(el, "link paragraph"));
                    } else if ((el.nameIs("p") || el.nameIs("figcaption")) && Credits.isCreditOrDate(el, stats)) {
                        parts.add(new Part(el, "credit or date line"));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!kept.contains(el)) {
                    String reason = reason(el, body, stats, inArticle > 0);
                    if (reason != null) {
                        parts.add(new Part(el, reason));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (articleLike(el)) {
                    inArticle++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el != body && articleLike(el)) {
                    inArticle--;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return withTheirHeadings(parts, stats);
    }

    /** Whether every child of {@code el} is a dropped element or white space. */
    private static boolean onlyDropped(Element el, Set<Element> dropped) {
        for (Node child : el.childNodes()) {
            if (child instanceof Element c ? !dropped.contains(c) : child instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paragraph that is mostly one short link: "Read more: ...", "Lea también: ...", as
     * trafilatura's link density test drops them; a quote that is one link is an embedded teaser.
     */
    private static boolean linkParagraph(TextStats.Counts c) {
        return c.chars > 0 && c.chars < 300 && c.linkDensity() > 0.7;
    }

    /**
     * The headings of dropped blocks ("More on this topic" above a dropped list): a heading all of
     * whose following siblings, up to the next heading, were dropped goes with them.
     */
    private static List<Part> withTheirHeadings(List<Part> parts, TextStats stats) {
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        parts.forEach(p -> dropped.add(p.element()));
        List<Part> out = new ArrayList<>(parts);
        for (Part p : parts) {
            // a list item, or a list, left with nothing but dropped blocks goes whole: no empty bullets
            for (Element at = p.element(), up = at.parent(); up != null && (up.nameIs("li") || up.nameIs("ul")
                    || up.nameIs("ol")) && !dropped.contains(up) && onlyDropped(up, dropped); at = up, up = up.parent()) {
                dropped.add(up);
                out.add(new Part(up, p.reason()));
            }
        }
        for (Part p : parts) {
            Element prev = previousNonEmpty(p.element(), stats);
            if (prev == null || dropped.contains(prev)) {
                continue;
            }
            if (Labels.isLabel(prev, stats)) {
                // a bold label heads the one block under it: "Also worth a read:" above a list of links
                dropped.add(prev);
                out.add(new Part(prev, "label of a dropped block"));
                continue;
            }
            if (!Signals.isHeading(prev) || prev.nameIs("h1")) {
                continue;
            }
            boolean all = true;
            for (Element n = prev.nextElementSibling(); n != null && !Signals.isHeading(n); n = n.nextElementSibling()) {
                all &= dropped.contains(n) || empty(n, stats);
            }
            if (all) {
                dropped.add(prev);
                out.add(new Part(prev, "heading of a dropped block"));
            }
        }
        return out;
    }

    /** The sibling before {@code el}, passing over empty paragraphs and rules. */
    private static Element previousNonEmpty(Element el, TextStats stats) {
        Element prev = el.previousElementSibling();
        while (prev != null && empty(prev, stats)) {
            prev = prev.previousElementSibling();
        }
        return prev;
    }

    /** No text and nothing that shows: an empty paragraph, a rule, a line break, a script. */
    private static boolean empty(Element el, TextStats stats) {
        return stats.chars(el) == 0 && stats.get(el).rich == 0 && el.selectFirst(MEDIA) == null;
    }

    /**
     * Blocks whose inside is never cut: a paragraph, heading, code block, link or table cell is
     * one line or one block of Markdown, kept or dropped whole.
     */
    static boolean atom(Element el) {
        return switch (el.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "a", "td", "th", "dt", "dd", "figcaption",
                 "blockquote", "math", "svg", "picture", "video", "audio" -> true;
            default -> false;
        };
    }

    /**
     * The page's heading, {@code main} and schema.org articleBody, and every element holding one:
     * never boilerplate, whatever their class words say.
     */
    private static Set<Element> guarded(Element body) {
        Set<Element> guarded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : body.select(GUARD_CANDIDATES)) {
            if (!el.nameIs("h1") && !Signals.isMain(el) && !Signals.articleBody(el)) {
                continue;
            }
            for (Element p = el; p != null && p != body && guarded.add(p); p = p.parent()) {
                // marks up to the first element already marked: each element once, linear
            }
        }
        return guarded;
    }

    private String reason(Element el, Element body, TextStats stats, boolean inArticle) {
        String role = Signals.boilerplateRole(el);
        if (role != null) {
            if (role.equals("form control")) {
                return loneControl(el) ? role : null;
            }
            return role;
        }
        TextStats.Counts c = stats.get(el);
        if (el.nameIs("header") && !inArticle && (c.linkDensity() > 0.3 || c.chars < 100)) {
            return "site header";
        }
        if (metaLineBox(el) && Credits.isCreditOrDate(el, stats)) {
            return "credit or date line";
        }
        if (el.nameIs("form") && c.chars < SMALL_FORM) {
            return "form";
        }
        if (classWords && !Signals.articleBody(el) && c.chars * 2 < stats.chars(body)) {
            String[] words = Signals.words(el);
            if (words.length > 0 && Signals.boilerplateWords(words) && !Signals.contentWords(words)
                    && !(lead(el, c) && !Signals.boilerplateWords(Signals.withoutLeadWords(words)))
                    && !holdsOneArticle(el, body, c, stats)) {
                return "class/id " + String.join(" ", words);
            }
        }
        if (linkList(el, c)) {
            return "link density " + Math.round(c.linkDensity() * 100) + "%";
        }
        return null;
    }

    /** An {@code article} element. */
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    /** Marks an element holding several {@code article} elements in {@link #soleArticles}. */
    private static final Element SEVERAL = new Element("article");
    /** Characters from which an {@code article} element inside a named box is the page's article. */
    private static final int ARTICLE_INSIDE = 1000;

    /**
     * Whether the box holds one {@code article} element, and it holds most of the box's text: the
     * page's article inside a wrapper whose class names the layout around it
     * ({@code article-aside-bottom}), not a box of teasers (several articles) or a sidebar.
     */
    private boolean holdsOneArticle(Element el, Element body, TextStats.Counts c, TextStats stats) {
        if (c.chars < ARTICLE_INSIDE) {
            return false;
        }
        if (soleArticle == null) {
            soleArticle = soleArticles(body);
        }
        Element article = soleArticle.get(el);
        if (article == null || article == SEVERAL) {
            return false;
        }
        TextStats.Counts a = stats.get(article);
        return a.chars >= ARTICLE_INSIDE && a.chars * 10 >= c.chars * 6 && a.linkDensity() < 0.3;
    }

    /**
     * For each element holding {@code article} elements (itself included): the one it holds, or
     * {@link #SEVERAL}. Each walk up from an article stops where several are already known, and
     * each element changes at most twice: linear, however deep articles nest.
     */
    private static Map<Element, Element> soleArticles(Element body) {
        Map<Element, Element> sole = new IdentityHashMap<>();
        for (Element article : body.select(ARTICLE)) {
            for (Element p = article; p != null && p != body; p = p.parent()) {
                Element known = sole.get(p);
                if (known == SEVERAL) {
                    break;
                }
                sole.put(p, known == null ? article : SEVERAL);
            }
        }
        return sole;
    }

    /**
     * A block that reads as an article's lead: prose with few links and no linked heading. A
     * "teaser" of another page is a linked heading or a link; the article's own teaser is text.
     */
    static boolean lead(Element el, TextStats.Counts c) {
        return c.chars >= 80 && c.linkDensity() < 0.2 && c.commas + c.stops > 0
                && el.selectFirst(LINKED_HEADING) == null;
    }

    /** A list or box of links: menus, tag clouds, "more stories". Tables are data: kept. */
    private static boolean linkList(Element el, TextStats.Counts c) {
        if (c.chars == 0) {
            return false;
        }
        return switch (el.normalName()) {
            case "ul", "ol", "dl" -> c.linkDensity() > 0.6;
            case "div", "section" -> c.linkDensity() > 0.75 && c.chars < 3000 && c.rich == 0;
            default -> false;
        };
    }

    /** A box a credit, date or other meta line stands in: a block of its own, or a span, time or small of its own. */
    private static boolean metaLineBox(Element el) {
        return switch (el.normalName()) {
            case "div", "span", "time", "small", "center" -> true;
            default -> false;
        };
    }

    /** A button or field alone in its box: dropping it cuts no line of text in two. */
    private static boolean loneControl(Element el) {
        Element parent = el.parent();
        if (parent == null) {
            return false;
        }
        for (Node sibling : parent.childNodes()) {
            if (sibling instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean articleLike(Element el) {
        return el.nameIs("article") || Signals.isMain(el) || Signals.articleBody(el);
    }

    static Map<Element, String> byElement(List<Part> parts) {
        Map<Element, String> map = new IdentityHashMap<>();
        parts.forEach(p -> map.put(p.element(), p.reason()));
        return map;
    }
}
