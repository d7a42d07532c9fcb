package dev.conv.edit;

import dev.conv.page.FrontMatter;
import dev.conv.url.SchemePolicy;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * The front matter conv writes verbatim. A renderer that knows no front matter reads it as
 * Markdown, so conv keeps it only when that reading holds nothing but text, as it does for a page
 * author's YAML ({@code [a, b]} lists, {@code # comments} and {@code ---} lines are text, headings
 * and rules). A tag, a fence, a link, image, reference definition, or a script scheme's
 * {@code ://} that an eager autolinker would link, is markup that escapes the body's checks, and a
 * control character makes the output read as binary: such a block is content. html2md and the
 * extract step before it must agree on this, so it lives here.
 */
public final class VerbatimFrontMatter {
    /** Front matter longer than this is taken for content: a real one is a few lines, and a stream looks no further. */
    public static final int LIMIT = 1 << 16;

    private VerbatimFrontMatter() {
    }

    /**
     * Length of the front matter kept verbatim; 0 when there is none, or when it holds an HTML
     * tag, opens a code fence or reads as markup (a page author's YAML holds no tags, fences or
     * links; a hostile page's does).
     */
    public static int length(String text) {
        int front = FrontMatter.length(text);
        if (front > LIMIT) {
            return 0; // as the streaming path, which looks no further
        }
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < front; i = text.indexOf('<', i + 1)) {
            if (startsTag(text.charAt(i + 1))) {
                return 0;
            }
        }
        return front == 0 || opensFence(text, front) || !isPlain(text.substring(0, front)) ? 0 : front;
    }

    /**
     * Does a line of {@code text[0, front)} open a code fence? To such a renderer it pairs with the
     * first fence conv writes, and the code after that is read as Markdown, its HTML live.
     */
    private static boolean opensFence(String text, int front) {
        int line = 0;
        while (line < front) {
            int i = line;
            while (i < front && i - line < 3 && text.charAt(i) == ' ') {
                i++;
            }
            if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
                return true;
            }
            int nl = i;
            while (nl < front && text.charAt(nl) != '\n' && text.charAt(nl) != '\r') {
                nl++;
            }
            line = nl + 1;
        }
        return false;
    }

    /** A character that makes {@code <} start a tag (CommonMark's raw HTML). */
    private static boolean startsTag(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    private static boolean isPlain(String frontMatter) {
        for (int i = 0; i < frontMatter.length(); i++) {
            char c = frontMatter.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return false; // read back, the output would be refused as binary; text drops them
            }
        }
        for (int i = frontMatter.indexOf("://"); i >= 0; i = frontMatter.indexOf("://", i + 1)) {
            if (SchemePolicy.endsWithScriptScheme(frontMatter, i)) {
                return false;
            }
        }
        // Both readings: without tables, a link may run across a row's "|".
        return isPlain(MarkdownReader.parse(frontMatter)) && isPlain(MarkdownReader.parseWithoutTables(frontMatter));
    }

    private static boolean isPlain(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof Image || child instanceof LinkReferenceDefinition
                    || child instanceof HtmlInline || child instanceof HtmlBlock || child instanceof FencedCodeBlock
                    || !isPlain(child)) {
                return false;
            }
        }
        return true;
    }
}
