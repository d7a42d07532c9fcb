package dev.conv.extract;

import dev.conv.html.LineShapes;
import dev.conv.html.WideChars;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Text measures of every element of a tree, gathered in one iterative pass (children before
 * parents), so asking an element costs nothing and no call recurses over the DOM's depth.
 *
 * <p>Text is measured in characters, never in words: a Chinese or Japanese sentence has no spaces.
 * A wide (CJK) character counts as {@link #CJK_WEIGHT} characters, since it carries about as much
 * as a short Latin word: a 40-character Chinese paragraph is a real paragraph.
 */
final class TextStats {
    static final int CJK_WEIGHT = 3;

    /** Measures of one element's text. */
    static final class Counts {
        /** Weighted characters, white space left out. */
        int chars;
        /** Of those, inside links. */
        int linkChars;
        /** Commas and other clause punctuation (, ， 、 ; ；), a sign of prose. */
        int commas;
        /** Sentence ends (. ! ? 。 ！ ？). */
        int stops;
        /** Weighted characters of the element's own text nodes, not of its child elements. */
        int ownChars;
        /** Runs of two line breaks or more among its children: where a div set as paragraphs breaks them. */
        int breaks;
        /** Tables, code blocks, images, embeds and top headings in it, itself included. */
        int rich;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        void add(Counts o) {
            chars += o.chars;
            linkChars += o.linkChars;
            commas += o.commas;
            stops += o.stops;
            rich += o.rich;
        }
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        return of(root, Set.of());
    }

    /** Measures {@code root} as if the elements of {@code left} (and what they hold) were gone. */
    static TextStats of(Element root, Set<Element> left) {
        TextStats stats = new TextStats();
        NodeTraversor.filter(new NodeFilter() {
            private int inLink;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (left.contains(el) || unseen(el)) {
                        return FilterResult.SKIP_ENTIRELY; // counts nothing: what html2md never writes
                    }
                    Counts c = new Counts();
                    c.rich = rich(el) ? 1 : 0;
                    stats.counts.put(el, c);
                    if (el.nameIs("br") && el.parent() != null && !LineShapes.writesInline(el.parent())
                            && secondBreak(el) && stats.counts.get(el.parent()) != null) {
                        stats.counts.get(el.parent()).breaks++;
                    }
                    if (link(el)) {
                        inLink++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    stats.countText(text.getWholeText(), stats.counts.get(parent), inLink > 0);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (link(el)) {
                        inLink--;
                    }
                    if (el != root && el.parent() != null) {
                        Counts parent = stats.counts.get(el.parent());
                        if (parent != null) {
                            parent.add(stats.counts.get(el));
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    /** A link to somewhere: an anchor without an address ({@code <a name=x>}) only marks a place. */
    private static boolean link(Element el) {
        return el.nameIs("a") && el.hasAttr("href");
    }

    /** A line break right after another one (white space between): the end of a paragraph. */
    private static boolean secondBreak(Element br) {
        Node prev = br.previousSibling();
        while (prev instanceof TextNode t && t.isBlank()) {
            prev = prev.previousSibling();
        }
        if (!(prev instanceof Element e && e.nameIs("br"))) {
            return false;
        }
        Node before = prev.previousSibling(); // a third break in a row starts no new paragraph
        while (before instanceof TextNode t && t.isBlank()) {
            before = before.previousSibling();
        }
        return !(before instanceof Element b && b.nameIs("br"));
    }

    /** Text a reader never sees, and html2md never writes: measured as none. */
    private static boolean unseen(Element el) {
        return LineShapes.writesNothing(el);
    }

    private static boolean rich(Element el) {
        return switch (el.normalName()) {
            case "table", "pre", "img", "picture", "video", "audio", "iframe", "h1", "h2", "h3" -> true;
            default -> false;
        };
    }

    private void countText(String s, Counts c, boolean link) {
        if (c == null) {
            return;
        }
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0xA0) {
                continue;
            }
            n += WideChars.isCjk(cp) ? CJK_WEIGHT : 1;
            switch (cp) {
                case ',', '，', '、', ';', '；' -> c.commas++;
                case '.', '!', '?', '。', '！', '？' -> c.stops++;
                default -> {
                }
            }
        }
        c.chars += n;
        c.ownChars += n;
        if (link) {
            c.linkChars += n;
        }
    }

    /** The element's counts; an element added after the pass has none. */
    Counts get(Element el) {
        return counts.getOrDefault(el, NONE);
    }

    int chars(Element el) {
        return get(el).chars;
    }
}
