package dev.conv.extract;

import dev.conv.markdown.TableShape;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Keeps a layout table layout through a cut. html2md writes a table whose cells hold blocks (a
 * heading, a list) as its cells' blocks one after another; were the cut to take those blocks, the
 * table would be written as a grid, lines the whole page does not have (issue 20).
 */
final class LayoutTables {
    private LayoutTables() {
    }

    /** The tables in {@code body} html2md writes as layout, taken before the cut. */
    static List<Element> of(Element body) {
        List<Element> layout = new ArrayList<>();
        for (Element table : body.getElementsByTag("table")) {
            if (!TableShape.isDataTable(table)) {
                layout.add(table);
            }
        }
        return layout;
    }

    /** Marks those the cut made data as layout ({@code role="presentation"}, which html2md honours). */
    static void keep(List<Element> layout) {
        for (Element table : layout) {
            if (TableShape.isDataTable(table)) {
                table.attr("role", "presentation");
            }
        }
    }
}
