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
    void encodesTheColonOfAScriptSchemeInsideTheUrl() {
        // Found by the html2md fuzz target: a renderer that refuses [x](https:data://e.com/a b)
        // shows its source as text, and an eager autolinker links the data:// in it.
        assertThat(DestinationEncoding.encode("https:data://e.com/a")).isEqualTo("https:data%3A//e.com/a");
        assertThat(DestinationEncoding.encode("https://e.com/?u=JavaScript://x%0aalert(1)"))
                .isEqualTo("https://e.com/?u=JavaScript%3A//x%0aalert(1)");
        assertThat(DestinationEncoding.encode("/a/xvbscript://")).isEqualTo("/a/xvbscript%3A//");
        assertThat(DestinationEncoding.encode("/a/data:/b")).isEqualTo("/a/data:/b");
        // Wayback-style URLs and a raster data image keep their colons.
        String wayback = "https://web.archive.org/web/2020/https://e.com/data:x";
        assertThat(DestinationEncoding.encode(wayback)).isSameAs(wayback);
        String image = "data:image/png;base64,AAAA";
        assertThat(DestinationEncoding.encode(image)).isSameAs(image);
    }

    @Test
    void leavesEverythingElseReadable() {
        String url = "https://例子.com/路径?a=1&b=(2)#frag'x";
        assertThat(DestinationEncoding.encode(url)).isSameAs(url);
    }
}
