package dev.conv.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.StepResult;
import dev.conv.url.BaseUrl;
import org.junit.jupiter.api.Test;

class LinksTest {
    private static final BaseUrl BASE = BaseUrl.parse("https://mirror.example/");

    private static Page md(String path, String text) {
        return Page.of(SourceKind.MARKDOWN, text).withLocation(new PageLocation(path, BASE.urlOf(path)));
    }

    private static Page html(String path, String text) {
        return Page.of(SourceKind.HTML, text).withLocation(new PageLocation(path, BASE.urlOf(path)));
    }

    private static StepResult run(LinksPolicy policy, Page page) {
        StepResult r = new Links(policy).apply(page);
        StepResult again = new Links(policy).apply(r.page().withLocation(page.location()));
        assertThat(again.page().text()).as("a second run changes nothing").isEqualTo(r.page().text());
        assertThat(again.changed()).isFalse();
        return r;
    }

    private static LinksPolicy base() {
        return LinksPolicy.defaults().withBaseUrl(BASE.toString());
    }

    @Test
    void resolvesRelativeMarkdownLinksAgainstThePageUrl() {
        StepResult r = run(base(), md("docs/a/page.md", "See [b](../b.md) and [top](#top).\n\n[ref]: ./c%20d.md \"T\"\n"));
        assertThat(r.page().text()).isEqualTo(
                "See [b](https://mirror.example/docs/b.md) and [top](#top).\n\n[ref]: https://mirror.example/docs/a/c%20d.md \"T\"\n");
        assertThat(r.changes()).extracting(Change::toString).containsExactly(
                "1: resolve relative-link ../b.md -> https://mirror.example/docs/b.md (resolved against https://mirror.example/docs/a/page.md)",
                "3: resolve relative-link ./c%20d.md -> https://mirror.example/docs/a/c%20d.md (resolved against https://mirror.example/docs/a/page.md)");
    }

    @Test
    void withoutABaseUrlRelativeLinksStay() {
        Page page = Page.of(SourceKind.MARKDOWN, "[b](../b.md)\n");
        assertThat(new Links().apply(page).changed()).isFalse();
    }

    @Test
    void unwrapsAProxiedImageAndItsAltText() {
        StepResult r = run(base(), md("p.md",
                "![https://images.weserv.nl/?url=https://i.imgur.com/x.jpg](https://images.weserv.nl/?url=https%3A%2F%2Fi.imgur.com%2Fx.jpg)  \nnext\n"));
        assertThat(r.page().text()).isEqualTo("![https://i.imgur.com/x.jpg](https://i.imgur.com/x.jpg)  \nnext\n");
    }

    @Test
    void repairsAnEmptyDestinationWithTheUrlInTheTitle() {
        StepResult r = run(base(), md("p.md",
                "Link: [https://news.example/a-1.html?soc\\_src=strm&soc\\_trk=tw]( \"https://news.example/a-1.html?soc_src=strm&soc_trk=tw\")  \n"));
        assertThat(r.page().text()).isEqualTo("Link: [https://news.example/a-1.html](https://news.example/a-1.html)  \n");
        StepResult auto = run(base().withSwitches(true, true, true, true, false), md("p.md",
                "Link: [https://news.example/a-1.html?soc\\_src=strm&soc\\_trk=tw]( \"https://news.example/a-1.html?soc_src=strm&soc_trk=tw\")  \n"));
        assertThat(auto.page().text()).isEqualTo("Link: <https://news.example/a-1.html>  \n");
    }

    @Test
    void removesScriptLinksKeepingTheirText() {
        StepResult r = run(base(), md("p.md", "a [click *me*](javascript:alert(1)) b <a href=\"vbscript:x\" class=k>t</a>\n"));
        assertThat(r.page().text()).isEqualTo("a click *me* b <a class=k>t</a>\n");
        assertThat(r.changes()).extracting(Change::kind).containsOnly(LinksKind.UNSAFE_LINK);
    }

    @Test
    void rewritesHtmlAttributesWithTheBaseHref() {
        String in = "<html><head><base href=\"/root/\"></head><body>"
                + "<a href=\"x.html?utm_source=a&amp;id=3\">x</a><ok href='y.html'>y</ok>"
                + "<img src=https://images.weserv.nl/?url=i.imgur.com/q.png srcset=\"a.png 1x, b.png 2x\">"
                + "<video poster=\"p.jpg\"></video></body></html>";
        StepResult r = run(base(), html("site/page.html", in));
        assertThat(r.page().text()).isEqualTo("<html><head><base href=\"/root/\"></head><body>"
                + "<a href=\"https://mirror.example/root/x.html?id=3\">x</a><ok href='https://mirror.example/root/y.html'>y</ok>"
                + "<img src=https://i.imgur.com/q.png srcset=\"https://mirror.example/root/a.png 1x, https://mirror.example/root/b.png 2x\">"
                + "<video poster=\"https://mirror.example/root/p.jpg\"></video></body></html>");
    }

    @Test
    void reportsMalformedUrlsAndLeavesThem() {
        StepResult r = run(base(), md("p.md", "[x](http://host:99999/a)\n"));
        assertThat(r.changed()).isFalse();
        assertThat(r.changes()).extracting(Change::toString)
                .containsExactly("1: leave malformed-url http://host:99999/a (port out of range: 99999)");
    }

    @Test
    void relativeIsTheReverseOfResolving() {
        LinksPolicy rel = base().withRelative(true);
        Page page = md("docs/a/page.md", "[b](https://mirror.example/docs/b.md#x) [o](https://other.example/a)\n");
        StepResult r = run(rel, page);
        assertThat(r.page().text()).isEqualTo("[b](../b.md#x) [o](https://other.example/a)\n");
        assertThat(run(base(), r.page().withLocation(page.location())).page().text()).isEqualTo(page.text());
    }

    @Test
    void aScriptBaseIsRemovedAndNeverResolvedAgainst() {
        StepResult r = run(base(), html("p.html", "<base href=\"javascript:alert(1)//\"><a href=\"x.html\">x</a>"));
        assertThat(r.page().text()).isEqualTo("<base><a href=\"https://mirror.example/x.html\">x</a>");
    }

    @Test
    void aRuleThatWouldWriteAScriptUrlIsRefused() {
        LinksPolicy via = base().withRules(new dev.conv.url.LinkRules(java.util.List.of(), java.util.List.of(),
                java.util.List.of(new dev.conv.url.PrefixRule("https://a.example/", "javascript://a.example/")),
                java.util.List.of(), java.util.List.of(), dev.conv.url.ClearUrlsRules.none()), java.util.List.of());
        StepResult r = run(via, md("p.md", "[x](https://a.example/p)\n"));
        assertThat(r.page().text()).isEqualTo("[x](https://a.example/p)\n");
        assertThat(r.changes()).extracting(Change::kind).containsExactly(LinksKind.MALFORMED_URL);
    }
}
