package dev.conv.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The element names HTML5 defines, and the facts about them that several steps need. */
public final class HtmlVocabulary {
    /** Every element of the HTML Living Standard, plus obsolete ones browsers still render. */
    private static final Set<String> KNOWN = Set.of(
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
            "blockquote", "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup",
            "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend",
            "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav", "noscript", "object",
            "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby",
            "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strong",
            "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
            "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
            // obsolete but rendered: presentational soup conv unwraps or maps
            "acronym", "big", "blink", "center", "dir", "font", "frame", "frameset", "listing", "marquee",
            "nobr", "noembed", "noframes", "plaintext", "rb", "rtc", "strike", "tt", "xmp",
            // dropped from the standard in 2023, still parsed and used inside <object>
            "param");

    /** Obsolete presentational elements that carry no meaning: unwrapped by the steps. */
    private static final Set<String> PRESENTATIONAL = Set.of(
            "font", "center", "big", "blink", "marquee", "nobr", "basefont", "spacer");

    /**
     * The parser's formatting elements: a misnested one is closed, copied into the blocks after
     * it and the blocks moved out of it (the adoption agency), while the rest of the page is parsed.
     */
    private static final Set<String> FORMATTING = Set.of(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    private HtmlVocabulary() {
    }

    public static boolean isFormatting(String name) {
        return FORMATTING.contains(name);
    }

    /** True for elements HTML5 defines (lower-case name). Custom elements and typos are unknown. */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    public static boolean isPresentational(String name) {
        return PRESENTATIONAL.contains(name);
    }

    /**
     * Hidden from every reader: the {@code hidden} attribute or inline CSS
     * {@code display:none}/{@code visibility:hidden}.
     */
    public static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && InlineStyle.hides(style);
    }

    /** Inline CSS declarations read without a CSS library: enough for the few properties conv checks. */
    public static final class InlineStyle {
        private InlineStyle() {
        }

        static boolean hides(String style) {
            String s = compact(style);
            return s.contains("display:none") || s.contains("visibility:hidden");
        }

        /** Lower-cased, white space removed, {@code !important} dropped. */
        public static String compact(String style) {
            StringBuilder sb = new StringBuilder(style.length());
            for (int i = 0; i < style.length(); i++) {
                char c = style.charAt(i);
                if (!Character.isWhitespace(c)) {
                    sb.append(c);
                }
            }
            return sb.toString().toLowerCase(Locale.ROOT).replace("!important", "");
        }

        /** Value of a property in an inline style, or null. */
        public static String property(String style, String name) {
            String s = compact(style);
            int from = 0;
            while (true) {
                int at = s.indexOf(name + ":", from);
                if (at < 0) {
                    return null;
                }
                if (at == 0 || s.charAt(at - 1) == ';' || s.charAt(at - 1) == '{') {
                    int start = at + name.length() + 1;
                    int end = s.indexOf(';', start);
                    return s.substring(start, end < 0 ? s.length() : end);
                }
                from = at + 1;
            }
        }
    }
}
