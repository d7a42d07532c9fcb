package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPartsTest {
    @Test
    void takesAnAbsoluteUrlApart() {
        UrlParts u = UrlParts.parse(" HTTPS://user@Img.Example.COM.:8443/a/B%20c/d.gif?uid=1&amp;x=2#top ");
        assertThat(u.scheme()).isEqualTo("https");
        assertThat(u.host()).isEqualTo("img.example.com");
        assertThat(u.path()).isEqualTo("/a/B%20c/d.gif");
        assertThat(u.query()).isEqualTo("uid=1&amp;x=2");
        assertThat(u.segments()).containsExactly("a", "b c", "d.gif");
        assertThat(u.lastSegment()).isEqualTo("d.gif");
        assertThat(u.queryNames()).containsExactly("uid", "x");
    }

    @Test
    void toleratesWhatMirroredPagesHold() {
        assertThat(UrlParts.parse("//cdn.example/产品 图.png").path()).isEqualTo("/产品 图.png");
        assertThat(UrlParts.parse("//cdn.example/产品 图.png").host()).isEqualTo("cdn.example");
        assertThat(UrlParts.parse("c:\\pages\\a.md").scheme()).isEmpty(); // a drive, not a scheme
        assertThat(UrlParts.parse("c:\\pages\\a.md").segments()).containsExactly("c:", "pages", "a.md");
        assertThat(UrlParts.parse("../a/./b").host()).isEmpty();
        assertThat(UrlParts.parse("//[::1]:80/x").host()).isEqualTo("[::1]");
        assertThat(UrlParts.parse("javascript:alert(1)").scheme()).isEqualTo("javascript");
        UrlParts none = UrlParts.parse(null);
        assertThat(none.scheme() + none.host() + none.path() + none.query()).isEmpty();
        assertThat(none.lastSegment()).isEmpty();
    }
}
