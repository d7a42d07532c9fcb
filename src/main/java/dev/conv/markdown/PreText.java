package dev.conv.markdown;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The exact text of a {@code <pre>} block and the language its classes name. */
final class PreText {
    private PreText() {
    }

    /** Text with white space kept; {@code <br>} is a newline; walked without recursion. */
    static String of(Element pre) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element el && node != pre) {
                    if (el.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (Role.of(el.normalName()) == Role.DROP) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, pre);
        String text = sb.toString();
        // The HTML parser drops a newline right after <pre>; a second one is content.
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /** From {@code class="language-x"}, {@code lang-x} or {@code highlight-source-x} on the pre or its code. */
    static String language(Element pre) {
        String found = languageOf(pre);
        if (found.isEmpty() && pre.childrenSize() == 1 && pre.child(0).normalName().equals("code")) {
            found = languageOf(pre.child(0));
        }
        return found;
    }

    private static String languageOf(Element el) {
        for (String cls : el.classNames()) {
            String lower = cls.toLowerCase(Locale.ROOT);
            for (String prefix : new String[] {"language-", "lang-", "highlight-source-"}) {
                if (lower.startsWith(prefix) && cls.length() > prefix.length()) {
                    return cls.substring(prefix.length());
                }
            }
        }
        return "";
    }
}
