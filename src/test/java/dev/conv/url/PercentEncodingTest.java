package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {
    @Test
    void decodesUtf8AndLeavesMalformedEscapes() {
        assertThat(PercentEncoding.decode("%E4%BA%A7%E5%93%81%20a")).isEqualTo("产品 a");
        assertThat(PercentEncoding.decode("100%")).isEqualTo("100%");
        assertThat(PercentEncoding.decode("%zz%4")).isEqualTo("%zz%4");
        assertThat(PercentEncoding.decode("plain")).isSameAs("plain");
    }

    @Test
    void encodesASegmentSoThatDecodingGivesItBack() {
        assertThat(PercentEncoding.encodeSegment("a b.md")).isEqualTo("a%20b.md");
        assertThat(PercentEncoding.encodeSegment("产品.md")).isEqualTo("%E4%BA%A7%E5%93%81.md");
        assertThat(PercentEncoding.encodeSegment("100%.md")).isEqualTo("100%25.md");
        assertThat(PercentEncoding.encodeSegment("a?b#c/d\\e")).isEqualTo("a%3Fb%23c%2Fd%5Ce");
        assertThat(PercentEncoding.encodeSegment("<x>\"")).isEqualTo("%3Cx%3E%22");
        assertThat(PercentEncoding.encodeSegment("😀")).isEqualTo("%F0%9F%98%80");
        assertThat(PercentEncoding.encodeSegment("keep-._~!$&'()*+,;=:@")).isEqualTo("keep-._~!$&'()*+,;=:@");
        for (String s : new String[] {"a b", "产品 图", "100%", "a?b#c", "😀x", "é"}) {
            assertThat(PercentEncoding.decode(PercentEncoding.encodeSegment(s))).isEqualTo(s);
        }
    }

    @Test
    void encodesAPathAsWrittenKeepingItsEscapes() {
        assertThat(PercentEncoding.encodePath("/a b/%E4%BA%A7/100%/")).isEqualTo("/a%20b/%E4%BA%A7/100%25/");
        assertThat(PercentEncoding.encodePath("/文档/<x>")).isEqualTo("/%E6%96%87%E6%A1%A3/%3Cx%3E");
        assertThat(PercentEncoding.encodePath("/plain/path")).isSameAs("/plain/path".intern());
    }
}
