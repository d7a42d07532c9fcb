package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
    @Test
    void aPageUrlIsTheBaseFollowedByItsEncodedPath() {
        BaseUrl base = BaseUrl.parse("https://example.org/docs");
        assertThat(base.toString()).isEqualTo("https://example.org/docs/");
        assertThat(base.urlOf("guide/a b.md")).isEqualTo("https://example.org/docs/guide/a%20b.md");
        assertThat(base.urlOf("产品/说明.md"))
                .isEqualTo("https://example.org/docs/%E4%BA%A7%E5%93%81/%E8%AF%B4%E6%98%8E.md");
        assertThat(base.urlOf("100%.md")).isEqualTo("https://example.org/docs/100%25.md");
        assertThat(base.urlOf("q?a#b.md")).isEqualTo("https://example.org/docs/q%3Fa%23b.md");
        assertThat(base.urlOf("pages/(1).md")).isEqualTo("https://example.org/docs/pages/(1).md");
        assertThat(BaseUrl.parse("https://example.org/docs/")).isEqualTo(base);
        assertThat(BaseUrl.parse("HTTPS://example.org").urlOf("a.md")).isEqualTo("https://example.org/a.md");
    }

    @Test
    void everyPageUrlParsesAndDecodesBackToItsPath() {
        BaseUrl base = BaseUrl.parse("http://141.164.63.68:10080/gb/");
        for (String path : new String[] {"a b/c.md", "产品 图/😀.md", "100%/x.html", "a[1]/{b}|c^d`e.md", "é\\f.md"}) {
            String url = base.urlOf(path);
            URI uri = URI.create(url); // throws on anything a URL may not hold
            assertThat(uri.getHost()).isEqualTo("141.164.63.68");
            assertThat(uri.getPath()).isEqualTo("/gb/" + path);
        }
    }

    @Test
    void theBaseIsEncodedAsWrittenAndItsHostMadeAscii() {
        assertThat(BaseUrl.parse("https://例子.中国/文档 1/%E4%BA%A7/").toString())
                .isEqualTo("https://xn--fsqu00a.xn--fiqs8s/%E6%96%87%E6%A1%A3%201/%E4%BA%A7/");
        assertThat(BaseUrl.parse(" https://user@Example.org:8443 ").urlOf("a.md"))
                .isEqualTo("https://user@Example.org:8443/a.md");
    }

    @Test
    void aBaseThatCannotBeOneIsRefused() {
        for (String bad : new String[] {"example.org/docs", "/docs/", "docs", "", "https:///x", "mailto:a@b.c",
                "https://example.org/?page=1", "https://example.org/#top", "https://exa mple.org/"}) {
            assertThatThrownBy(() -> BaseUrl.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("base URL");
        }
        assertThatThrownBy(() -> BaseUrl.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsArePercentEncodedAsUtf8AndKeepWhatASegmentMayHold() {
        BaseUrl site = BaseUrl.parse("https://example.org/");
        assertThat(site.urlOf("文章/a b#1?.md")).isEqualTo("https://example.org/%E6%96%87%E7%AB%A0/a%20b%231%3F.md");
        assertThat(site.urlOf("emoji😀.md")).isEqualTo("https://example.org/emoji%F0%9F%98%80.md");
        assertThat(site.urlOf("keep-._~!$&'()*+,;=:@.md")).isEqualTo("https://example.org/keep-._~!$&'()*+,;=:@.md");
    }

    @Test
    void aPageUrlResolvesTheLinksOfItsPage() {
        String page = BaseUrl.parse("https://example.org/site/").urlOf("docs/深/index.md");
        assertThat(ReferenceResolution.resolve(page, "../../README.md").url()).isEqualTo("https://example.org/site/README.md");
    }

    @Test
    void aBaseThatCannotBeAPageBaseIsRefused() {
        assertThatThrownBy(() -> BaseUrl.parse("example.org/")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> BaseUrl.parse("https://example.org/?q=1")).hasMessageContaining("query");
        assertThatThrownBy(() -> BaseUrl.parse("https://exa mple.org/")).hasMessageContaining("host");
        assertThatThrownBy(() -> BaseUrl.parse("mailto:x@example.org")).hasMessageContaining("host");
    }

    @Test
    void aPathFromTheRootHasNoDotOrEmptySegments() {
        BaseUrl site = BaseUrl.parse("https://example.org/");
        for (String path : new String[] {"a/../b.md", "/b.md", "a//b.md", "./a.md", ""}) {
            assertThatThrownBy(() -> site.urlOf(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
