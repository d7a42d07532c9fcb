package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ClearURLs {@code data.min.json} format, on a sample written for these tests. */
class ClearUrlsRulesTest {
    private final ClearUrlsRules rules = ClearUrlsRules.parse(sample(), "clearurls-sample.json");

    static String sample() {
        try (InputStream in = ClearUrlsRulesTest.class.getResourceAsStream("clearurls-sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryProvider() {
        assertThat(rules.providers()).extracting(ClearUrlsRules.Provider::name)
                .containsExactly("shop", "ads", "globalRules");
    }

    @Test
    void rulesMatchWholeParameterNamesWithoutCase() {
        UrlOutcome out = rules.apply("https://www.shop.example/item?id=1&ref=x&REF_=y&aff_abc=2&aff_=3&refx=4");
        assertThat(out.url()).isEqualTo("https://www.shop.example/item?id=1&aff_=3&refx=4");
        assertThat(out.reason()).contains("shop");
    }

    @Test
    void referralMarketingIsDropped() {
        assertThat(rules.apply("https://shop.example/?partner=p&id=1").url()).isEqualTo("https://shop.example/?id=1");
    }

    @Test
    void rawRulesCutTheUrlText() {
        assertThat(rules.apply("https://shop.example/dp/123/ref=sr_1?id=1").url()).isEqualTo("https://shop.example/dp/123?id=1");
    }

    @Test
    void exceptionsKeepTheUrl() {
        assertThat(rules.apply("https://shop.example/account?sessionid=1").changed()).isFalse();
    }

    @Test
    void redirectionsGiveTheTarget() {
        assertThat(rules.apply("https://shop.example/out?x=1&to=https%3A%2F%2Fexample.org%2Fa").url())
                .isEqualTo("https://example.org/a");
        assertThat(rules.apply("https://shop.example/out?to=javascript%3Aalert(1)").url())
                .isEqualTo("https://shop.example/out?to=javascript%3Aalert(1)");
    }

    @Test
    void providersForOtherHostsDoNotApply() {
        assertThat(rules.apply("https://example.org/?ref=1&trk_id=2").url()).isEqualTo("https://example.org/?ref=1");
    }

    @Test
    void aCompleteProviderIsNotRemoved() {
        assertThat(rules.apply("https://ads.example/click?id=1").changed()).isFalse();
    }

    @Test
    void aBadFileSaysWhere() {
        assertThatThrownBy(() -> ClearUrlsRules.parse("{\"providers\": {\"p\": {\"urlPattern\": \"(\"}}}", "f.json"))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("f.json").hasMessageContaining("p")
                .hasMessageContaining("urlPattern");
        assertThatThrownBy(() -> ClearUrlsRules.parse("{\"providers\": {\"p\": {\"rules\": [\"a\"]}}}", "f.json"))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("urlPattern");
        assertThatThrownBy(() -> ClearUrlsRules.parse("{\"providers\": [", "f.json"))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("f.json");
        assertThatThrownBy(() -> ClearUrlsRules.parse("{\"providers\": {\"p\": {\"urlPattern\": \".*\", \"rules\": \"a\"}}}", "f.json"))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("rules");
    }

    @Test
    void aMalformedUrlIsLeftWithAReason() {
        assertThat(rules.apply("https://shop.example:x/?ref=1").leftAsIs()).isTrue();
    }
}
