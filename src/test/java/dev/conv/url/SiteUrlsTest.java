package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void aPageUrlIsTheBasePlusItsPathFromTheRoot() {
        SiteUrls site = SiteUrls.of("https://pincong.rocks/");
        assertThat(site.pageUrl("article/item.md")).isEqualTo("https://pincong.rocks/article/item.md");
    }

    @Test
    void aBaseWithoutTrailingSlashIsADirectory() {
        assertThat(SiteUrls.of("https://example.org/mirror").pageUrl("a.md"))
                .isEqualTo("https://example.org/mirror/a.md");
        assertThat(SiteUrls.of("https://example.org").pageUrl("a.md")).isEqualTo("https://example.org/a.md");
    }

    @Test
    void segmentsArePercentEncodedAsUtf8() {
        SiteUrls site = SiteUrls.of("https://example.org/");
        assertThat(site.pageUrl("文章/a b#1?.md")).isEqualTo("https://example.org/%E6%96%87%E7%AB%A0/a%20b%231%3F.md");
        assertThat(site.pageUrl("100%/x.md")).isEqualTo("https://example.org/100%25/x.md");
        assertThat(site.pageUrl("emoji😀.md")).isEqualTo("https://example.org/emoji%F0%9F%98%80.md");
        assertThat(site.pageUrl("keep-._~!$&'()*+,;=:@.md")).isEqualTo("https://example.org/keep-._~!$&'()*+,;=:@.md");
    }

    @Test
    void aPageUrlResolvesTheLinksOfItsPage() {
        String page = SiteUrls.of("https://example.org/site/").pageUrl("docs/深/index.md");
        assertThat(ReferenceResolution.resolve(page, "../../README.md").url()).isEqualTo("https://example.org/site/README.md");
    }

    @Test
    void aBaseThatCannotBeAPageBaseIsRefused() {
        assertThatThrownBy(() -> SiteUrls.of("example.org/")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> SiteUrls.of("https://example.org/?q=1")).hasMessageContaining("query");
        assertThatThrownBy(() -> SiteUrls.of("https://exa mple.org/")).hasMessageContaining("host");
        assertThatThrownBy(() -> SiteUrls.of("mailto:x@example.org")).hasMessageContaining("host");
    }

    @Test
    void aPathFromTheRootHasNoDotOrEmptySegments() {
        SiteUrls site = SiteUrls.of("https://example.org/");
        assertThatThrownBy(() -> site.pageUrl("a/../b.md")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.pageUrl("/b.md")).isInstanceOf(IllegalArgumentException.class);
    }
}
