package dev.conv.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Renders code spans as CommonMark 0.29+ and GitHub do, where flexmark 0.64 follows an older
 * spec: only one space is stripped from each side (and only when both sides have one), and in a
 * GFM table cell {@code \|} is a pipe.
 */
final class GfmCodeSpans implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, this::render));
    }

    private void render(Code node, NodeRendererContext context, HtmlWriter html) {
        String s = node.getText().toString();
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }
        if (s.length() >= 2 && s.charAt(0) == ' ' && s.charAt(s.length() - 1) == ' ' && !s.isBlank()) {
            s = s.substring(1, s.length() - 1);
        }
        if (inTableCell(node)) {
            s = s.replace("\\|", "|");
        }
        html.withAttr().tag("code");
        html.text(s);
        html.tag("/code");
    }

    private static boolean inTableCell(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableCell) {
                return true;
            }
        }
        return false;
    }
}
