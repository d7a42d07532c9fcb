package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationEncodingTest {
    @Test
    void encodesWhatADestinationMustNotCarry() {
        assertThat(DestinationEncoding.encode("https://e.com/?q=<script>alert(1)</script>"))
                .isEqualTo("https://e.com/?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(DestinationEncoding.encode("a\"b c\td\u0000e\u007F")).isEqualTo("a%22b%20c%09d%00e%7F");
    }

    @Test
    void encodesC1ControlsAsTheirUtf8Bytes() {
        // Found by the html2md fuzz target: U+009B in a destination made a second run read the
        // link as text. A browser's URL parser encodes them the same way.
        assertThat(DestinationEncoding.encode("a\u009Bb\u0080c\u0085")).isEqualTo("a%C2%9Bb%C2%80c%C2%85");
        assertThat(DestinationEncoding.encode("\u00A0\u00FF")).isEqualTo("\u00A0\u00FF");
    }

    @Test
    void leavesEverythingElseReadable() {
        String url = "https://例子.com/路径?a=1&b=(2)#frag'x";
        assertThat(DestinationEncoding.encode(url)).isSameAs(url);
    }
}
