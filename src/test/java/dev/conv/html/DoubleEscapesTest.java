package dev.conv.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.clean.EntityRepair;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleEscapesTest {

    /** What a reader sees of an HTML fragment's text. */
    private static String parsed(String html) {
        return Jsoup.parseBodyFragment(html).body().wholeText();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "it&amp;#039;s", "&amp;quot;quoted&amp;quot;", "R&amp;amp;D", "R&amp;amp;amp;D", "&amp;amp;#039;",
        "&amp;nbsp;x", "&amp;lt;b&amp;gt;", "&amp;#x27;", "&amp;#X27;x", "&amp;#x27", "O&amp;#039Fallon",
        "&amp;#039图4：推背图&amp;#039", "&amp;#039“x", "Tom &amp; Jerry", "a &amp;&amp; b", "&amp;_x=1",
        "&amp;copy=2", "&amp;notanentity;", "&amp;#x27xyz", "&amp;#;", "&amp;#99999999;", "&amp;", "&amp;amp",
        "&#039; &quot; &amp;", "/s?a=1&amp;lang=gb&amp;q=x", "&amp;#0;", "&amp;#x80;", "AT&T & more;",
    })
    void decodingParsedTextEqualsRepairingTheSource(String source) {
        assertThat(DoubleEscapes.decodeParsed(parsed(source))).isEqualTo(parsed(EntityRepair.apply(source)));
    }

    @Test
    void aReferenceLeftByDecodingIsDecodedToo() {
        // &#38;#38;#38;quot; decodes to "&#38;#38;quot;": what a decode leaves is decoded again.
        assertThat(DoubleEscapes.decodeParsed("&#38;#38;#38;quot;x")).isEqualTo("\"x");
        // A name no escaping function writes is text on a page about HTML, not a double escape.
        assertThat(DoubleEscapes.decodeParsed("&#38;copy; &ouml;")).isEqualTo("&copy; &ouml;");
        assertThat(DoubleEscapes.decodeParsed("&#38;")).isEqualTo("&");
        assertThat(DoubleEscapes.decodeParsed("&#38;&#38;x")).isEqualTo("&&x");
    }

    @Test
    void textWithoutReferencesIsReturnedAsItIs() {
        String text = "no ampersand here";
        assertThat(DoubleEscapes.decodeParsed(text)).isSameAs(text);
        assertThat(DoubleEscapes.decodeParsed("a & b &c d&")).isEqualTo("a & b &c d&");
    }

    @Test
    void repairAtCollapsesAChain() {
        DoubleEscapes.Repair r = DoubleEscapes.at("x&amp;amp;#039;y", 1, 16);
        assertThat(r).isEqualTo(new DoubleEscapes.Repair(15, "&#039;"));
        assertThat(DoubleEscapes.at("&amp;lang=gb", 0, 12)).isNull();
    }
}
