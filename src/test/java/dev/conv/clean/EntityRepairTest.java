package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "it&amp;#039;s                 | it&#039;s",
        "it&amp;#39;s                  | it&#39;s",
        "&amp;quot;quoted&amp;quot;    | &quot;quoted&quot;",
        "R&amp;amp;D                   | R&amp;D",
        "R&amp;amp;amp;D               | R&amp;D",
        "&amp;amp;#039;                | &#039;",
        "&amp;nbsp;                    | &nbsp;",
        "&amp;lt;b&amp;gt;             | &lt;b&gt;",
        "&amp;#x27;                    | &#x27;",
        "&amp;#X27;x                   | &#X27;x",
        "&amp;#x27                     | &#x27;",
        "O&amp;#039Fallon              | O&#039;Fallon",
        "&amp;#039图4：推背图&amp;#039  | &#039;图4：推背图&#039;",
        "`alt=\"&amp;#039陈诚&amp;#039\"` | `alt=\"&#039;陈诚&#039;\"`",
        "&amp;#039&gt;&lt;/a&gt;       | &#039;&gt;&lt;/a&gt;",
        "&amp;#039“x                   | &#039;“x",
    })
    void repairsDoubleEscapes(String in, String out) {
        assertThat(EntityRepair.apply(in)).isEqualTo(out);
        assertThat(EntityRepair.apply(out)).as("idempotent").isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tom &amp; Jerry",
        "<a href=\"/s?a=1&amp;lang=gb&amp;q=x\">x</a>",
        "/cgi-bin/search.php?rdlSearchCriteria=1&amp;ddlCategory=139&amp;str=x",
        "a &amp;&amp; b",
        "&amp;_x=1",
        "&amp;copy=2",
        "&amp;notanentity;",
        "&amp;#x27xyz",
        "&amp;#;",
        "&amp;#99999999;",
        "&amp;",
        "&amp;amp",
        "&#039; &quot; &amp;",
        "<pre>&amp;amp; shows how to escape</pre>",
        "<code>&amp;quot;</code>",
        "<script>if (a &amp;&amp; b) { s = '&amp;#039;'; }</script>",
        "<style>a::after { content: '&amp;quot;' }</style>",
        "<!-- &amp;#039; -->",
        "<textarea>&amp;lt;</textarea>",
    })
    void leavesGenuineAmpersandsAlone(String in) {
        assertThat(EntityRepair.find(in)).isEmpty();
    }

    @Test
    void attributesOfSkippedElementsAreRepairedButNotTheirContent() {
        String in = "<code title=\"&amp;quot;x&amp;quot;\">&amp;quot;</code> after &amp;quot;";
        assertThat(EntityRepair.apply(in)).isEqualTo("<code title=\"&quot;x&quot;\">&amp;quot;</code> after &quot;");
        assertThat(EntityRepair.apply("<PRE>&amp;amp;</Pre>&amp;amp;")).isEqualTo("<PRE>&amp;amp;</Pre>&amp;");
        assertThat(EntityRepair.apply("<preview>&amp;amp;</preview>")).isEqualTo("<preview>&amp;</preview>");
    }

    @Test
    void editsAreOffsetsIntoTheGivenRegion() {
        String src = "xx &amp;#039; yy &amp;#039; zz";
        List<TextEdit> all = EntityRepair.find(src);
        assertThat(all).containsExactly(new TextEdit(3, 10, "&#039;"), new TextEdit(17, 10, "&#039;"));
        assertThat(EntityRepair.find(src, 5, src.length())).containsExactly(new TextEdit(17, 10, "&#039;"));
        // a reference cut by the region end is not touched
        assertThat(EntityRepair.find(src, 0, 8)).isEmpty();
        assertThat(EntityRepair.find(src, 0, 12)).containsExactly(new TextEdit(3, 9, "&#039;"));
        assertThatThrownBy(() -> EntityRepair.find(src, 5, 100)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void repairedTextParsesToTheIntendedCharacters() {
        String fixed = EntityRepair.apply("<img alt=\"&amp;#039图1：疫苗&amp;#039\"><p>O&amp;#039Fallon &amp;quot;x&amp;quot;</p>");
        org.jsoup.nodes.Document doc = Cleaning.parse(fixed);
        assertThat(doc.selectFirst("img").attr("alt")).isEqualTo("'图1：疫苗'");
        assertThat(doc.selectFirst("p").text()).isEqualTo("O'Fallon \"x\"");
    }
}
