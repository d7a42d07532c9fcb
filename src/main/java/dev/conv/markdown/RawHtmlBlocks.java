package dev.conv.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.List;
import java.util.Set;

/**
 * Raw HTML blocks pass through unchanged, but flexmark's writer copies them line by line and
 * was most of the time spent on a mirrored page (a few big HTML blocks). This renderer writes a
 * short marker instead; {@link MarkdownToHtml} puts the block's text in its place afterwards.
 */
final class RawHtmlBlocks implements NodeRenderer {
    static String marker(int i) {
        return "\u0000conv-html-block-" + i + "\u0000";
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::render));
    }

    private void render(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        List<CharSequence> blocks = MarkdownToHtml.RAW_BLOCKS.get(node.getDocument());
        html.line();
        html.raw(marker(blocks.size()));
        html.line();
        blocks.add(node.getContentChars());
    }
}
