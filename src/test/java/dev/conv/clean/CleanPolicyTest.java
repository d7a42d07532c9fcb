package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.html.TagPolicy;
import dev.conv.url.TrackerHosts;
import org.junit.jupiter.api.Test;

class CleanPolicyTest {

    @Test
    void defaults() {
        CleanPolicy p = CleanPolicy.defaults();
        assertThat(p.customTags()).isEqualTo(TagPolicy.UNWRAP);
        assertThat(p.tagOverrides()).isEmpty();
        assertThat(p.trackerHosts()).isEmpty();
        assertThat(p.removeSelectors()).isEmpty();
        assertThat(p.pagePath()).isNull();
        assertThat(p.pageUrl()).isNull();
    }

    @Test
    void builderAndToBuilder() {
        CleanPolicy p = CleanPolicy.builder()
                .customTags(TagPolicy.LINK)
                .tagOverride("OK=drop")
                .tagOverride("my-widget", TagPolicy.KEEP)
                .trackerHost("*.Stats.Example.org")
                .trackerHost("https://counter.example.net:8080/path")
                .removeSelector("div.share")
                .pagePath("pages/p1/a1.md")
                .pageUrl("https://example.org/pages/p1/a1.md")
                .build();
        assertThat(p.policyFor("ok")).isEqualTo(TagPolicy.DROP);
        assertThat(p.policyFor("my-widget")).isEqualTo(TagPolicy.KEEP);
        assertThat(p.policyFor("other")).isEqualTo(TagPolicy.LINK);
        assertThat(p.trackerHosts()).containsExactly("stats.example.org", "counter.example.net");
        assertThat(p.removeSelectors()).containsExactly("div.share");

        CleanPolicy q = p.toBuilder().pagePath("pages/p1/a2.md").build();
        assertThat(q.pagePath()).isEqualTo("pages/p1/a2.md");
        assertThat(q.tagOverrides()).isEqualTo(p.tagOverrides());
        assertThat(p.pagePath()).isEqualTo("pages/p1/a1.md");
        assertThatThrownBy(() -> p.tagOverrides().put("x", TagPolicy.DROP)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> TagPolicy.parse("remove")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'remove'");
        assertThatThrownBy(() -> CleanPolicy.builder().tagOverride("ok")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ok'");
        assertThatThrownBy(() -> CleanPolicy.builder().tagOverride("<ok>=link")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'<ok>'");
        assertThatThrownBy(() -> CleanPolicy.builder().trackerHost("not a host")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'not a host'");
        assertThatThrownBy(() -> CleanPolicy.builder().removeSelector("a[href")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid --remove selector 'a[href'");
    }

    @Test
    void kinds() {
        assertThat(CleanKind.TRACKING_PIXEL.id()).isEqualTo("tracking-pixel");
        assertThat(CleanKind.TRACKING_PIXEL.count(3)).isEqualTo("3 tracking pixels");
        assertThat(CleanKind.CUSTOM_TAG.count(1)).isEqualTo("1 custom tag");
        assertThat(CleanKind.SELECTOR.count(2)).isEqualTo("2 selector matches");
        assertThat(CleanKind.ofId("empty-wrapper")).isEqualTo(CleanKind.EMPTY_WRAPPER);
    }

    @Test
    void builtInTrackerListLoads() {
        assertThat(TrackerHosts.builtIn().hosts()).contains("google-analytics.com", "hm.baidu.com", "cnzz.com", "51.la",
                "mc.yandex.ru", "clarity.ms", "hotjar.com");
        assertThat(TrackerHosts.builtIn().hosts()).doesNotContain("facebook.com", "google.com", "github.com");
    }
}
