package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code <link rel=preconnect|dns-prefetch|preload|prefetch|modulepreload>} that only readies a
 * tracker: a connection to a tracker host, or an early fetch of a tracker script. Hints for fonts,
 * images and the site's own scripts stay, and so does every other kind of link.
 */
class TrackerHintTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<link rel=\"preconnect\" href=\"https://www.googletagmanager.com\">",
        "<link rel=\"preconnect\" href=\"https://www.google-analytics.com\" crossorigin>",
        "<link rel=\"dns-prefetch\" href=\"//www.google-analytics.com\">",
        "<link rel='dns-prefetch' href='//pagead2.googlesyndication.com'>",
        "<link rel=\"preconnect\" href=\"https://securepubads.g.doubleclick.net\">",
        "<link rel=\"preload\" href=\"https://securepubads.g.doubleclick.net/tag/js/gpt.js\" as=\"script\">",
        "<link rel=\"preload\" as=\"script\" href=\"https://www.googletagmanager.com/gtm.js?id=GTM-AB12\">",
        "<link rel=\"prefetch\" href=\"https://www.googletagmanager.com/gtag/js?id=G-1\">",
        "<link rel=\"modulepreload\" href=\"https://cdn.segment.com/analytics.js/v1/key/analytics.min.js\">",
        "<link rel=\"preload\" href=\"/assets/js/analytics.js\" as=\"script\">",
        "<link rel=\"preload\" href=\"/vendor/matomo.js\" as=\"script\">",
        "<link rel=\"dns-prefetch preconnect\" href=\"https://connect.facebook.net\">",
        "<link REL=\"DNS-Prefetch\" HREF=\"//static.chartbeat.com\">",
        "<link rel=\"preconnect\" href=\"https://sb.scorecardresearch.com\">",
        "<link rel=\"preconnect\" href=\"https://hm.baidu.com\">",
        "<link rel=\"dns-prefetch\" href=\"//sa.bbc.co.uk\">",
    })
    void hintsThatOnlyReadyATrackerGo(String html) {
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.TRACKER_HINT);
            assertThat(a.type()).isEqualTo(CleanAction.Type.REMOVE);
            assertThat(a.reason()).isNotBlank();
        });
        assertThat(clean(html)).isEmpty();
    }

    @Test
    void detailAndReasonSayWhichTracker() {
        assertThat(decide("<link rel=\"preconnect\" href=\"https://www.googletagmanager.com\">")).singleElement()
                .satisfies(a -> {
                    assertThat(a.detail()).isEqualTo("https://www.googletagmanager.com");
                    assertThat(a.reason()).isEqualTo("preconnect to tracker host googletagmanager.com");
                });
        assertThat(decide("<link rel=\"preload\" href=\"/assets/js/analytics.js\" as=\"script\">")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("preload of tracker script analytics.js"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\" crossorigin>",
        "<link rel=\"dns-prefetch\" href=\"//cdn.news.example\">",
        "<link rel=\"preload\" href=\"/fonts/analytics-sans.woff2\" as=\"font\" crossorigin>",
        "<link rel=\"preload\" href=\"/img/hero.jpg\" as=\"image\">",
        "<link rel=\"preload\" href=\"/js/app.js\" as=\"script\">",
        "<link rel=\"modulepreload\" href=\"/js/gallery.mjs\">",
        // a tracker script's name on a style sheet or font is a coincidence, not a tracker
        "<link rel=\"preload\" href=\"/css/analytics.js.css\" as=\"style\">",
        // not a hint: what the page links to is the page's business
        "<link rel=\"stylesheet\" href=\"/css/site.css\">",
        "<link rel=\"canonical\" href=\"https://news.example/2024/05/story.html\">",
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://news.example/feed\">",
        "<link rel=\"author\" href=\"https://www.google-analytics.com/about\">",
        "<link rel=\"preconnect\">",
        "<link rel=\"preconnect\" href=\"\">",
    })
    void otherLinksStay(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @Test
    void aWholeHeadLosesOnlyItsTrackerHints() {
        String html = """
                <html><head>
                <meta charset="utf-8">
                <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
                <link rel="preconnect" href="https://www.googletagmanager.com">
                <link rel="dns-prefetch" href="//www.google-analytics.com">
                <link rel="stylesheet" href="/css/site.css">
                </head><body><p>x</p></body></html>""";
        assertThat(Cleaning.summary(decide(html)))
                .containsExactly("REMOVE tracker-hint link", "REMOVE tracker-hint link");
        assertThat(clean(html)).contains("fonts.gstatic.com", "/css/site.css")
                .doesNotContain("googletagmanager").doesNotContain("google-analytics");
    }
}
