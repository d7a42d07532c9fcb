package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingParamsTest {
    private final TrackingParams builtIn = TrackingParams.builtIn();

    private String strip(String url) {
        return builtIn.strip(url).url();
    }

    @Test
    void dropsTheParametersOfTheIssue() {
        assertThat(strip("https://example.com/a?soc_src=strm&soc_trk=tw")).isEqualTo("https://example.com/a");
        assertThat(strip("https://example.com/a?utm_source=x&utm_medium=y&utm_campaign=z&utm_term=t&utm_content=c&utm_id=1"))
                .isEqualTo("https://example.com/a");
        for (String p : List.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc",
                "_hsmi", "mkt_tok")) {
            assertThat(strip("https://example.com/a?" + p + "=1")).as(p).isEqualTo("https://example.com/a");
        }
    }

    @Test
    void keepsEveryOtherByte() {
        UrlOutcome out = builtIn.strip("https://example.com/a?b=2&utm_source=x&a=%E4%B8%AD+1&&c#frag?utm_source=y");
        assertThat(out.url()).isEqualTo("https://example.com/a?b=2&a=%E4%B8%AD+1&&c#frag?utm_source=y");
        assertThat(out.reason()).contains("utm_source");
        assertThat(strip("https://example.com/a?utm_source=x#f")).isEqualTo("https://example.com/a#f");
        assertThat(strip("https://example.com/a?fbclid=1&x")).isEqualTo("https://example.com/a?x");
    }

    @Test
    void namesCompareDecodedAndWithoutCase() {
        assertThat(strip("https://example.com/?UTM_Source=x&%75tm_medium=y&q=1")).isEqualTo("https://example.com/?q=1");
    }

    @Test
    void aParameterThatOnlyLooksLikeOneStays() {
        assertThat(builtIn.strip("https://example.com/?utm=1&xfbclid=2&gclid_x=3&sources=4").changed()).isFalse();
        assertThat(builtIn.strip("https://example.com/?q=utm_source").changed()).isFalse();
    }

    @Test
    void hostSpecificParametersOnlyOnTheirHosts() {
        assertThat(strip("https://twitter.com/u/status/1?s=20&t=abc")).isEqualTo("https://twitter.com/u/status/1");
        assertThat(strip("https://example.com/p?s=20&t=abc")).isEqualTo("https://example.com/p?s=20&t=abc");
        assertThat(strip("https://item.taobao.com/item.htm?id=1&spm=a1z10")).isEqualTo("https://item.taobao.com/item.htm?id=1");
        assertThat(strip("https://youtu.be/abc?si=xyz")).isEqualTo("https://youtu.be/abc");
        assertThat(strip("https://www.youtube.com/watch?v=abc&si=xyz")).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(strip("https://example.com/watch?v=abc&si=xyz")).isEqualTo("https://example.com/watch?v=abc&si=xyz");
    }

    @Test
    void relativeLinksLoseOnlyGlobalParameters() {
        assertThat(strip("../a.md?utm_source=x&t=1")).isEqualTo("../a.md?t=1");
    }

    @Test
    void extraNamesForLocalCacheBusters() {
        TrackingParams local = TrackingParams.of(List.of(new ParamRule("t", List.of())));
        assertThat(local.strip("indexes/19.md?t=07210801").url()).isEqualTo("indexes/19.md");
        assertThat(local.strip("indexes/19.md?tt=1").changed()).isFalse();
    }

    @Test
    void aPrefixRuleEndsWithAStar() {
        TrackingParams p = TrackingParams.of(List.of(new ParamRule("pk_*", List.of("*.example.org"))));
        assertThat(p.strip("https://www.example.org/?pk_campaign=1&pk=2").url()).isEqualTo("https://www.example.org/?pk=2");
    }

    @Test
    void aMalformedUrlIsLeftWithAReason() {
        UrlOutcome out = builtIn.strip("https://exa mple.com/?utm_source=x");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.url()).isEqualTo("https://exa mple.com/?utm_source=x");
    }

    @Test
    void strippingIsIdempotentAndOnlyRemoves() {
        Random random = new Random(7);
        String[] pairs = {"utm_source=a", "q=1", "", "fbclid", "x=%26", "a=b=c", "gclid=", "=v", "spm=1", "t=1", "%E4=1"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder q = new StringBuilder();
            int n = random.nextInt(5);
            for (int j = 0; j <= n; j++) {
                if (j > 0) {
                    q.append('&');
                }
                q.append(pairs[random.nextInt(pairs.length)]);
            }
            String url = "https://example.com/p?" + q + (random.nextBoolean() ? "#f" : "");
            String once = strip(url);
            assertThat(strip(once)).isEqualTo(once);
            assertThat(once).doesNotContain("utm_source", "fbclid", "gclid");
            assertThat(url.length()).isGreaterThanOrEqualTo(once.length());
        }
    }

    @Test
    void theBuiltInListIsLargeAndEveryEntryReadable() {
        assertThat(builtIn.rules()).hasSizeGreaterThan(40);
        assertThat(builtIn.rules()).allSatisfy(r -> assertThat(r.name()).matches("[a-z0-9_.\\-]+\\*?"));
    }
}
