package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.TableShape;
import org.junit.jupiter.api.Test;

/**
 * Row and column spans are laid out on a full grid of cells; a hostile table made that grid (and
 * the time and memory to write it) grow with rows times columns. Such a table is written as
 * layout, so the output stays proportional to the page.
 */
class SpanTableSizeTest {
    private final Html2Md html2md = new Html2Md();

    @Test
    void rowspanCellsAboveManyRowsDoNotMultiplyTheOutput() {
        String html = "<table><tr>" + "<td rowspan=1000>c".repeat(500) + "<tr>".repeat(500) + "</table>";
        String md = html2md.convert(html);
        assertThat(md.length()).isLessThan(2 * html.length());
        assertThat(md).contains("c");
    }

    @Test
    void wideColspansDoNotMultiplyTheOutput() {
        String html = "<table><tr><th>a<th>b" + "<tr><td colspan=1000>c".repeat(300) + "</table>";
        String md = html2md.convert(html);
        assertThat(md.length()).isLessThan(2 * html.length());
        assertThat(md.split("c", -1)).hasSize(301);
    }

    @Test
    void ordinarySpansStillMakeAGridTable() {
        String html = "<table><tr><th colspan=2>Name<th>Score<tr><td>Wang<td>Ming<td rowspan=2>90"
                + "<tr><td colspan=2>Li Hua</table>";
        assertThat(html2md.convert(html)).startsWith("| Name   |      | Score |");
        assertThat(TableShape.isDataTable(org.jsoup.Jsoup.parse(html).selectFirst("table"))).isTrue();
    }
}
