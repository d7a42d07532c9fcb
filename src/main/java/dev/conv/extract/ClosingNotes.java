package dev.conv.extract;

import dev.conv.html.LineShapes;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The note a site sets in italics or bold under its stories, holding a link: the call to sign up
 * for a newsletter, subscribe, follow the paper or apply for its jobs. The article's last line of
 * kept text that is emphasised whole and links somewhere is that note; the story's own sentences
 * are set plain, and an author's note without a link stays.
 */
final class ClosingNotes {
    /** Sentence ends past which the paragraph is the story's closing passage, not a note. */
    private static final int NOTE_SENTENCES = 4;

    private ClosingNotes() {
    }

    /** The paragraph that ends what is kept when it is such a note, else null. */
    static Element find(Element body, Set<Element> kept, Map<Element, String> boilerplate, TextStats stats) {
        Set<Element> holders = MainContent.ancestorsOf(kept);
        TextNode[] last = {null};
        LeftWalk.walk(body, kept, holders, boilerplate, new LeftWalk.Visitor() {
            @Override
            public NodeFilter.FilterResult left(Element el, boolean inKept) {
                return LineShapes.writesNothing(el) ? NodeFilter.FilterResult.SKIP_ENTIRELY
                        : NodeFilter.FilterResult.CONTINUE;
            }

            @Override
            public void text(TextNode t, boolean inKept) {
                if (inKept && !t.isBlank()) {
                    last[0] = t;
                }
            }
        });
        if (last[0] == null) {
            return null;
        }
        Element block = last[0].parent();
        while (block != null && block != body && LineShapes.writesInline(block)) {
            block = block.parent();
        }
        return block != null && block.nameIs("p") && stats.get(block).stops <= NOTE_SENTENCES && emphasisedWithLink(block)
                ? block : null;
    }

    /** Every piece of text inside an emphasis, and a link to somewhere among them. */
    private static boolean emphasisedWithLink(Element p) {
        boolean[] plain = {false};
        boolean[] link = {false};
        NodeTraversor.filter(new NodeFilter() {
            private int emphasis;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el != p && !LineShapes.writesInline(el) || el.nameIs("br")) {
                        plain[0] = true; // a block or a break inside: a passage of lines, no note
                        return FilterResult.STOP;
                    }
                    link[0] |= el.nameIs("a") && el.hasAttr("href");
                    emphasis += emphasis(el) ? 1 : 0;
                } else if (node instanceof TextNode t && !t.isBlank() && emphasis == 0) {
                    plain[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && emphasis(el)) {
                    emphasis--;
                }
                return FilterResult.CONTINUE;
            }
        }, p);
        return !plain[0] && link[0];
    }

    private static boolean emphasis(Element el) {
        return el.nameIs("em") || el.nameIs("i") || el.nameIs("strong") || el.nameIs("b");
    }
}
