package dev.conv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.edit.MarkdownReader;
import dev.conv.links.Links;
import dev.conv.links.LinksPolicy;
import dev.conv.page.BadInputException;
import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.step.StepResult;
import dev.conv.url.SchemePolicy;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * links on HTML and on Markdown, every rewrite on, placed on a site with a base URL so that
 * relative links resolve: only bad input is refused, a second run changes nothing, and no link
 * left in the page has a scheme the policy refuses (links removes such links, keeping their text).
 */
class LinksFuzzTest {
    private static final String BASE = "https://fuzz.example/site/";
    private static final Links LINKS = new Links(LinksPolicy.defaults().withBaseUrl(BASE)
            .withSwitches(true, true, true, true, false));

    @FuzzTest(maxDuration = "10m")
    void links(FuzzedDataProvider data) {
        SourceKind kind = data.consumeBoolean() ? SourceKind.MARKDOWN : SourceKind.HTML;
        byte[] bytes = data.consumeRemainingAsBytes();
        Page page;
        try {
            page = FuzzRuns.page(bytes, kind);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        String path = "docs/a/page." + (kind == SourceKind.MARKDOWN ? "md" : "html");
        PageLocation at = new PageLocation(path, BASE + path);
        StepResult first = LINKS.apply(page.withLocation(at));
        assertNoRefusedScheme(first.page());
        StepResult second = LINKS.apply(first.page().withLocation(at));
        assertThat(second.page().text()).as("links of links' output").isEqualTo(first.page().text());
        assertThat(second.changed()).as("a second run reports changes: %s", second.changes()).isFalse();
    }

    /**
     * Every URL a browser follows or loads from the page has an allowed scheme: links, areas and
     * custom tags' {@code href}, and {@code src} and {@code poster}. An {@code href} on an element
     * that has no link ({@code <img href>}, made of broken markup) is not followed, so not judged.
     * Markdown is rendered twice: by plain CommonMark and as GitHub reads it (tables on, front
     * matter off), which disagree about a link across a table cell's {@code |}.
     */
    private static void assertNoRefusedScheme(Page page) {
        if (page.kind() == SourceKind.MARKDOWN) {
            assertNoRefusedScheme(HtmlRenderer.builder().sanitizeUrls(false).build()
                    .render(Parser.builder().build().parse(page.text())), "CommonMark");
            assertNoRefusedScheme(HtmlRenderer.builder().sanitizeUrls(false).extensions(MarkdownReader.extensions()).build()
                    .render(MarkdownReader.parse(page.text().substring(FrontMatter.length(page.text())))), "GFM");
        } else {
            assertNoRefusedScheme(page.text(), "HTML");
        }
    }

    private static void assertNoRefusedScheme(String html, String reading) {
        for (Element el : Jsoup.parse(html).select("[href], [src], [poster]")) {
            for (String attr : new String[] {"href", "src", "poster"}) {
                if (el.hasAttr(attr) && (!attr.equals("href") || followsHref(el))) {
                    assertThat(SchemePolicy.DEFAULT.allows(el.attr(attr), SchemePolicy.Use.LINK))
                            .as("<%s %s=%s> in links' output (%s)", el.normalName(), attr, el.attr(attr), reading).isTrue();
                }
            }
        }
    }

    private static boolean followsHref(Element el) {
        return el.nameIs("a") || el.nameIs("area") || !el.tag().isKnownTag();
    }
}
