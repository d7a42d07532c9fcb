package dev.conv.qr;

import dev.conv.edit.MarkdownReader;
import dev.conv.page.FrontMatter;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;

/**
 * Whether a share block added at a page's end stands on its own: a page may end inside something
 * still open that would take the block in, a code fence or an HTML block that a blank line does not
 * end ({@code <script}, {@code <!--}), or, in the HTML the page renders to, a tag cut off
 * ({@code <div title="x} in an HTML block, any block before the last), whose attributes the block's
 * text would complete, in a browser's reading, into a live tag.
 */
final class OpenEnd {
    private static final String END = "conv-end";
    /** The page's HTML as a renderer that passes raw HTML on writes it. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(MarkdownReader.extensions()).build();

    private OpenEnd() {
    }

    /** True when the share block starting at {@code blockAt} of {@code page} would not start a Markdown block of its own after closed HTML. */
    static boolean takesIn(String page, int blockAt) {
        int front = FrontMatter.length(page);
        if (blockAt < front) {
            return true;
        }
        int at = blockAt - front;
        for (Node n = MarkdownReader.parseForHtml(page.substring(front)).getFirstChild(); n != null; n = n.getNext()) {
            int start = n.getSourceSpans().isEmpty() ? -1 : n.getSourceSpans().get(0).getInputIndex();
            if (start == at) {
                return !(n instanceof HtmlBlock) || leavesOpen(RENDERER.render(MarkdownReader.parse(page.substring(front, blockAt))));
            }
            if (start > at) {
                break;
            }
        }
        return true; // inside a block of the page's
    }

    /** An element written after the HTML is no element: the HTML ends inside a tag, comment or raw text. */
    private static boolean leavesOpen(String html) {
        return Jsoup.parseBodyFragment(html + "<" + END + "></" + END + ">").selectFirst(END) == null;
    }
}
