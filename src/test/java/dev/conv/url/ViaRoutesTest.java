package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViaRoutesTest {
    private final ViaRoutes via = new ViaRoutes(List.of(
            new PrefixRule("https://www.epochtimes.com/gb/", "http://141.164.63.68:10080/gb/"),
            new PrefixRule("https://www.ntdtv.com", "http://209.250.226.216:10000")));

    @Test
    void routesThroughTheProxy() {
        UrlOutcome out = via.route("https://www.epochtimes.com/gb/24/5/1/n1.htm#c");
        assertThat(out.url()).isEqualTo("http://141.164.63.68:10080/gb/24/5/1/n1.htm#c");
        assertThat(out.reason()).contains("141.164.63.68");
        assertThat(via.route("HTTPS://WWW.EPOCHTIMES.COM/gb/").url()).isEqualTo("http://141.164.63.68:10080/gb/");
    }

    @Test
    void onlyWholeSegmentsMatch() {
        assertThat(via.route("https://www.epochtimes.com/b5/x.htm").changed()).isFalse();
        assertThat(via.route("https://www.ntdtv.com.evil.example/x").changed()).isFalse();
        assertThat(via.route("https://www.ntdtv.com/gb/x.html?a=1").url()).isEqualTo("http://209.250.226.216:10000/gb/x.html?a=1");
        assertThat(via.route("https://www.ntdtv.com?a").url()).isEqualTo("http://209.250.226.216:10000?a");
    }

    @Test
    void theSameRulesReadBackwardsUnwrap() {
        assertThat(via.unroute("http://141.164.63.68:10080/gb/24/5/1/n1.htm").url())
                .isEqualTo("https://www.epochtimes.com/gb/24/5/1/n1.htm");
        assertThat(via.unroute("http://209.250.226.216:10000/").url()).isEqualTo("https://www.ntdtv.com/");
        assertThat(via.unroute("http://141.164.63.68:10081/gb/").changed()).isFalse();
    }

    @Test
    void routeThenUnrouteGivesBackTheUrl() {
        for (String url : List.of("https://www.epochtimes.com/gb/a/b.htm?x=1#y", "https://www.ntdtv.com/",
                "https://www.ntdtv.com/文章/1.html")) {
            assertThat(via.unroute(via.route(url).url()).url()).isEqualTo(url);
        }
    }

    @Test
    void relativeAndMalformedUrlsStay() {
        assertThat(via.route("gb/a.htm").changed()).isFalse();
        assertThat(via.route("https://www.ntdtv.com:x/").leftAsIs()).isTrue();
    }
}
