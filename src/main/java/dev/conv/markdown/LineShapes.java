package dev.conv.markdown;

import dev.conv.html.HtmlVocabulary;
import org.jsoup.nodes.Element;

/**
 * How html2md, on its default settings, lays an element out in lines: for a step that cuts a page
 * before html2md writes it (extract), which must cut whole lines, never inside one.
 */
public final class LineShapes {
    private LineShapes() {
    }

    /** An element html2md skips with all it holds (script, title, form controls, hidden). */
    public static boolean writesNothing(Element el) {
        return Role.of(el.normalName()) == Role.DROP || HtmlVocabulary.isHidden(el);
    }

    /** An element whose content joins the line around it (a link, an emphasis, an unknown tag). */
    public static boolean writesInline(Element el) {
        return switch (Role.of(el.normalName())) {
            case LINK, EM, STRONG, DEL, CODE, KEEPABLE, SCRIPT, MEDIA, IMAGE, BREAK, INLINE -> true;
            case MATH -> !MathTex.isDisplay(el);
            default -> false;
        };
    }

    /**
     * An element html2md writes as one line whatever blocks it holds (a heading, inline code), as
     * one block from its text (a code block), or as lines that depend on each other (a data table,
     * its columns set by all rows): kept or dropped whole.
     */
    public static boolean writesOneLine(Element el) {
        return switch (Role.of(el.normalName())) {
            case HEADING, CODE, PRE -> true;
            case TABLE -> TableShape.isDataTable(el);
            default -> false;
        };
    }
}
