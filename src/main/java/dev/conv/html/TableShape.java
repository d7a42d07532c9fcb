package dev.conv.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Decides whether a {@code <table>} is data, which html2md writes as a GFM table, or layout, whose cells are
 * written one after another as ordinary blocks. A GFM cell holds one line of inline content, so
 * a table whose cells hold headings, code blocks or other tables is layout, as is a table of a
 * single cell (a box around content), a single row without header cells (photos side by side) or
 * one marked {@code role="presentation"}. A list in a cell makes a table layout only when it has
 * no header cell: an infobox ({@code <th scope=row>} and lists of divisions) is data, its list
 * items joined by {@code <br>}, while a page laid out in columns rarely has a header cell. A
 * first row that is one cell spanning every column is a caption, written before the table, and
 * neither counts as a row nor as a header here. Shared by html2md, which writes the table, and
 * extract, which must not cut a table into the other shape.
 */
public final class TableShape {
    private static final Set<String> BLOCKS_A_CELL_CANNOT_HOLD = Set.of(
            "table", "ul", "ol", "menu", "dir", "pre", "xmp", "listing", "blockquote", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "dl", "form", "fieldset", "iframe", "video", "audio");
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu", "dir");

    /**
     * A GFM table lays spans out on a full grid of empty cells. Past this many grid cells per
     * written cell (plus an allowance for small tables) the table is written as layout: a row of
     * {@code colspan=1000} cells, or cells with {@code rowspan} above many rows, would make output
     * and memory grow with the product of rows and columns, not with the page.
     */
    public static final int MAX_GRID_PER_CELL = 16;
    public static final int GRID_ALLOWANCE = 1024;

    private TableShape() {
    }

    public static boolean isDataTable(Element table) {
        String role = table.attr("role");
        if (role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none")) {
            return false;
        }
        List<Element> rows = rows(table);
        Element caption = captionRow(rows);
        int cells = 0;
        int widest = 0;
        int rowCount = 0;
        boolean header = false;
        // Columns kept covered by rowspans from rows above, and when they are freed.
        long covered = 0;
        long gridWidth = 0;
        java.util.Map<Integer, Long> freed = new java.util.HashMap<>();
        for (Element row : rows) {
            if (row == caption) {
                continue;
            }
            Long free = freed.remove(rowCount);
            covered -= free == null ? 0 : free;
            rowCount++;
            int width = 0;
            long coverBelow = 0;
            for (Element cell : cells(row)) {
                cells++;
                header |= cell.nameIs("th");
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                width += colspan;
                if (rowspan > 1) {
                    coverBelow += colspan;
                    freed.merge(rowCount - 1 + rowspan, (long) colspan, Long::sum);
                }
            }
            widest = Math.max(widest, width);
            gridWidth = Math.max(gridWidth, width + covered);
            covered += coverBelow;
        }
        if (gridWidth * rowCount > (long) MAX_GRID_PER_CELL * cells + GRID_ALLOWANCE) {
            return false;
        }
        for (Element row : rows) {
            for (Element cell : cells(row)) {
                if (holdsBlocks(cell, header)) {
                    return false;
                }
            }
        }
        // One row without header cells lays things out side by side (photos with captions).
        return cells > 1 && (widest > 1 || header) && (rowCount > 1 || header);
    }

    /** The first row of this table when it is a caption (one cell spanning every column), else null. */
    public static Element captionRow(Element table) {
        return captionRow(rows(table));
    }

    private static Element captionRow(List<Element> rows) {
        if (rows.size() < 2) {
            return null;
        }
        List<Element> first = cells(rows.get(0));
        if (first.size() != 1) {
            return null;
        }
        int colspan = span(first.get(0), "colspan");
        if (colspan < 2 || span(first.get(0), "rowspan") > 1) {
            return null;
        }
        for (int r = 1; r < rows.size(); r++) {
            int width = 0;
            for (Element cell : cells(rows.get(r))) {
                width += span(cell, "colspan");
            }
            if (width > colspan) {
                return null;
            }
        }
        return rows.get(0);
    }

    /** The rows of this table, not of tables nested in it, in document order. */
    public static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The cells of this row, not of tables nested in it. */
    public static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (cell.nameIs("td") || cell.nameIs("th")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    public static int span(Element cell, String attr) {
        String v = cell.attr(attr).trim();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Walks the cell without recursion: real pages nest hundreds deep. */
    private static boolean holdsBlocks(Element cell, boolean listsFit) {
        boolean[] found = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String name = el.normalName();
                if (BLOCKS_A_CELL_CANNOT_HOLD.contains(name) && !(listsFit && LISTS.contains(name))) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return LineShapes.unwrittenTag(el) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, cell);
        return found[0];
    }
}
