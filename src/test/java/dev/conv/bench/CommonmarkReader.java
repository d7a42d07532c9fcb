package dev.conv.bench;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * commonmark-java as conv reads Markdown ({@link dev.conv.edit.MarkdownReader}: GFM tables and
 * strike-through), and with autolink too if asked.
 */
final class CommonmarkReader implements MarkdownReader {
    private final boolean autolink;
    private final Parser parser;
    private final HtmlRenderer renderer;

    CommonmarkReader(boolean autolink) {
        this.autolink = autolink;
        List<Extension> extensions = new ArrayList<>(dev.conv.edit.MarkdownReader.extensions());
        if (autolink) {
            extensions.add(AutolinkExtension.create());
        }
        parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    @Override
    public String name() {
        return "commonmark-java " + MarkdownReader.versionOf(Parser.class) + (autolink ? " + autolink" : "");
    }

    @Override
    public String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    @Override
    public List<HtmlPart> htmlParts(String markdown) {
        List<HtmlPart> parts = new ArrayList<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                parts.add(new HtmlPart(true, line(block), block.getLiteral()));
            }

            @Override
            public void visit(HtmlInline tag) {
                parts.add(new HtmlPart(false, line(tag), tag.getLiteral()));
            }
        });
        return parts;
    }

    private static int line(Node node) {
        return node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
