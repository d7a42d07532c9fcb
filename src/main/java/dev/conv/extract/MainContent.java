package dev.conv.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides which blocks of a page's body are the article: boilerplate found first
 * ({@link Boilerplate}), then the best-scoring block ({@link ContentScores}) widened to what
 * belongs with it (its siblings of like score, its title and lead image), else the whole body.
 * Nothing is changed here: {@link Selection} says what to keep, the caller cuts.
 */
final class MainContent {
    /** Schema.org microdata. */
    private static final Evaluator ITEMPROP = QueryParser.parse("[itemprop]");
    /** A header's title and standfirst. */
    private static final Evaluator TITLE_AND_STANDFIRST = QueryParser.parse("h1, h2, p");
    /** The page's title. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    /** A standfirst under the title. */
    private static final Evaluator STANDFIRST = QueryParser.parse("h2, p");
    /** An image. */
    private static final Evaluator IMAGE = QueryParser.parse("img, picture");
    /** A block of text, not a caption. */
    private static final Evaluator TEXT_BLOCK = QueryParser.parse("h1, h2, h3, h4, table, pre, p");
    /** A paragraph. */
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    /** A link to another page (not an anchor in this one). */
    private static final Evaluator LINK_ELSEWHERE = QueryParser.parse("a[href]:not([href^=\"#\"])");
    /** Below this (weighted characters), the best block is no article. */
    private static final int MIN_ARTICLE = 140;
    /** A first try that keeps less than this is tried again without class words. */
    private static final int RETRY_BELOW = 500;
    /** A result shorter than this is compared with the body without its boilerplate. */
    private static final int BASELINE_BELOW = 1000;
    /** How many times longer the body without its boilerplate must be to win over a short result. */
    private static final int BASELINE_FACTOR = 3;
    /** How {@link Boilerplate} names a block it judged by its class and id words. */
    private static final String CLASS_WORDS = "class/id ";
    /** Linked headings from which a page may be an index of teasers. */
    private static final int TEASERS = 4;
    /** Text per linked heading below which a block of them is a list of teasers, not sections. */
    private static final int TEASER_TEXT = 250;
    /** Characters from which a best block of three paragraphs is an article, teasers around it or not. */
    private static final int ARTICLE_BESIDE_TEASERS = 1000;

    /** What to keep: the blocks, the boilerplate found (with reasons), or the whole body and why. */
    record Selection(Set<Element> kept, Map<Element, String> boilerplate, String wholePage, int keptChars,
                     TextStats page) {
        static Selection whole(String why) {
            return new Selection(Set.of(), Map.of(), why, 0, null);
        }

        boolean whole() {
            return wholePage != null;
        }
    }

    private MainContent() {
    }

    static Selection select(Element body) {
        TextStats all = TextStats.of(body);
        if (all.chars(body) == 0) {
            return Selection.whole("no text");
        }
        Selection first = select(body, all, true, Map.of());
        Selection best = first;
        if (first.whole() || first.keptChars() < RETRY_BELOW) {
            // Readability's second try: class words misled the first (a theme calling every box a
            // widget), so judge by element names, roles and text alone; but a box the class words
            // name (comments, related posts) that does not hold the article chosen is still no part of it.
            Map<Element, String> named = first.whole() ? Map.of() : namedBoxes(first.boilerplate());
            Selection gentler = select(body, all, false, named);
            if (!gentler.whole() && (first.whole() || gentler.keptChars() > first.keptChars())) {
                best = gentler;
            }
        }
        if (best.whole() || best.keptChars() >= BASELINE_BELOW) {
            return best;
        }
        // trafilatura's comparison with a baseline: a short result beside a page that holds far
        // more text outside its boilerplate (a recipe's or product's parts in lists and tables,
        // none of them the best block) chose too narrow; the body without its boilerplate wins.
        Selection broad = select(body, all, true, Map.of(), true);
        if (!broad.whole() && broad.keptChars() > best.keptChars() * BASELINE_FACTOR) {
            return broad;
        }
        return best;
    }

    private static Selection select(Element body, TextStats all, boolean classWords, Map<Element, String> named) {
        return select(body, all, classWords, named, false);
    }

    /** One try; {@code wholeBody}: the article is the body, only its boilerplate goes. */
    private static Selection select(Element body, TextStats all, boolean classWords, Map<Element, String> named,
                                    boolean wholeBody) {
        Map<Element, String> boilerplate = Boilerplate.byElement(new Boilerplate(classWords).find(body, all));
        Set<Element> left = boilerplate.keySet();
        TextStats stats = TextStats.of(body, left);
        int bodyChars = stats.chars(body);
        ContentScores scores = ContentScores.of(body, left, stats);
        List<Element> best = scores.best(5, body);
        if (best.isEmpty()) {
            return Selection.whole("no paragraph of text");
        }
        // A best block too short to be an article gives way to the best one that is long enough.
        while (best.size() > 1 && stats.chars(best.get(0)) < MIN_ARTICLE) {
            best = best.subList(1, best.size());
        }
        // A best block in a collapsed panel (an accordion's closed drawer) gives way to one the reader sees,
        // unless the drawer holds most of the page's text (a page of questions and answers).
        while (best.size() > 1 && inCollapsedPanel(best.get(0), body) && stats.chars(best.get(0)) * 2 < bodyChars) {
            best = best.subList(1, best.size());
        }
        Element top = wholeBody ? body : widen(best, scores, body);
        if (stats.chars(top) < MIN_ARTICLE) {
            return Selection.whole("no clear article (" + stats.chars(top) + " characters at best)");
        }
        int teasers = linkedHeadings(body, left);
        int inTop = linkedHeadings(top, left);
        if (teasers >= TEASERS && !ContentScores.articleSignal(top) && !inArticleElement(top, body) && (inTop * 2 < teasers
                && stats.chars(top) * 2 < bodyChars && !articleBesideTeasers(top, stats)
                || inTop >= TEASERS && stats.chars(top) < inTop * TEASER_TEXT)) {
            // the block chosen holds rows of teasers and, in a runner-up, a story of its own: that is the article
            Element article = inTop >= TEASERS ? articleAmongTeasers(top, best, stats, left) : null;
            if (article == null) {
                return Selection.whole("index page (" + teasers + " linked headings)");
            }
            top = article;
        }
        if (!named.isEmpty()) {
            boolean added = false;
            Set<Element> aroundTop = ancestorsOf(Set.of(top));
            for (Map.Entry<Element, String> e : named.entrySet()) {
                Element el = e.getKey();
                if (el != top && !aroundTop.contains(el) && !boilerplate.containsKey(el)) {
                    boilerplate.put(el, e.getValue());
                    added = true;
                }
            }
            if (added) {
                stats = TextStats.of(body, left);
            }
        }
        Set<Element> kept = identitySet();
        kept.add(top);
        if (top != body) {
            gatherSiblings(top, scores, stats, kept, left);
            addLikeBlocks(top, body, scores, kept, left);
            addArticleBodies(top, body, stats, kept, left);
            addLead(top, body, stats, kept, left);
            widenToProse(top, body, stats, kept, left);
        }
        for (Element orphan : OrphanHeadings.find(body, kept, boilerplate, stats)) {
            kept.remove(orphan);
            boilerplate.put(orphan, "heading with nothing under it");
        }
        for (Element teaser : TeaserHeadings.find(body, kept, boilerplate, stats)) {
            kept.remove(teaser);
            boilerplate.put(teaser, "linked heading of another page");
        }
        for (Element trailing : TrailingHeadings.find(body, kept, boilerplate, stats)) {
            kept.remove(trailing);
            boilerplate.put(trailing, "heading after the article's last paragraph");
        }
        Element note = ClosingNotes.find(body, kept, boilerplate, stats);
        if (note != null) {
            kept.remove(note);
            boilerplate.put(note, "emphasised note with a link under the article");
        }
        // What the passes left may be nothing html2md writes (a top block dropped as a teaser): then the whole page.
        if (WholeLines.settle(body, kept, boilerplate, all) == 0) {
            return Selection.whole("no text left once the article's headings were judged");
        }
        int keptChars = 0;
        for (Element el : kept) {
            keptChars += stats.chars(el);
        }
        return new Selection(kept, boilerplate, null, keptChars, all);
    }

    /**
     * The blocks the first try dropped for their class and id words, but for those whose telling
     * word another such block shares: a theme that names every section of its articles
     * {@code section--ads} or {@code printable} misled the first try, a box named {@code comments}
     * or {@code related-posts} did not.
     */
    private static Map<Element, String> namedBoxes(Map<Element, String> boilerplate) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Element, List<String>> telling = new IdentityHashMap<>();
        boilerplate.forEach((el, why) -> {
            if (why.startsWith(CLASS_WORDS)) {
                List<String> words = new ArrayList<>();
                for (String w : Signals.words(el)) {
                    if (!words.contains(w) && Signals.boilerplateWords(new String[] {w})) {
                        words.add(w);
                        seen.merge(w, 1, Integer::sum);
                    }
                }
                telling.put(el, words);
            }
        });
        Map<Element, String> named = new IdentityHashMap<>();
        telling.forEach((el, words) -> {
            if (words.stream().allMatch(w -> seen.get(w) == 1)) {
                named.put(el, boilerplate.get(el));
            }
        });
        return named;
    }

    /**
     * Readability's widening of the best block: to an ancestor shared by most of the close
     * runners-up, to a parent that scores higher, and past wrappers that hold only it.
     */
    private static Element widen(List<Element> best, ContentScores scores, Element body) {
        Element top = best.get(0);
        double topScore = scores.score(top);
        List<Element> close = new ArrayList<>();
        for (Element e : best.subList(1, best.size())) {
            if (scores.score(e) >= topScore * 0.75) {
                close.add(e);
            }
        }
        if (close.size() >= 3) {
            for (Element a = top.parent(); a != null && a != body.parent(); a = a.parent()) {
                int inside = 0;
                for (Element e : close) {
                    if (isAncestor(a, e)) {
                        inside++;
                    }
                }
                if (inside >= 3) {
                    top = a;
                    break;
                }
            }
        }
        double last = scores.score(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.scored(p)) {
                continue;
            }
            double s = scores.score(p);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** Whether {@code a} holds {@code e}: walks up from {@code e}, bounded by the parser's depth. */
    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * Readability's sibling rule: siblings that score near the best block, or read as prose
     * (long with few links, or short and ending a sentence with no link), belong to the article.
     */
    private static void gatherSiblings(Element top, ContentScores scores, TextStats stats, Set<Element> kept,
                                       Set<Element> left) {
        Element parent = top.parent();
        if (parent == null) {
            return;
        }
        double topScore = scores.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element s : parent.children()) {
            if (s == top || left.contains(s)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
            TextStats.Counts c = stats.get(s);
            if (scores.scored(s) && scores.score(s) + bonus >= threshold) {
                kept.add(s);
            } else if (s.nameIs("p") || s.nameIs("pre") || s.nameIs("table") || s.nameIs("ul") || s.nameIs("ol")
                    || s.nameIs("blockquote")) {
                if (c.chars > 80 && c.linkDensity() < 0.25 || c.chars > 0 && c.linkDensity() == 0 && c.stops > 0) {
                    kept.add(s);
                }
            }
        }
        // Headings and images right before a kept block introduce it.
        for (Element s = parent.lastElementChild(); s != null; s = s.previousElementSibling()) {
            Element next = s.nextElementSibling();
            if (!kept.contains(s) && next != null && kept.contains(next) && !left.contains(s)
                    && (Signals.isHeading(s) || imageOnly(s, stats))) {
                kept.add(s);
            }
        }
    }

    /**
     * Readability gives a sibling with the chosen block's class a bonus; a page built of
     * components repeats that class away from the siblings too (text blocks between image and
     * quote blocks, the entries of a live blog): every block of the same name and class that
     * scores well is kept.
     */
    private static void addLikeBlocks(Element top, Element body, ContentScores scores, Set<Element> kept,
                                      Set<Element> left) {
        if (top.className().isBlank()) {
            return;
        }
        double threshold = Math.max(10, scores.score(top) * 0.2);
        for (Element el : scores.scoredElements(body)) {
            if (el != top && el.normalName().equals(top.normalName()) && el.className().equals(top.className())
                    && scores.score(el) >= threshold && scores.stats().chars(el) >= MIN_ARTICLE
                    && !within(el, kept, left) && !isAncestor(el, top)) {
                kept.add(el);
            }
        }
    }

    /**
     * An article split in several schema.org articleBody parts (between them: share bars, ads):
     * when the chosen block is or holds one, every other part with text is kept too.
     */
    private static void addArticleBodies(Element top, Element body, TextStats stats, Set<Element> kept,
                                         Set<Element> left) {
        List<Element> parts = new ArrayList<>();
        for (Element el : body.select(ITEMPROP)) {
            if (Signals.articleBody(el) && stats.chars(el) >= ContentScores.MIN_PARAGRAPH) {
                parts.add(el);
            }
        }
        if (parts.size() < 2) {
            return;
        }
        boolean related = false;
        for (Element part : parts) {
            related |= part == top || isAncestor(top, part) || isAncestor(part, top);
        }
        if (!related) {
            return;
        }
        for (Element part : parts) {
            if (!within(part, kept, left) && !isAncestor(part, top)) {
                kept.add(part);
            }
        }
    }

    /**
     * trafilatura keeps the whole region its body expression finds, where Readability keeps one
     * block: a page built of sections (a recipe's parts, a page builder's rows) leaves the best
     * block too narrow. Going up from it, the blocks right before and after it join the article
     * while they read as prose (sentences, few links, no linked headings), as do the headings and
     * images between them; the first block that does not ends the article on its side, and the
     * climb at that level. The body's own children never join (a site's notice boxes sit there).
     */
    private static void widenToProse(Element top, Element body, TextStats stats, Set<Element> kept,
                                     Set<Element> left) {
        for (Element at = top; at.parent() != null && at.parent() != body; at = at.parent()) {
            boolean ended = joinProse(at, true, stats, kept, left) | joinProse(at, false, stats, kept, left);
            if (ended) {
                return;
            }
        }
    }

    /** Joins the prose next to {@code at} on one side; whether something else ended it. */
    private static boolean joinProse(Element at, boolean forward, TextStats stats, Set<Element> kept,
                                     Set<Element> left) {
        List<Element> headings = new ArrayList<>(); // after the article, a heading joins once prose follows it
        for (Element s = forward ? at.nextElementSibling() : at.previousElementSibling(); s != null;
             s = forward ? s.nextElementSibling() : s.previousElementSibling()) {
            if (left.contains(s) || kept.contains(s)) {
                continue;
            }
            TextStats.Counts c = stats.get(s);
            if (Signals.isHeading(s) && c.linkChars == 0) {
                if (forward) {
                    headings.add(s);
                } else {
                    kept.add(s);
                }
            } else if (c.chars == 0 && imageOnly(s, stats)) {
                kept.add(s);
            } else if (c.chars == 0) {
                continue;
            } else if (prose(s, c, left)) {
                kept.add(s);
                kept.addAll(headings);
                headings.clear();
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Text that reads as the article's: sentences, two lines at least (a shorter one is a notice),
     * few links, no teasers' linked headings.
     */
    private static boolean prose(Element el, TextStats.Counts c, Set<Element> left) {
        return c.chars >= 2 * ContentScores.MIN_PARAGRAPH && c.linkDensity() < 0.2 && c.stops + c.commas > 0
                && linkedHeadings(el, left) == 0;
    }

    /** Whether {@code el} is, or is inside, one of {@code set}'s elements. */
    private static boolean within(Element el, Set<Element> set, Set<Element> left) {
        for (Element p = el; p != null; p = p.parent()) {
            if (set.contains(p) || left.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article's title and lead image when they stand above it, outside the chosen block: at
     * each level up, the few blocks just before it that are a heading, an image or a header.
     */
    private static void addLead(Element top, Element body, TextStats stats, Set<Element> kept, Set<Element> left) {
        for (Element at = top; at != null && at != body; at = at.parent()) {
            int looked = 0;
            for (Element s = at.previousElementSibling(); s != null && looked < 4; s = s.previousElementSibling()) {
                if (left.contains(s) || kept.contains(s)) {
                    continue;
                }
                looked++;
                if (Signals.isHeading(s) && !s.nameIs("h5") && !s.nameIs("h6") || imageOnly(s, stats)) {
                    kept.add(s);
                } else if (Signals.leadWords(Signals.words(s)) && Boilerplate.lead(s, stats.get(s)) && stats.chars(s) < 1500) {
                    kept.add(s); // the standfirst in a block of its own ("article-intro", "teaser-text")
                } else if (s.nameIs("header") && stats.chars(s) < 600
                        || !s.nameIs("header") && Signals.headerWords(Signals.words(s)) && stats.chars(s) < 1500
                        || stats.chars(s) < 600 && titled(s, stats)) {
                    // the article's header: its title and standfirst, not its byline, dates and share links
                    for (Element part : s.select(TITLE_AND_STANDFIRST)) {
                        TextStats.Counts c = stats.get(part);
                        if ((!part.nameIs("p") || c.chars >= 80 && c.linkDensity() < 0.3) && !within(part, kept, left)) {
                            kept.add(part);
                        }
                    }
                } else if (stats.chars(s) > 200) {
                    break;
                }
            }
        }
    }

    /**
     * A box holding the page's title ({@code h1}, not as a link) and a standfirst under it (a
     * subtitle, a paragraph of prose): a cover or hero row above the story. A title alone may be
     * the site's or a section's name.
     */
    private static boolean titled(Element box, TextStats stats) {
        Element h1 = box.selectFirst(H1);
        if (h1 == null || h1.selectFirst(LINK_ELSEWHERE) != null) {
            return false;
        }
        for (Element part : box.select(STANDFIRST)) {
            TextStats.Counts c = stats.get(part);
            if (part.nameIs("h2") ? c.chars > 0 && c.linkChars == 0 : c.chars >= 80 && c.linkDensity() < 0.3) {
                return true;
            }
        }
        return false;
    }

    /** An image or figure with at most a caption's worth of text. */
    private static boolean imageOnly(Element el, TextStats stats) {
        if (el.nameIs("img") || el.nameIs("picture")) {
            return true;
        }
        TextStats.Counts c = stats.get(el);
        return (el.nameIs("figure") || c.rich > 0 && c.chars < 300) && c.linkDensity() < 0.5
                && el.selectFirst(IMAGE) != null && el.selectFirst(TEXT_BLOCK) == null;
    }

    /**
     * A best block that is an article of its own beside a page's teasers (a story with "more
     * stories" around it), not an index's intro or a featured teaser: paragraphs, and text.
     */
    private static boolean articleBesideTeasers(Element top, TextStats stats) {
        if (stats.chars(top) < ARTICLE_BESIDE_TEASERS) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : top.select(PARAGRAPH)) {
            if (stats.chars(p) >= ContentScores.MIN_PARAGRAPH && ++paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A runner-up inside {@code top} that is an article of its own (paragraphs, text, as
     * {@link #articleBesideTeasers}) and holds no teaser: the story in a page builder's column
     * whose next row lists other stories.
     */
    private static Element articleAmongTeasers(Element top, List<Element> best, TextStats stats, Set<Element> left) {
        for (Element e : best) {
            if (e != top && isAncestor(top, e) && articleBesideTeasers(e, stats) && linkedHeadings(e, left) == 0) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a block sits in a collapsed panel: Bootstrap's {@code collapse} (open it is also
     * {@code in} or {@code show}), an accordion drawer the page opens on a click.
     */
    private static boolean inCollapsedPanel(Element el, Element body) {
        for (Element p = el; p != null && p != body; p = p.parent()) {
            if (p.hasClass("collapse") && !p.hasClass("in") && !p.hasClass("show")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code article} element holds {@code top}: a gallery or a list inside one (its
     * items with linked headings, a shop link each) is the article's, not an index of teasers.
     */
    private static boolean inArticleElement(Element top, Element body) {
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (p.nameIs("article")) {
                return true;
            }
        }
        return false;
    }

    /** Headings that link to another page (teasers), outside the boilerplate; an anchor in the page is none. */
    private static int linkedHeadings(Element root, Set<Element> left) {
        int[] n = {0};
        KeptElements.walk(root, left, el -> {
            if (!Signals.isHeading(el)) {
                return true;
            }
            if (el.selectFirst(LINK_ELSEWHERE) != null) {
                n[0]++;
            }
            return false;
        });
        return n[0];
    }

    /** The ancestors of the kept elements: the wrappers a walk over what is kept must enter. */
    static Set<Element> ancestorsOf(Set<Element> kept) {
        Set<Element> holders = identitySet();
        for (Element el : kept) {
            for (Element p = el.parent(); p != null && holders.add(p); p = p.parent()) {
                // each ancestor marked once: linear in the page
            }
        }
        return holders;
    }

    static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Whether the node is white space only. */
    static boolean blank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }
}
