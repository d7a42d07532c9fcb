package dev.conv.markdown;

import dev.conv.edit.MarkdownReader;
import dev.conv.url.SchemePolicy;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * Front matter as a renderer that knows none reads it: as Markdown. conv writes front matter
 * verbatim only when that reading holds nothing but text, as it does for a page author's YAML
 * ({@code [a, b]} lists, {@code # comments} and {@code ---} lines are text, headings and rules).
 * A link, image, reference definition, raw HTML or fence, or a script scheme's {@code ://} that an
 * eager autolinker would link, is markup that escapes the body's checks, and a control character
 * makes the output read as binary: such a block is converted as content instead.
 */
final class FrontMatterText {
    private FrontMatterText() {
    }

    static boolean isPlain(String frontMatter) {
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
