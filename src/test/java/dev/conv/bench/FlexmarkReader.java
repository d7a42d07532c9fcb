package dev.conv.bench;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import dev.conv.testutil.GfmMarkdown;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark as html2md reads Markdown (the same options, through the tests' twin of its reader),
 * given the text as it is: front matter is cut off before any reader sees a page.
 */
final class FlexmarkReader implements MarkdownReader {
    @Override
    public String name() {
        return "flexmark " + MarkdownReader.versionOf(com.vladsch.flexmark.parser.Parser.class);
    }

    @Override
    public String html(String markdown) {
        return GfmMarkdown.toHtmlAsIs(markdown);
    }

    @Override
    public List<HtmlPart> htmlParts(String markdown) {
        List<HtmlPart> parts = new ArrayList<>();
        for (Node n : GfmMarkdown.parseAsIs(markdown).getDescendants()) {
            if (n instanceof HtmlBlockBase block) {
                parts.add(new HtmlPart(true, n.getStartLineNumber() + 1, block.getContentChars().toString()));
            } else if (n instanceof HtmlInlineBase) {
                parts.add(new HtmlPart(false, n.getStartLineNumber() + 1, n.getChars().toString()));
            }
        }
        return parts;
    }
}
