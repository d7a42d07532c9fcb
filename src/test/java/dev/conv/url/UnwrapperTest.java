package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnwrapperTest {
    private final Unwrapper builtIn = Unwrapper.builtIn();

    private String unwrap(String url) {
        return builtIn.unwrap(url).url();
    }

    @Test
    void weservWithAnEncodedUrl() {
        UrlOutcome out = builtIn.unwrap("https://images.weserv.nl/?url=https%3A%2F%2Fi.imgur.com%2F2zGAYUY.jpg");
        assertThat(out.url()).isEqualTo("https://i.imgur.com/2zGAYUY.jpg");
        assertThat(out.changed()).isTrue();
        assertThat(out.reason()).contains("images.weserv.nl");
    }

    @Test
    void weservWithoutSchemeAndItsOtherParameters() {
        assertThat(unwrap("//images.weserv.nl/?url=i.imgur.com/x.jpg")).isEqualTo("https://i.imgur.com/x.jpg");
        assertThat(unwrap("https://wsrv.nl/?url=ssl:example.com/a.png&w=300&h=200")).isEqualTo("https://example.com/a.png");
        assertThat(unwrap("https://images.weserv.nl/?w=300&url=http://example.com/a.png")).isEqualTo("http://example.com/a.png");
        assertThat(unwrap("https://wsrv.nl/?url=//example.com/a.png")).isEqualTo("https://example.com/a.png");
    }

    @Test
    void weservWithoutAUrlParameterStays() {
        assertThat(builtIn.unwrap("https://images.weserv.nl/docs/").changed()).isFalse();
        assertThat(builtIn.unwrap("https://images.weserv.nl/?url=").changed()).isFalse();
        assertThat(builtIn.unwrap("https://images.weserv.nl/?url=javascript:alert(1)").changed()).isFalse();
    }

    @Test
    void googleRedirects() {
        assertThat(unwrap("https://www.google.com/url?q=https://example.com/a%3Fb%3D1&sa=D&ust=1"))
                .isEqualTo("https://example.com/a?b=1");
        assertThat(unwrap("https://www.google.co.uk/url?sa=t&url=https%3A%2F%2Fexample.com%2F&usg=x"))
                .isEqualTo("https://example.com/");
        assertThat(unwrap("https://google.com.hk/url?q=http://example.com/")).isEqualTo("http://example.com/");
        assertThat(builtIn.unwrap("https://www.google.com/url?q=/search%3Fq%3Dx").changed()).isFalse();
        assertThat(builtIn.unwrap("https://www.google.com/search?q=https://example.com/").changed()).isFalse();
        assertThat(builtIn.unwrap("https://notgoogle.com/url?q=https://example.com/").changed()).isFalse();
    }

    @Test
    void facebookRedirects() {
        assertThat(unwrap("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fa&h=AT0x")).isEqualTo("https://example.com/a");
        assertThat(unwrap("https://lm.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fb")).isEqualTo("https://example.com/b");
    }

    @Test
    void photon() {
        assertThat(unwrap("https://i0.wp.com/example.com/a.jpg?resize=800%2C600")).isEqualTo("https://example.com/a.jpg");
        assertThat(unwrap("https://i2.wp.com/example.com/wp-content/uploads/b.png?w=640&ssl=1"))
                .isEqualTo("https://example.com/wp-content/uploads/b.png");
        assertThat(unwrap("http://i3.wp.com/www.example.com/c.gif")).isEqualTo("https://www.example.com/c.gif");
        assertThat(builtIn.unwrap("https://i4.wp.com/example.com/a.jpg").changed()).isFalse();
        assertThat(builtIn.unwrap("https://i0.wp.com/").changed()).isFalse();
        assertThat(builtIn.unwrap("https://i0.wp.com/nodot/a.jpg").changed()).isFalse();
    }

    @Test
    void ampCache() {
        assertThat(unwrap("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a")).isEqualTo("https://www.example.com/a");
        assertThat(unwrap("https://www-example-com.cdn.ampproject.org/v/s/www.example.com/a?x=1&amp_js_v=0.1&usqp=mq331AQ#f"))
                .isEqualTo("https://www.example.com/a?x=1#f");
        assertThat(unwrap("https://www-example-com.cdn.ampproject.org/i/s/www.example.com/img.png")).isEqualTo("https://www.example.com/img.png");
        assertThat(unwrap("https://example-com.cdn.ampproject.org/c/example.com/plain")).isEqualTo("http://example.com/plain");
        assertThat(builtIn.unwrap("https://cdn.ampproject.org/v0.js").changed()).isFalse();
    }

    @Test
    void jsDelivrGitHubFilesBecomeTheirRawFiles() {
        assertThat(unwrap("https://cdn.jsdelivr.net/gh/user/repo@v1.2/dist/a.png"))
                .isEqualTo("https://raw.githubusercontent.com/user/repo/v1.2/dist/a.png");
        assertThat(unwrap("https://cdn.jsdelivr.net/gh/user/repo/img/b.jpg"))
                .isEqualTo("https://raw.githubusercontent.com/user/repo/HEAD/img/b.jpg");
        assertThat(unwrap("https://fastly.jsdelivr.net/gh/user/repo@latest/c.svg"))
                .isEqualTo("https://raw.githubusercontent.com/user/repo/HEAD/c.svg");
        assertThat(unwrap("https://cdn.jsdelivr.net/gh/user/repo@main/docs/"))
                .isEqualTo("https://github.com/user/repo/tree/main/docs/");
        assertThat(builtIn.unwrap("https://cdn.jsdelivr.net/npm/pkg@1/x.js").changed()).isFalse();
        assertThat(builtIn.unwrap("https://cdn.jsdelivr.net/gh/user").changed()).isFalse();
    }

    @Test
    void camo() {
        String hex = "68747470733a2f2f6578616d706c652e636f6d2f612e706e67"; // https://example.com/a.png
        assertThat(unwrap("https://camo.githubusercontent.com/0123456789abcdef0123456789abcdef01234567/" + hex))
                .isEqualTo("https://example.com/a.png");
        assertThat(unwrap("https://camo.githubusercontent.com/0123abcd?url=https%3A%2F%2Fexample.com%2Fb.png"))
                .isEqualTo("https://example.com/b.png");
        assertThat(builtIn.unwrap("https://camo.githubusercontent.com/0123/zz").changed()).isFalse();
        assertThat(builtIn.unwrap("https://camo.githubusercontent.com/0123/6a6176617363726970743a").changed()).isFalse();
    }

    @Test
    void repeatedWrappingUnwrapsFully() {
        String inner = "https://i0.wp.com/example.com/a.jpg";
        String weserv = "https://images.weserv.nl/?url=" + inner.replace(":", "%3A").replace("/", "%2F");
        String google = "https://www.google.com/url?q=" + weserv.replace("%", "%25").replace("?", "%3F")
                .replace("=", "%3D").replace("&", "%26");
        UrlOutcome out = builtIn.unwrap(google);
        assertThat(out.url()).isEqualTo("https://example.com/a.jpg");
        assertThat(out.reason()).contains("google").contains("weserv").contains("wp.com");
    }

    @Test
    void wrappingWithoutEndStopsAfterABoundedNumberOfRounds() {
        Unwrapper loop = Unwrapper.of(List.of(new PrefixRule("https://a.example/", "https://b.example/"),
                new PrefixRule("https://b.example/", "https://a.example/")));
        UrlOutcome out = loop.unwrap("https://a.example/x");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.url()).isEqualTo("https://a.example/x");
        assertThat(out.reason()).contains("rounds");
    }

    @Test
    void userRules() {
        Unwrapper user = builtIn.with(List.of(
                new ParamProxy("img.proxy.example", "/fetch", List.of("src")),
                new PrefixRule("http://141.164.63.68:10080/gb/", "https://www.epochtimes.com/gb/")));
        assertThat(user.unwrap("https://img.proxy.example/fetch?src=https%3A%2F%2Fexample.com%2Fa.jpg").url())
                .isEqualTo("https://example.com/a.jpg");
        assertThat(user.unwrap("https://img.proxy.example/other?src=https%3A%2F%2Fexample.com%2Fa.jpg").changed()).isFalse();
        assertThat(user.unwrap("http://141.164.63.68:10080/gb/24/1/1/n1.htm").url())
                .isEqualTo("https://www.epochtimes.com/gb/24/1/1/n1.htm");
    }

    @Test
    void aWildcardHostMatchesItsSubdomains() {
        Unwrapper user = Unwrapper.of(List.of(new ParamProxy("*.proxy.example", null, List.of("u"))));
        assertThat(user.unwrap("https://a.b.proxy.example/?u=https://example.com/").url()).isEqualTo("https://example.com/");
        assertThat(user.unwrap("https://proxy.example/?u=https://example.com/").url()).isEqualTo("https://example.com/");
        assertThat(user.unwrap("https://evilproxy.example/?u=https://example.com/").changed()).isFalse();
    }

    @Test
    void theOriginalIsWrittenWithoutCharactersThatCannotBeInAUrl() {
        assertThat(unwrap("https://images.weserv.nl/?url=https%3A%2F%2Fexample.com%2Fa%20b%22.jpg"))
                .isEqualTo("https://example.com/a%20b%22.jpg");
        assertThat(unwrap("https://images.weserv.nl/?url=https%3A%2F%2Fexample.com%2F%E5%9C%96.jpg"))
                .isEqualTo("https://example.com/圖.jpg");
    }

    @Test
    void aMalformedUrlIsLeftWithAReason() {
        UrlOutcome out = builtIn.unwrap("https://images.weserv.nl:port/?url=x.com/a.jpg");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.reason()).contains("port");
        assertThat(builtIn.unwrap("https://images.weserv.nl/?url=https%3A%2F%2Fex%20ample.com%2Fa.jpg").changed())
                .isFalse();
    }

    @Test
    void unwrappingIsIdempotent() {
        for (String url : List.of("https://images.weserv.nl/?url=i.imgur.com/x.jpg",
                "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a",
                "https://cdn.jsdelivr.net/gh/user/repo@v1/a.png", "https://example.com/plain")) {
            String once = unwrap(url);
            assertThat(builtIn.unwrap(once).changed()).as(url).isFalse();
        }
    }
}
