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
    void leavesEverythingElseReadable() {
        String url = "https://例子.com/路径?a=1&b=(2)#frag'x";
        assertThat(DestinationEncoding.encode(url)).isSameAs(url);
    }
}
