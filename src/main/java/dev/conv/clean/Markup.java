package dev.conv.clean;

import dev.conv.html.HtmlVocabulary;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Small facts about markup that the rules share. */
final class Markup {
    /** Elements that only group content: removable once they hold nothing. */
    private static final Set<String> PLAIN_WRAPPERS = Set.of("div", "span", "section", "p", "font", "center");

    /** Elements rendered as blocks: a line break on both sides. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "li", "listing", "main", "menu", "nav", "ol", "p",
            "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul", "xmp");

    /** Elements that never render. */
    private static final Set<String> INVISIBLE = Set.of(
            "base", "head", "link", "meta", "script", "style", "template", "title");

    private Markup() {
    }

    /** Blank for HTML: only ASCII white space. A no-break space ({@code &nbsp;}) is content. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** div, span, section, p, font, center, and every presentational tag. */
    static boolean isPlainWrapper(String name) {
        return PLAIN_WRAPPERS.contains(name) || HtmlVocabulary.isPresentational(name);
    }

    static boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    static boolean isInvisible(String name) {
        return INVISIBLE.contains(name);
    }

    /** In the HTML namespace (not inside {@code <svg>} or {@code <math>}). */
    static boolean isHtml(Element el) {
        return Parser.NamespaceHtml.equals(el.tag().namespace());
    }

    /** Not defined by HTML5 (nor one of the obsolete tags browsers render). */
    static boolean isCustom(Element el) {
        return isHtml(el) && !HtmlVocabulary.isKnown(el.normalName()) && !HtmlVocabulary.isPresentational(el.normalName());
    }
}
