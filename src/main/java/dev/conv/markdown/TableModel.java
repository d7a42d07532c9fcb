package dev.conv.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table being collected cell by cell, written as a GFM pipe table. Row and column spans
 * are laid out on a grid: the content sits in the first cell, the cells it covers stay empty, so
 * no text is lost and every row has the same number of cells. Without a header row the first row
 * becomes the header, as GFM requires one. A caption row ({@link dev.conv.html.TableShape#captionRow}) is not
 * part of the grid: its cell is kept as a paragraph, written before the table.
 */
final class TableModel {
    private static final int PAD_LIMIT = 40;

    /** The table's first row is a caption row, whose cell has not been seen yet. */
    private boolean captionAhead;
    private String caption = "";

    TableModel(boolean captionRow) {
        this.captionAhead = captionRow;
    }

    TableModel() {
        this(false);
    }

    /** True when the cell that just ended is the caption row's: give it to {@link #caption(String)}. */
    boolean isCaptionCell() {
        return captionAhead && rows.size() == 1;
    }

    void caption(String paragraph) {
        caption = paragraph;
        captionAhead = false;
    }

    /** The caption row's text as a paragraph, "" when there is none. */
    String caption() {
        return caption;
    }

    private record Cell(String text, boolean header, char align) {
    }

    private final List<List<Cell>> rows = new ArrayList<>();
    /** For each column, how many more rows a rowspan from above keeps it covered. */
    private final List<Integer> rowspanLeft = new ArrayList<>();
    private boolean[] covered = new boolean[0];
    private List<Cell> row;
    private int column;

    void startRow() {
        if (row != null) {
            endRow();
        }
        covered = new boolean[rowspanLeft.size()];
        for (int c = 0; c < covered.length; c++) {
            if (rowspanLeft.get(c) > 0) {
                covered[c] = true;
                rowspanLeft.set(c, rowspanLeft.get(c) - 1);
            }
        }
        row = new ArrayList<>();
        rows.add(row);
        column = 0;
    }

    void addCell(String text, boolean header, char align, int colspan, int rowspan) {
        if (row == null) {
            startRow();
        }
        skipCovered();
        for (int i = 0; i < colspan; i++) {
            row.add(new Cell(i == 0 ? text : "", header, align));
            while (rowspanLeft.size() <= column) {
                rowspanLeft.add(0);
            }
            rowspanLeft.set(column, Math.max(rowspanLeft.get(column), rowspan - 1));
            column++;
            skipCovered();
        }
    }

    void endRow() {
        if (row == null) {
            return;
        }
        while (column < covered.length) {
            row.add(new Cell("", false, '\0'));
            column++;
        }
        row = null;
    }

    private void skipCovered() {
        while (column < covered.length && covered[column]) {
            row.add(new Cell("", false, '\0'));
            column++;
        }
    }

    String render() {
        if (row != null) {
            endRow();
        }
        rows.removeIf(List::isEmpty);
        if (rows.isEmpty()) {
            return "";
        }
        int columns = 0;
        for (List<Cell> r : rows) {
            columns = Math.max(columns, r.size());
        }
        int[] widths = new int[columns];
        boolean pad = true;
        for (List<Cell> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                Cell cell = r.get(c);
                int w = cell == null ? 0 : displayWidth(cell.text);
                widths[c] = Math.max(widths[c], w);
                pad &= w <= PAD_LIMIT;
            }
        }
        char[] aligns = new char[columns];
        List<Cell> head = rows.get(0);
        for (int c = 0; c < head.size(); c++) {
            aligns[c] = head.get(c) == null ? '\0' : head.get(c).align;
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, head, columns, widths, pad);
        out.append("\n|");
        for (int c = 0; c < columns; c++) {
            int w = pad ? Math.max(3, widths[c]) : 3;
            char a = aligns[c];
            out.append(' ').append(a == 'l' || a == 'c' ? ':' : '-');
            out.append("-".repeat(w - 2));
            out.append(a == 'r' || a == 'c' ? ':' : '-').append(" |");
        }
        for (int r = 1; r < rows.size(); r++) {
            out.append('\n');
            appendRow(out, rows.get(r), columns, widths, pad);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<Cell> cells, int columns, int[] widths, boolean pad) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c).text : "";
            out.append(' ').append(text);
            if (pad) {
                out.append(" ".repeat(Math.max(3, widths[c]) - displayWidth(text)));
            }
            out.append(" |");
        }
    }

    /** Columns a string takes in a monospace font: wide East Asian characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += CharClass.isCjk(cp) || cp >= 0xAC00 && cp <= 0xD7A3 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
