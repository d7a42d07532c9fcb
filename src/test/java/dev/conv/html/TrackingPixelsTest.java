package dev.conv.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.url.TrackerHosts;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrackingPixelsTest {
    private static final TrackingPixels BUILT_IN = new TrackingPixels(TrackerHosts.builtIn());

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void judgesByTheHostListItIsGiven() {
        Element img = first("<img src='https://pix.example/p.gif' width='16' height='16'>");
        assertThat(BUILT_IN.reason(img)).isNull();
        TrackingPixels more = new TrackingPixels(TrackerHosts.builtIn().with(List.of("pix.example")));
        assertThat(more.reason(img)).isEqualTo("tracker host pix.example");
        assertThat(more.reason(first("<iframe src='//www.pix.example/frame'></iframe>")))
                .isEqualTo("tracker host pix.example");
    }

    @Test
    void tinyHiddenBeaconAndCounterImages() {
        assertThat(BUILT_IN.reason(first("<img src='/a.png' width='1' height='1'>"))).isEqualTo("width 1, height 1");
        assertThat(BUILT_IN.reason(first("<img src='/a.png' style='display:none'>"))).isEqualTo("hidden");
        assertThat(BUILT_IN.reason(first("<img src='/t/open.gif'>"))).isEqualTo("beacon path /open.gif");
        assertThat(BUILT_IN.reason(first("<img src='/p/a1.md'>"))).isEqualTo("counter: src is a document");
        assertThat(BUILT_IN.reason(first("<img src='/icons/open.png' width='16' height='16'>"))).isNull();
        assertThat(BUILT_IN.reason(first("<img src='data:image/gif;base64,R0lGOD'>"))).isNull();
    }

    @Test
    void aPageMakesImagesPointingAtItCounters() {
        Element img = first("<img src='https://mirror.example/site/posts/hello'>");
        assertThat(BUILT_IN.reason(img)).isNull();
        assertThat(BUILT_IN.forPage("posts/hello.md", null).reason(img)).isEqualTo("counter: src is the page itself");
        assertThat(BUILT_IN.forPage(null, "https://mirror.example/site/posts/hello").reason(img))
                .isEqualTo("counter: src is the page URL");
        assertThat(BUILT_IN.forPage(null, "https://other.example/site/posts/hello").reason(img)).isNull();
        assertThat(BUILT_IN.forPage("a.md", null).hosts()).isSameAs(BUILT_IN.hosts());
    }

    @Test
    void sizeParsing() {
        assertThat(TrackingPixels.parseLength("0")).isZero();
        assertThat(TrackingPixels.parseLength("0px")).isZero();
        assertThat(TrackingPixels.parseLength("0vw")).isZero();
        assertThat(TrackingPixels.parseLength("1")).isEqualTo(1.0);
        assertThat(TrackingPixels.parseLength(" 1PX ")).isEqualTo(1.0);
        assertThat(TrackingPixels.parseLength("1pt")).isEqualTo(1.0);
        assertThat(TrackingPixels.parseLength("1em")).isGreaterThan(1);
        assertThat(TrackingPixels.parseLength("auto")).isGreaterThan(1);
        assertThat(TrackingPixels.parseLength("")).isNull();
        assertThat(TrackingPixels.parseLength(null)).isNull();
    }
}
