package dev.conv.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Paragraphs (or divs used as such) that are a heading in all but name: a short line set wholly
 * in bold ("Also worth a read:", "Related posts"), as editors write a heading when the theme
 * offers none; not a sentence (a comma, a closing full stop).
 */
final class Labels {
    /** Longer than this (weighted characters), a bold line is text that stands out, not a label. */
    private static final int LABEL = 50;
    /** What may stand beside the bold part: white space, a colon. */
    private static final Pattern COLON_OR_SPACE = Pattern.compile("[:\\s\u00a0]*");

    /** Elements that stay within a line of text. */
    private static final java.util.Set<String> INLINE = java.util.Set.of(
            "span", "strong", "b", "em", "i", "small", "br", "u", "font", "time", "abbr", "mark");

    private Labels() {
    }

    /**
     * A paragraph, or a div used as one, of at most {@link #LABEL} characters, no links, whose
     * text is all in one bold element (empty links beside it, as share icons are, count as none).
     */
    static boolean isLabel(Element el, TextStats stats) {
        if (!el.nameIs("p") && !el.nameIs("div")) {
            return false; // a paragraph, or a div used as one: its children are checked below
        }
        TextStats.Counts c = stats.get(el);
        if (c.chars == 0 || c.chars > LABEL || c.linkChars > 0 || c.rich > 0 || c.commas > 0) {
            return false; // a clause or two set in bold is a sentence that stands out, not a label
        }
        if (el.text().strip().endsWith(".")) {
            return false;
        }
        Element bold = null;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                if (!COLON_OR_SPACE.matcher(t.getWholeText()).matches()) {
                    return false; // text outside the bold part, a colon aside
                }
            } else if (child instanceof Element e) {
                if (e.nameIs("br") || stats.chars(e) == 0) {
                    continue;
                }
                if (bold != null || !(e.nameIs("strong") || e.nameIs("b"))) {
                    return false;
                }
                bold = e;
            }
        }
        return bold != null;
    }

    /**
     * A div that is one short line of its own text, as a theme sets a box's title ("More on
     * this", "Contact:"): at most {@link #LABEL} characters, no link, no comma, no sentence end,
     * and nothing in it but inline text.
     */
    static boolean isTitleLine(Element el, TextStats stats) {
        if (!el.nameIs("div")) {
            return false;
        }
        TextStats.Counts c = stats.get(el);
        if (c.chars == 0 || c.chars > LABEL || c.linkChars > 0 || c.rich > 0 || c.commas > 0 || c.stops > 0) {
            return false;
        }
        for (Element e : el.getAllElements()) {
            if (e != el && !INLINE.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }
}
