package dev.conv.markdown;

import dev.conv.html.HtmlVocabulary;
import dev.conv.html.TableShape;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * How html2md writes a table's cells once {@link TableShape} has judged the table:
 * a data cell's alignment, and a layout table's label and value pairs.
 */
final class TableCells {
    private TableCells() {
    }

    /**
     * The header cell of a layout table's row that pairs a label with a value ({@code <th>} then
     * {@code <td>}, both with text, the label with inline content only), else null. Written as
     * {@code **label**: value}, so the pair stays together when the table becomes blocks.
     */
    static Element labelCell(Element row) {
        List<Element> cells = TableShape.cells(row);
        if (cells.size() != 2) {
            return null;
        }
        Element label = cells.get(0);
        Element value = cells.get(1);
        if (!label.nameIs("th") || !value.nameIs("td") || HtmlVocabulary.isHidden(label)
                || HtmlVocabulary.isHidden(value) || label.text().isBlank() || value.text().isBlank()) {
            return null;
        }
        for (Element d : label.getAllElements()) {
            if (d != label && !INLINE_ROLES.contains(Role.of(d.normalName()))) {
                return null;
            }
        }
        return label;
    }

    private static final Set<Role> INLINE_ROLES = java.util.EnumSet.of(Role.DROP, Role.INLINE, Role.BREAK,
            Role.IMAGE, Role.LINK, Role.EM, Role.STRONG, Role.DEL, Role.CODE, Role.KEEPABLE);

    /** The alignment a cell asks for: 'l', 'c', 'r', or 0. */
    static char alignment(Element cell) {
        String align = cell.attr("align");
        if (align.isEmpty()) {
            String style = cell.attr("style");
            String value = style.isEmpty() ? null : HtmlVocabulary.InlineStyle.property(style, "text-align");
            align = value == null ? "" : value;
        }
        switch (align.trim().toLowerCase(Locale.ROOT)) {
            case "left": return 'l';
            case "center": return 'c';
            case "right": return 'r';
            default: return '\0';
        }
    }
}
