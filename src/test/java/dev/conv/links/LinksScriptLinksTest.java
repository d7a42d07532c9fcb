package dev.conv.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.MarkdownReader;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.StepResult;
import dev.conv.url.SchemePolicy;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No link that can run script survives links on Markdown, whichever CommonMark reader renders the
 * output: GitHub's (tables on) and a plain one (tables off, which reads a table row as a
 * paragraph), and wherever the link's parts sit in the source; raw HTML as well.
 */
class LinksScriptLinksTest {
    private static final String BASE = "https://mirror.example/";
    private static final Links LINKS = new Links(LinksPolicy.defaults().withBaseUrl(BASE));

    private static StepResult run(String markdown) {
        Page page = Page.of(SourceKind.MARKDOWN, markdown).withLocation(new PageLocation("docs/a/p.md", BASE + "docs/a/p.md"));
        StepResult r = LINKS.apply(page);
        assertThat(refusedLinks(r.page().text())).as("links with a refused scheme in links' output").isEmpty();
        StepResult again = LINKS.apply(r.page().withLocation(page.location()));
        assertThat(again.page().text()).as("a second run changes nothing").isEqualTo(r.page().text());
        return r;
    }

    /** URLs with a scheme the policy refuses in the page as either reader renders it, links and raw HTML alike. */
    private static List<String> refusedLinks(String markdown) {
        List<String> refused = new ArrayList<>();
        String plain = HtmlRenderer.builder().sanitizeUrls(false).build().render(Parser.builder().build().parse(markdown));
        String gfm = HtmlRenderer.builder().sanitizeUrls(false).extensions(MarkdownReader.extensions()).build()
                .render(MarkdownReader.parse(markdown));
        for (String html : List.of(gfm, plain)) {
            for (Element el : Jsoup.parse(html).select("a[href], img[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (!SchemePolicy.DEFAULT.allows(url, SchemePolicy.Use.LINK)) {
                    refused.add(url);
                }
            }
        }
        return refused;
    }

    @Test
    void theCheckSeesTheScriptLinksOfTheseInputs() {
        assertThat(refusedLinks("[js](javascript:alert(1)\u000B)\n")).containsExactly("javascript:alert(1)", "javascript:alert(1)");
        assertThat(refusedLinks("| a |\n|---|\n| [js](javascript:alert(1)|b) |\n"))
                .as("only the reader without tables sees this link").containsExactly("javascript:alert(1)|b");
        assertThat(refusedLinks("| a | b |\n|---|---|\n| x | y | <a href=\"javascript:alert(1)\">js</a> |\n"))
                .as("GitHub drops a row's extra cells").containsExactly("javascript:alert(1)");
    }

    @Test
    void aTagWhoseBlockEndsAfterAnAttributesEqualsSignIsReadFinished() {
        // rendered, the next block's "<p" is the value and its ">" ends the tag: the link is live
        String page = "<p>\n<a href=\"javascript:alert(1)\" b=\n\ntext\n";
        assertThat(refusedLinks(page)).isNotEmpty().containsOnly("javascript:alert(1)");
        StepResult r = run(page);
        assertThat(r.page().text()).isEqualTo("<p>\n<a b=\n\ntext\n");
        assertThat(r.changes()).extracting(Change::kind).containsExactly(LinksKind.UNSAFE_LINK);
    }

    @Test
    void rawHtmlOnlyAReaderWithoutTablesSeesIsJudgedToo() {
        // GitHub drops the third cell of a two-column table; read as a paragraph, the tag is HTML
        StepResult r = run("| a | b |\n|---|---|\n| x | y | <a href=\"javascript:alert(1)\">js</a> <a href=\"c.md\">c</a> |\n");
        assertThat(r.page().text()).isEqualTo("| a | b |\n|---|---|\n| x | y | <a>js</a> <a href=\"c.md\">c</a> |\n");
        assertThat(r.changes()).extracting(Change::kind).containsExactly(LinksKind.UNSAFE_LINK);
    }

    @Test
    void theReadingWithoutTablesSeesALinkAcrossACellsPipe() {
        String row = "| a |\n|---|\n| [js](javascript:alert(1)|b) |\n";
        assertThat(MarkdownReader.parse(row).getFirstChild()).isInstanceOf(org.commonmark.ext.gfm.tables.TableBlock.class);
        Node para = MarkdownReader.parseWithoutTables(row).getFirstChild();
        assertThat(para).isInstanceOf(org.commonmark.node.Paragraph.class);
        Link link = (Link) para.getLastChild().getPrevious();
        assertThat(link.getDestination()).isEqualTo("javascript:alert(1)|b");
        assertThat(row.substring(link.getSourceSpans().get(0).getInputIndex())).startsWith("[js](");
    }

    @Test
    void aVerticalTabOrFormFeedAfterTheDestinationIsWhiteSpaceToTheReader() {
        // commonmark-java and cmark skip VT and FF as white space between a destination, its title and ")"
        assertThat(run("[js](javascript:alert(1)\u000B)\n").page().text()).isEqualTo("js\n");
        assertThat(run("a [b](javascript:x\f\"t\"\u000B) c\n").page().text()).isEqualTo("a b c\n");
        StepResult def = run("[r]\n\n[r]:\u000Bjavascript:x\u000B\"t\"\n");
        assertThat(def.page().text()).isEqualTo("[r]\n");
        assertThat(def.changes()).extracting(Change::kind).containsExactly(LinksKind.UNSAFE_LINK);
    }

    @Test
    void aLinkAfterAnEscapedPipeInATableCellIsFoundWhereItIs() {
        // the tables extension drops the backslash of "\|" before reading a cell, shifting what follows
        String table = "| a | b |\n|---|---|\n| x\\|y\\|z [js](javascript:alert(1)) | [b](../b.md) |\n";
        assertThat(run(table).page().text())
                .isEqualTo("| a | b |\n|---|---|\n| x\\|y\\|z js | [b](https://mirror.example/docs/b.md) |\n");
        assertThat(run("| a |\n|---|\n| x\\|y [b](../b\\|c.md \"t\\|u\") |\n").page().text())
                .isEqualTo("| a |\n|---|\n| x\\|y [b](https://mirror.example/docs/b\\|c.md \"t\\|u\") |\n");
    }

    @Test
    void aLinkOnlyAReaderWithoutTablesSeesIsJudgedToo() {
        StepResult r = run("| a |\n|---|\n| [js](javascript:alert(1)|b) |\n");
        assertThat(r.page().text()).isEqualTo("| a |\n|---|\n| js |\n");
        assertThat(r.changes()).extracting(Change::kind).containsExactly(LinksKind.UNSAFE_LINK);
    }

    @Test
    void aScriptLinkWhoseDestinationCannotBePlacedIsRemovedWhole() {
        // the reader shows NUL as U+FFFD, so the destination it gives is not the one written
        assertThat(run("a [js *b*](javascript:\0alert(1)) c\n").page().text()).isEqualTo("a js *b* c\n");
        StepResult def = run("[r]\n\n[r]: javascript:\0x\n");
        assertThat(def.page().text()).isEqualTo("[r]\n");
        assertThat(def.changes()).extracting(Change::kind).containsExactly(LinksKind.UNSAFE_LINK);
    }
}
