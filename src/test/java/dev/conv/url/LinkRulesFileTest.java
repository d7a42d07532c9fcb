package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRulesFileTest {
    /** The example the README shows: keep the two in step. */
    static final String EXAMPLE = """
            {
              "unwrap": [
                {"host": "img.proxy.example", "path": "/fetch", "param": "src"},
                {"from": "http://141.164.63.68:10080/gb/", "to": "https://www.epochtimes.com/gb/"}
              ],
              "via": [
                {"from": "https://www.ntdtv.com/", "to": "http://209.250.226.216:10000/"}
              ],
              "dropParams": [
                "ref",
                {"name": "from", "hosts": ["*.example.org"]}
              ],
              "trackerHosts": ["Stats.Example.NET"]
            }
            """;

    @Test
    void readsEveryKindOfRule() {
        LinkRules rules = LinkRulesFile.parse(EXAMPLE, "links.json");
        assertThat(rules.proxies()).containsExactly(new ParamProxy("img.proxy.example", "/fetch", List.of("src")));
        assertThat(rules.prefixes()).containsExactly(
                new PrefixRule("http://141.164.63.68:10080/gb/", "https://www.epochtimes.com/gb/"));
        assertThat(rules.via()).containsExactly(new PrefixRule("https://www.ntdtv.com/", "http://209.250.226.216:10000/"));
        assertThat(rules.dropParams()).containsExactly(new ParamRule("ref", List.of()),
                new ParamRule("from", List.of("*.example.org")));
        assertThat(rules.trackerHosts()).containsExactly("stats.example.net");
        assertThat(rules.clearUrls().isEmpty()).isTrue();
    }

    @Test
    void theRulesWork() {
        LinkRules rules = LinkRulesFile.parse(EXAMPLE, "links.json");
        assertThat(rules.unwrapper().unwrap("https://img.proxy.example/fetch?src=https%3A%2F%2Fexample.com%2Fa.jpg").url())
                .isEqualTo("https://example.com/a.jpg");
        assertThat(rules.unwrapper().unwrap("https://images.weserv.nl/?url=example.com/b.jpg").url())
                .isEqualTo("https://example.com/b.jpg");
        assertThat(rules.trackingParams().strip("https://www.example.org/?from=x&ref=y&utm_source=z&q=1").url())
                .isEqualTo("https://www.example.org/?q=1");
        assertThat(rules.viaRoutes().route("https://www.ntdtv.com/gb/a.html").url())
                .isEqualTo("http://209.250.226.216:10000/gb/a.html");
    }

    @Test
    void anEmptyFileIsNoRules() {
        LinkRules rules = LinkRulesFile.parse("{}", "empty.json");
        assertThat(rules).isEqualTo(LinkRules.NONE);
        assertThat(rules.unwrapper().rules()).hasSameSizeAs(Unwrapper.builtIn().rules());
    }

    @Test
    void aClearUrlsFileIsReadAsOne() {
        LinkRules rules = LinkRulesFile.parse(ClearUrlsRulesTest.sample(), "data.min.json");
        assertThat(rules.clearUrls().providers()).hasSize(3);
        assertThat(rules.proxies()).isEmpty();
    }

    @Test
    void twoFilesAddUp() {
        LinkRules both = LinkRulesFile.parse(EXAMPLE, "a.json").plus(LinkRulesFile.parse(ClearUrlsRulesTest.sample(), "b.json"));
        assertThat(both.proxies()).hasSize(1);
        assertThat(both.clearUrls().providers()).hasSize(3);
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"unwrapp\": []}", "r.json"))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("r.json").hasMessageContaining("unwrapp");
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"unwrap\": [{\"host\": \"x.example\"}]}", "r.json"))
                .hasMessageContaining("unwrap[0]").hasMessageContaining("param");
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"unwrap\": [{\"from\": \"x.example/\", \"to\": \"https://y/\"}]}", "r.json"))
                .hasMessageContaining("unwrap[0].from").hasMessageContaining("absolute");
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"via\": [{\"from\": \"https://a.example/\"}]}", "r.json"))
                .hasMessageContaining("via[0].to");
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"dropParams\": [3]}", "r.json"))
                .hasMessageContaining("dropParams[0]");
        assertThatThrownBy(() -> LinkRulesFile.parse("[]", "r.json")).hasMessageContaining("object");
        assertThatThrownBy(() -> LinkRulesFile.parse("{\"trackerHosts\": [\"a b\"]}", "r.json"))
                .hasMessageContaining("trackerHosts[0]");
    }
}
