package dev.conv.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Readability's candidate scores, measured in characters: each paragraph scores for its length
 * and its commas, and hands its score to its parent (whole), grandparent (half) and three more
 * ancestors (less each); an ancestor starts from what its name and class words say and ends
 * scaled by its share of text outside links. CJK clause marks count as commas.
 */
final class ContentScores {
    /** A paragraph shorter than this (weighted characters) says nothing. */
    static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTORS = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentScores(TextStats stats) {
        this.stats = stats;
    }

    /** Scores the elements of {@code body} that are not in {@code left}. */
    static ContentScores of(Element body, Set<Element> left, TextStats stats) {
        ContentScores s = new ContentScores(stats);
        List<Element> paragraphs = new ArrayList<>();
        KeptElements.walk(body, left, el -> {
            if (paragraphLike(el, stats)) {
                paragraphs.add(el);
            }
            return true;
        });
        for (Element p : paragraphs) {
            TextStats.Counts c = stats.get(p);
            int chars = isParagraph(p) ? c.chars : c.ownChars;
            if (chars < MIN_PARAGRAPH) {
                continue;
            }
            // a div of text set as paragraphs by line breaks: each of them scores, as Readability's br runs do
            double score = isParagraph(p) ? 1 + c.commas + Math.min(chars / 100, 3)
                    : 1 + c.breaks + Math.min(chars / 100, 3 * (1 + c.breaks));
            Element a = p.parent();
            for (int level = 0; level < ANCESTORS && a != null && a != body.parent(); level++, a = a.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s.scores.merge(a, s.initial(a) + score / divider, Double::sum);
            }
        }
        s.scores.replaceAll((el, score) -> score * (1 - stats.get(el).linkDensity()));
        return s;
    }

    private static boolean isParagraph(Element el) {
        return switch (el.normalName()) {
            case "p", "pre", "blockquote" -> true;
            default -> false;
        };
    }

    /** A paragraph, or a box that holds text of its own (a div used as a paragraph). */
    private static boolean paragraphLike(Element el, TextStats stats) {
        return isParagraph(el) || stats.get(el).ownChars >= MIN_PARAGRAPH && !el.nameIs("a") && !el.nameIs("body");
    }

    /** What an element is worth before its paragraphs: added once, the first time it scores. */
    private double initial(Element el) {
        if (scores.containsKey(el)) {
            return 0;
        }
        double base = switch (el.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + weight(el);
    }

    /** Class/id words and semantics: schema.org's articleBody above all, as trafilatura ranks it. */
    static double weight(Element el) {
        double w = 0;
        if (Signals.articleBody(el)) {
            w += 50;
        }
        if (Signals.isMain(el)) {
            w += 5;
        }
        String[] words = Signals.words(el);
        if (words.length > 0) {
            if (Signals.bodyWords(words)) {
                w += 35;
            } else if (Signals.contentWords(words)) {
                w += 25;
            }
            if (Signals.boilerplateWords(words)) {
                w -= 25;
            }
        }
        return w;
    }

    TextStats stats() {
        return stats;
    }

    /** Whether the element calls itself the article: schema.org articleBody, or a CMS's article words. */
    static boolean articleSignal(Element el) {
        return Signals.articleBody(el) || el.nameIs("article") || Signals.contentWords(Signals.words(el));
    }

    double score(Element el) {
        return scores.getOrDefault(el, 0.0);
    }

    boolean scored(Element el) {
        return scores.containsKey(el);
    }

    /** The scored elements, in page order. */
    List<Element> scoredElements(Element body) {
        List<Element> all = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el && scores.containsKey(el)) {
                all.add(el);
            }
        }, body);
        return all;
    }

    /** The best candidates, best first (ties in page order). */
    List<Element> best(int n, Element body) {
        List<Element> all = scoredElements(body);
        all.sort((a, b) -> Double.compare(score(b), score(a)));
        return all.subList(0, Math.min(n, all.size()));
    }
}
