package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.LineShapes;
import dev.conv.html.TableShape;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link LineShapes}, which extract reads to cut whole lines, says what html2md's {@link Role}s do. */
class LineShapesTest {
    private static final String NAMES = "script style noscript template head title meta link base select option"
            + " optgroup datalist input textarea canvas svg map area param source track frame frameset noframes"
            + " noembed dialog object embed rp address article aside body center details dd div dl fieldset"
            + " figcaption figure footer form header hgroup html legend main nav p search section summary h1 h2 h3"
            + " h4 h5 h6 pre xmp listing plaintext dt hr blockquote ul ol menu dir li table thead tbody tfoot"
            + " colgroup col tr td th caption br img a em i cite dfn var strong b del s strike code kbd samp tt u"
            + " ins mark sub sup iframe video audio span label small abbr time q x-custom button";

    @Test
    void agreesWithHtml2MdsRoles() {
        for (String name : NAMES.split(" ")) {
            Element el = new Element(name);
            Role role = Role.of(name);
            assertThat(LineShapes.writesNothing(el)).as(name).isEqualTo(role == Role.DROP);
            boolean block = switch (role) {
                case BLOCK, HEADING, TERM, PRE, RULE, QUOTE, LIST, ITEM, TABLE, TABLE_SECTION, ROW, CELL, CAPTION -> true;
                default -> false;
            };
            assertThat(LineShapes.writesInline(el)).as(name).isEqualTo(!block && role != Role.DROP);
            if (role != Role.TABLE) {
                assertThat(LineShapes.writesOneLine(el)).as(name)
                        .isEqualTo(role == Role.HEADING || role == Role.CODE || role == Role.PRE);
            }
        }
    }

    @Test
    void aDataTableIsWrittenWhole() {
        Element data = org.jsoup.Jsoup.parse("<table><tr><th>A<th>B<tr><td>1<td>2</table>").selectFirst("table");
        Element noHeader = org.jsoup.Jsoup.parse("<table><tr><td>A<td>B<tr><td>1<td>2</table>").selectFirst("table");
        Element layout = org.jsoup.Jsoup.parse("<table><tr><td>menu<td>article</table>").selectFirst("table");
        assertThat(LineShapes.writesOneLine(data)).isTrue();
        assertThat(TableShape.isDataTable(data)).isTrue();
        assertThat(LineShapes.writesOneLine(noHeader)).isTrue();
        assertThat(TableShape.isDataTable(noHeader)).isTrue();
        assertThat(LineShapes.writesOneLine(layout)).isFalse();
        assertThat(TableShape.isDataTable(layout)).isFalse();
    }
}
