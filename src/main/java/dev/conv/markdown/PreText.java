package dev.conv.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The exact text of a {@code <pre>} block. */
final class PreText {
    private PreText() {
    }

    /**
     * Text with white space kept, walked without recursion. {@code <br>} is a newline, and so is
     * the edge of a block element: per-line highlighters write each line as a {@code <div>}.
     */
    static String of(Element pre) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            /** A block just ended its line: a newline in the source right after it is that line's end. */
            private boolean lineEnded;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = ControlCharacters.drop(t.getWholeText());
                    if (lineEnded && text.startsWith("\n")) {
                        text = text.substring(1);
                    } else if (lineEnded && text.startsWith("\r\n")) {
                        text = text.substring(2);
                    }
                    sb.append(text);
                    lineEnded = text.isEmpty() && lineEnded;
                } else if (node instanceof Element el && node != pre) {
                    lineEnded = false;
                    if (el.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (Role.of(el.normalName()) == Role.DROP) {
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (isLineBlock(el)) {
                        endLine();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && node != pre && isLineBlock(el)) {
                    endLine();
                    lineEnded = true;
                }
                return FilterResult.CONTINUE;
            }

            private void endLine() {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            }
        }, pre);
        String text = sb.toString();
        // The HTML parser drops a newline right after <pre>; a second one is content.
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /** Elements a browser lays out as blocks, so each starts and ends a line even inside pre. */
    private static boolean isLineBlock(Element el) {
        switch (Role.of(el.normalName())) {
            case BLOCK: case HEADING: case PRE: case RULE: case QUOTE: case LIST: case ITEM: case TABLE: case ROW:
            case CAPTION:
                return true;
            default:
                return false;
        }
    }
}
