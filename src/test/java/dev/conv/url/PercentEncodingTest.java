package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "%E4%BA%A7%E5%93%81%20a | 产品 a",
        "100%                   | 100%",
        "%zz%4                  | %zz%4",
        "a%2fb                  | a/b",
        "%FF%41                 | %FF%41",
    })
    void decodesUtf8AndLeavesMalformedEscapesAndBytesThatAreNotUtf8(String encoded, String decoded) {
        assertThat(PercentEncoding.decode(encoded)).isEqualTo(decoded);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b.md                 | a%20b.md",
        "产品.md                | %E4%BA%A7%E5%93%81.md",
        "100%.md                | 100%25.md",
        "a?b#c/d\\e             | a%3Fb%23c%2Fd%5Ce",
        "<x>\"                  | %3Cx%3E%22",
        "😀                     | %F0%9F%98%80",
        "é                      | %C3%A9",
        "keep-._~!$&'()*+,;=:@  | keep-._~!$&'()*+,;=:@",
    })
    void encodesASegmentSoThatDecodingGivesItBack(String segment, String encoded) {
        assertThat(PercentEncoding.encodeSegment(segment)).isEqualTo(encoded);
        assertThat(PercentEncoding.decode(encoded)).isEqualTo(segment);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/a b/%E4%BA%A7/100%/ | /a%20b/%E4%BA%A7/100%25/",
        "/文档/<x>            | /%E6%96%87%E6%A1%A3/%3Cx%3E",
        "/plain/path          | /plain/path",
    })
    void encodesAPathAsWrittenKeepingItsEscapes(String path, String encoded) {
        assertThat(PercentEncoding.encodePath(path)).isEqualTo(encoded);
    }

    @Test
    void textWithNothingToDoIsReturnedAsItIs() {
        String plain = "plain/path";
        assertThat(PercentEncoding.decode(plain)).isSameAs(plain);
        assertThat(PercentEncoding.encodePath(plain)).isSameAs(plain);
        assertThat(PercentEncoding.encodeSegment("a.md")).isEqualTo("a.md");
    }
}
