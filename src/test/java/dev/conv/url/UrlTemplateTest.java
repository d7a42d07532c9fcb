package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlTemplateTest {
    private static final BaseUrl BASE = BaseUrl.parse("https://example.org/news/");

    @Test
    void eachPlaceholderIsItsPartOfThePathEncodedAsBaseUrlEncodesIt() {
        UrlTemplate t = UrlTemplate.parse("{base}/{dir}/{stem}.html#{name}", BASE);
        assertThat(t.urlOf("文章/a b.md")).isEqualTo("https://example.org/news/%E6%96%87%E7%AB%A0/a%20b.html#a%20b.md");
        assertThat(UrlTemplate.parse("{base}/{path}", BASE).urlOf("文章/a b.md")).isEqualTo(BASE.urlOf("文章/a b.md"));
    }

    @Test
    void aPageAtTheRootHasNoFolderAndNoDoubleSlash() {
        assertThat(UrlTemplate.parse("{base}/{dir}/{stem}", BASE).urlOf("index.md")).isEqualTo("https://example.org/news/index");
    }

    @Test
    void literalTextThatIsNotAsciiIsEncodedToo() {
        assertThat(UrlTemplate.parse("https://例子.example/页/{path}", null).urlOf("a.md"))
                .isEqualTo("https://%E4%BE%8B%E5%AD%90.example/%E9%A1%B5/a.md");
    }

    @Test
    void badPatternsFailWhenParsed() {
        assertThatThrownBy(() -> UrlTemplate.parse("{base}/{title}", BASE)).hasMessageContaining("unknown placeholder {title}");
        assertThatThrownBy(() -> UrlTemplate.parse("{base}/{path}", null)).hasMessageContaining("{base} needs --base-url");
        assertThatThrownBy(() -> UrlTemplate.parse("javascript:alert(1)//{path}", null))
                .hasMessageContaining("does not make an absolute http(s) URL");
        assertThatThrownBy(() -> UrlTemplate.parse("{path}", null)).hasMessageContaining("does not make an absolute");
    }

    @Test
    void encodeNonAsciiLeavesAsciiUrlsAsTheyAre() {
        String ascii = "https://example.org/a%20b?q=1&r=%E6#x";
        assertThat(PercentEncoding.encodeNonAscii(ascii)).isSameAs(ascii);
        assertThat(PercentEncoding.encodeNonAscii("https://example.org/文 章?q=中")).isEqualTo(
                "https://example.org/%E6%96%87%20%E7%AB%A0?q=%E4%B8%AD");
    }
}
