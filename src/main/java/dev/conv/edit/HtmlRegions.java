package dev.conv.edit;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a page holds HTML. An HTML page is one region. A Markdown page is parsed the way
 * GitHub reads it (CommonMark + GFM): each raw HTML block is a region (with container prefixes
 * such as {@code > } blanked), and the inline tags of each paragraph, heading or table cell form
 * one masked region, so tags opened and closed in one paragraph are seen as one element.
 */
public final class HtmlRegions {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                YamlFrontMatterExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private HtmlRegions() {
    }

    public static List<HtmlRegion> of(Page page) {
        if (page.kind() == SourceKind.HTML) {
            return List.of(new HtmlRegion(0, page.text(), HtmlRegion.Kind.DOCUMENT));
        }
        return ofMarkdown(page.text());
    }

    /** The parsed Markdown, for callers that also look at Markdown nodes (images, text). */
    public static Document parseMarkdown(String text) {
        return PARSER.parse(text);
    }

    static List<HtmlRegion> ofMarkdown(String text) {
        Document doc = parseMarkdown(text);
        List<HtmlRegion> regions = new ArrayList<>();
        Map<Node, List<HtmlInline>> inlineByBlock = new LinkedHashMap<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(HtmlBlock.class, block -> regions.add(block(text, block))),
                new VisitHandler<>(HtmlInline.class, tag -> inlineByBlock
                        .computeIfAbsent(enclosingBlock(tag), k -> new ArrayList<>()).add(tag)));
        visitor.visit(doc);
        for (Map.Entry<Node, List<HtmlInline>> e : inlineByBlock.entrySet()) {
            regions.add(inline(text, e.getKey(), e.getValue()));
        }
        regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return regions;
    }

    private static HtmlRegion block(String text, HtmlBlock block) {
        int start = block.getStartOffset();
        int end = block.getEndOffset();
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(start + i);
            chars[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        // Only the content lines are HTML: a "> " or list indent before them is blanked.
        for (BasedSequence line : block.getContentLines()) {
            for (int i = line.getStartOffset(); i < line.getEndOffset(); i++) {
                chars[i - start] = text.charAt(i);
            }
        }
        return new HtmlRegion(start, new String(chars), HtmlRegion.Kind.BLOCK);
    }

    private static HtmlRegion inline(String text, Node owner, List<HtmlInline> tags) {
        int start = owner.getStartOffset();
        int end = owner.getEndOffset();
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(start + i);
            chars[i] = Character.isWhitespace(c) ? c : 'x';
        }
        for (HtmlInline tag : tags) {
            for (int i = tag.getStartOffset(); i < tag.getEndOffset(); i++) {
                chars[i - start] = text.charAt(i);
            }
        }
        return new HtmlRegion(start, new String(chars), HtmlRegion.Kind.INLINE);
    }

    private static Node enclosingBlock(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof Block)) {
            n = n.getParent();
        }
        return n == null ? node.getDocument() : n;
    }
}
