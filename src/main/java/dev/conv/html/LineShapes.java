package dev.conv.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * How html2md, on its default settings, lays an element out in lines: for a step that cuts a page
 * before html2md writes it (extract), which must cut whole lines, never inside one. The names
 * follow html2md's roles (markdown's {@code Role}; a test keeps the two in step).
 */
public final class LineShapes {
    /** Skipped by html2md with all they hold. */
    private static final Set<String> UNWRITTEN = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "base", "select", "option", "optgroup", "datalist", "input", "textarea", "canvas", "svg",
            "map", "area", "param", "source", "track", "frame", "frameset", "noframes", "noembed", "dialog", "object",
            "embed", "rp");
    /** Written as blocks of their own (paragraphs, headings, lists, quotes, tables and their parts). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "body", "center", "details",
            "dd", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "html",
            "legend", "main", "nav", "p", "search", "section", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "xmp", "listing", "plaintext", "dt", "hr", "blockquote", "ul", "ol", "menu", "dir", "li", "table",
            "thead", "tbody", "tfoot", "colgroup", "col", "tr", "td", "th", "caption");
    /** Written as one line or one block whatever they hold: headings, inline code, code blocks. */
    private static final Set<String> ONE_LINE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "code", "kbd", "samp",
            "tt", "pre", "xmp", "listing", "plaintext");

    private LineShapes() {
    }

    /** An element html2md skips with all it holds (script, title, form controls, hidden). */
    public static boolean writesNothing(Element el) {
        return UNWRITTEN.contains(el.normalName()) || HtmlVocabulary.isHidden(el);
    }

    /**
     * An element whose content joins the line around it (a link, an emphasis, an unknown tag);
     * MathML counts as inline, a display formula too (conservative: it is then kept with its line).
     */
    public static boolean writesInline(Element el) {
        return !UNWRITTEN.contains(el.normalName()) && !BLOCKS.contains(el.normalName());
    }

    /**
     * An element html2md writes as one line whatever blocks it holds (a heading, inline code), as
     * one block from its text (a code block), or as lines that depend on each other (a data table:
     * its columns are set by all its cells, and its first row is the header; a row holding a header
     * cell, which a layout table writes {@code **label**: value} when it labels the one cell after
     * it, on the value's first line): kept or dropped whole.
     */
    public static boolean writesOneLine(Element el) {
        return ONE_LINE.contains(el.normalName()) || el.nameIs("table") && TableShape.isDataTable(el)
                || el.nameIs("tr") && holdsHeaderCell(el);
    }

    private static boolean holdsHeaderCell(Element row) {
        for (Element cell : row.children()) {
            if (cell.nameIs("th")) {
                return true;
            }
        }
        return false;
    }

    /** A tag html2md skips with all it holds, whatever its attributes say. */
    static boolean unwrittenTag(Element el) {
        return UNWRITTEN.contains(el.normalName());
    }
}
