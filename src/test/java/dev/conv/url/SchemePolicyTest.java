package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.url.SchemePolicy.Use;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SchemePolicyTest {
    private static final SchemePolicy POLICY = SchemePolicy.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM", "mailto:a@b.c",
        "tel:+1-555", "ftp://files.example.com/x", "page.html", "../up/page.html", "/root", "//cdn.example.com/x.js",
        "#top", "?q=1", "", "a/b:c", "2024:notes.html", "https://e.com/?next=javascript:alert(1)",
        "https://e.com/#javascript:x", "ｊａｖａｓｃｒｉｐｔ:alert(1)"})
    void allowsWebSchemesRelativeUrlsAndFragments(String url) {
        assertThat(POLICY.allows(url, Use.LINK)).as(url).isTrue();
        assertThat(POLICY.allows(url, Use.IMAGE)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
        "\u0001\u0002 javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:x",
        "java\u0000script:x", "java script:x", "java%09script:x", "java%73cript:x", "javascript&#58;alert(1)",
        "javascript&#x3A;alert(1)", "javascript&colon;alert(1)", "javascript%3Aalert(1)", "java\u200Bscript:x",
        "vbscript:msgbox(1)", "VBScript:x", "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "feed:javascript:alert(1)", "livescript:x",
        "c:\\windows", "jar:https://e.com/x!/", "view-source:https://e.com", "data:image/png;base64,AAAA"})
    void refusesEveryOtherScheme(String url) {
        assertThat(POLICY.allows(url, Use.LINK)).as(url).isFalse();
        assertThat(POLICY.allows(url, Use.IMAGE)).as(url).isFalse();
    }

    @Test
    void dataImagesOnlyForImagesAndOnlyWhenAllowed() {
        SchemePolicy data = SchemePolicy.WITH_DATA_IMAGES;
        assertThat(data.allows("data:image/png;base64,iVBOR", Use.IMAGE)).isTrue();
        assertThat(data.allows("DATA:IMAGE/JPEG;base64,/9j/", Use.IMAGE)).isTrue();
        assertThat(data.allows("data:image/gif,GIF89a", Use.IMAGE)).isTrue();
        assertThat(data.allows("data:image/png;base64,iVBOR", Use.LINK)).isFalse();
        assertThat(data.allows("data:image/svg+xml;base64,PHN2Zz4=", Use.IMAGE)).isFalse();
        assertThat(data.allows("data:image/svg+xml,<svg onload=alert(1)>", Use.IMAGE)).isFalse();
        assertThat(data.allows("data:text/html,x", Use.IMAGE)).isFalse();
        assertThat(data.allows("data:image/,x", Use.IMAGE)).isFalse();
        assertThat(data.allows("javascript:alert(1)", Use.IMAGE)).isFalse();
        assertThat(SchemePolicy.DEFAULT.allows("data:image/png;base64,iVBOR", Use.IMAGE)).isFalse();
    }

    @Test
    void readsTheSchemeAsABrowserDoes() {
        assertThat(SchemePolicy.scheme("  JavaScript:x")).isEqualTo("javascript");
        assertThat(SchemePolicy.scheme("j\ta\nv\ra:x")).isEqualTo("java");
        assertThat(SchemePolicy.scheme("https://e.com")).isEqualTo("https");
        assertThat(SchemePolicy.scheme("page.html")).isEmpty();
        assertThat(SchemePolicy.scheme("a/b:c")).isEmpty();
        assertThat(SchemePolicy.scheme("#x:y")).isEmpty();
        assertThat(SchemePolicy.scheme("1abc:x")).isEmpty();
    }
}
