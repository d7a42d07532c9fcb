package dev.conv.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** .conv.yml read strictly: each error names the file, the line and the key, and says why. */
class ConfigParserTest {
    private static final Path FILE = Path.of("/repo/site/.conv.yml");

    @Test
    void readsEveryKindOfValueWithItsLine() {
        ConfigFile f = ConfigParser.parse(FILE, """
                # a mirror
                base-url: https://m.example/news/
                root: ..
                steps: [clean, links]
                exclude:
                  - drafts/
                  - "*.tmp.md"
                clean:
                  remove: [div.ad]
                links:
                  relative: false
                  rules: [rules/clear.json]
                  proxies:
                    - {host: go.example.net, param: to}
                html2md:
                  wrap: 80
                """);
        Map<String, Setting> s = f.settings();
        assertThat(s.get("base-url").value()).isEqualTo("https://m.example/news/");
        assertThat(s.get("base-url").origin()).isEqualTo(Origin.file(FILE, 2));
        assertThat(s.get("root").value()).isEqualTo(Path.of("/repo"));
        assertThat(s.get("steps").value()).isEqualTo(List.of("clean", "links"));
        assertThat(s.get("exclude").value()).isEqualTo(List.of("drafts/", "*.tmp.md"));
        assertThat(s.get("exclude").itemOrigins()).containsExactly(Origin.file(FILE, 6), Origin.file(FILE, 7));
        assertThat(s.get("clean.remove").value()).isEqualTo(List.of("div.ad"));
        assertThat(s.get("links.relative").value()).isEqualTo(false);
        assertThat(s.get("links.rules").value()).isEqualTo(List.of(Path.of("/repo/site/rules/clear.json")));
        assertThat(s.get("links.proxies").value()).isEqualTo(List.of(Map.of("host", "go.example.net", "param", "to")));
        assertThat(s.get("html2md.wrap").value()).isEqualTo(80);
        assertThat(s.get("html2md.wrap").origin().line()).isEqualTo(16);
    }

    @Test
    void anEmptyFileOrAKeyWithNothingSetsNothing() {
        assertThat(ConfigParser.parse(FILE, "").settings()).isEmpty();
        assertThat(ConfigParser.parse(FILE, "# only a comment\n").settings()).isEmpty();
        assertThat(ConfigParser.parse(FILE, "base-url:\nclean:\n").settings()).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            bse-url: https://x.example/                  | 1 | bse-url: unknown key (did you mean 'base-url'?)
            steps: [clean]\\nhtml2md:\\n  wrapp: 80      | 3 | html2md.wrapp: unknown key in html2md: (did you mean 'wrap'?)
            clean:\\n  base-url: https://x.example/      | 2 | clean.base-url: unknown key in clean: (base-url is a top-level key)
            html2md:\\n  wrap: wide                     | 2 | html2md.wrap: must be a whole number, not 'wide'
            html2md:\\n  wrap: -3                       | 2 | html2md.wrap: must be 0 or more, not -3
            html2md:\\n  heading-style: atx2            | 2 | html2md.heading-style: must be one of atx, setext, not 'atx2' (did you mean 'atx'?)
            exclude: drafts/                            | 1 | exclude: must be a list of strings, not 'drafts/' (write [x] for a list of one)
            exclude: [a, [b]]                           | 1 | exclude: each item must be a string, not a list
            links:\\n  relative: 'yes'                  | 2 | links.relative: must be true or false, not 'yes'
            base-url: true                              | 1 | base-url: must be a string, not 'true'
            base-url: [a]                               | 1 | base-url: must be a string, not a list
            links: [a]                                  | 1 | links: must be a mapping of links's keys
            steps: [clean]\\nsteps: [links]             | 2 | steps: given twice
            steps: [clean                               | 2 | not valid YAML
            - clean                                     | 1 | must be a mapping of keys
            steps: [clean, links, bogus]                | 1 | steps: must be one of extract, clean, links, qr, html2md, not 'bogus'
            """)
    void everyErrorNamesFileLineAndKey(String yaml, int line, String message) {
        String text = yaml.replace("\\n", "\n").strip() + "\n";
        assertThatThrownBy(() -> ConfigParser.parse(FILE, text))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(FILE + ":" + line + ": " + message)
                .satisfies(e -> assertThat(((ConfigException) e).origin().line()).isEqualTo(line));
    }

    @Test
    void deepOrAliasedDataIsRefusedNotExpanded() {
        String deep = "links:\n  proxies: " + "[".repeat(20) + "]".repeat(20) + "\n";
        assertThatThrownBy(() -> ConfigParser.parse(FILE, deep)).hasMessageContaining("links.proxies: nested deeper than 8");
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertThatThrownBy(() -> ConfigParser.parse(FILE, laughs)).isInstanceOf(ConfigException.class);
    }
}
