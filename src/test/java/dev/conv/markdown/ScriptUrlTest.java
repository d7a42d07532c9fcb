package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.StepResult;
import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.ScriptFreeOutput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 19, section 2: html2md's Markdown carries no script into a renderer. */
class ScriptUrlTest {
    private static String html2md(String html, Html2MdOptions options) {
        return Html2MdRun.stdin(html.getBytes(StandardCharsets.UTF_8), SourceKind.HTML, options);
    }

    private static String html2md(String html) {
        return html2md(html, Html2MdOptions.defaults());
    }

    @Test
    void keptEmbedsLoseEventHandlersAndScriptUrls() {
        String md = html2md("<video src=x onerror=alert(1)></video><iframe src=\"javascript:alert(2)\" onload=alert(3)></iframe>",
                Html2MdOptions.defaults().withKeepHtml(true));
        assertThat(md).isEqualTo("<video src=\"x\"></video>javascript:alert(2)\n");
        ScriptFreeOutput.assertScriptFree(md, "the --keep-html repro");
    }

    @Test
    void destinationsHaveTheirAngleBracketsAndQuotesEncoded() {
        assertThat(html2md("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")).isEqualTo("x\n");
        assertThat(html2md("<a href=\"https://e.com/?q=<script>\">x</a>")).isEqualTo("[x](https://e.com/?q=%3Cscript%3E)\n");
        assertThat(html2md("<img src='https://e.com/a\"b>.png' alt=i>")).isEqualTo("![i](https://e.com/a%22b%3E.png)\n");
        assertThat(html2md("<a href=\"https://e.com/x\">https://e.com/x</a> <a href=\"/a<b\">t</a>",
                Html2MdOptions.defaults().withLinkStyle(Html2MdOptions.LinkStyle.REFERENCE)))
                .isEqualTo("[https://e.com/x][1] [t][2]\n\n[1]: https://e.com/x\n[2]: /a%3Cb\n");
    }

    @Test
    void anEmptyDestinationBeforeATitleIsWrittenAsAngleBrackets() {
        // The fuzzer's case, minimised: "[x]( \"t\")" is read as the destination "t" with its
        // quotes, not as an empty destination with a title.
        String md = html2md("<a href title=t>x</a>");
        assertThat(md).isEqualTo("[x](<> \"t\")\n");
        ScriptFreeOutput.assertScriptFree(md, "an empty destination with a title");
        assertThat(html2md("<a href>x</a>")).isEqualTo("[x]()\n");
    }

    @Test
    void aScriptSchemeInsideADestinationIsNoAutolinkWhereTheLinkIsRefused() {
        // The fuzzer's case: refused and read as text, the link's source held "data://...".
        String md = html2md("<a href=\"https:data://e.com/a b(c\">sp</a>");
        assertThat(md).isEqualTo("[sp](https:data%3A//e.com/a%20b\\(c)\n");
        ScriptFreeOutput.assertScriptFree(md, "a destination holding data://");
        String title = html2md("<a href=\"https://e.com/\" title=\"data://x\">sp</a>");
        ScriptFreeOutput.assertScriptFree(title, "a title holding data://");
    }

    @Test
    void mathBetweenDollarsHoldsNoScriptUrlToAutolink() {
        // Found by the HTML fuzz target: $\mathrm{vbscript://}$ is text to a reader that knows no
        // math, and an eager autolinker made a script link of it.
        String md = html2md("<math>vbscript://e.com");
        ScriptFreeOutput.assertScriptFree(md, "math holding vbscript://");
        assertThat(md).as("a code span, which no autolinker reads").isEqualTo("$`\\mathrm{vbscript://e.com}`$\n");
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(md);
        ScriptFreeOutput.assertScriptFree(html2md("<math display=block><mi>data://x</mi></math>"), "display math");
    }

    @Test
    void anAutolinkNeedsNoEncoding() {
        String md = html2md("<a href='https://e.com/\"x'>https://e.com/\"x</a>");
        assertThat(md).isEqualTo("[https://e.com/\"x](https://e.com/%22x)\n");
        ScriptFreeOutput.assertScriptFree(md, "a URL with a quote as its own text");
    }

    @Test
    void aUrlInTextWrittenAsALinkIsNoAutolinkWhenItHoldsAQuote() {
        // The URL literal is spelled as a link (a backslash would follow it); an autolink's
        // destination cannot be percent-encoded, so it becomes an inline link.
        String md = Html2MdRun.stdin("see https://a.b/x\"y_z_ z\n".getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN,
                Html2MdOptions.defaults());
        assertThat(md).isEqualTo("see [https://a.b/x\"y_z](https://a.b/x%22y_z)\\_ z\n");
        ScriptFreeOutput.assertScriptFree(md, "a URL literal with a quote");
    }

    /**
     * Front matter is written verbatim, and a renderer that knows none reads it as Markdown, its
     * raw HTML live: a block holding a tag is converted as content instead.
     */
    @Test
    void frontMatterHoldingATagIsConvertedAsContent() {
        String html = html2md("---\ntitle: <script>alert(1)</script><img src=x onerror=alert(2)>\n---\n<p>x</p>");
        ScriptFreeOutput.assertScriptFree(html, "front matter of an HTML page");
        assertThat(html).doesNotStartWith("---\ntitle: <script>").contains("title:").endsWith("x\n");
        String md = Html2MdRun.stdin("---\ntitle: <script>alert(1)</script>\n---\nx\n".getBytes(StandardCharsets.UTF_8),
                SourceKind.MARKDOWN, Html2MdOptions.defaults());
        ScriptFreeOutput.assertScriptFree(md, "front matter of a Markdown page");
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(md);
        assertThat(html2md("---\ntitle: a < b, x<3\n---\n<p>x</p>")).as("no tag: kept")
                .isEqualTo("---\ntitle: a < b, x<3\n---\n\nx\n");
    }

    /**
     * A fence opened in the front matter pairs, to a renderer that knows no front matter, with
     * the first fence conv writes: the code after it would be read as Markdown, its HTML live.
     */
    @Test
    void frontMatterOpeningAFenceIsConvertedAsContent() {
        String page = "---\ntitle: x\n```\n---\n\n```\n<style>a{}</style>\n```\n";
        String md = Html2MdRun.stdin(page.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults());
        ScriptFreeOutput.assertScriptFree(md, "front matter opening a fence");
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(md);
        ScriptFreeOutput.assertScriptFree(html2md("---\na: ~~~\n  ~~~ b\n---\n<pre>&lt;style>a{}&lt;/style></pre>"), "tildes");
        assertThat(html2md("---\ntitle: a ``` b\n---\n<p>x</p>")).as("no fence: kept")
                .isEqualTo("---\ntitle: a ``` b\n---\n\nx\n");
    }

    /**
     * Found by the Markdown fuzz target: front matter kept verbatim held a reference link and its
     * definition, whose destination held quotes; a renderer that knows no front matter made a link
     * of them. Kept front matter is judged as the body is: what a renderer reads as a link, an
     * image, a definition or a script URL to autolink is converted as content.
     */
    @Test
    void frontMatterHoldingLinksIsConvertedAsContent() {
        for (String front : new String[] {"title: [b][l1]\n\n[l1]: /u1\"\"\"uo", "see: [a](/x\"y)", "logo: ![a](/x\"y)",
                "url: data://text/html,x", "u: JavaScript://x%0aalert(1)"}) {
            String page = "---\n" + front + "\n---\ntext\n";
            String md = Html2MdRun.stdin(page.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults());
            ScriptFreeOutput.assertScriptFree(md, "front matter " + front);
            assertThat(md).as(front).doesNotStartWith("---\n" + front);
            assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                    .as("a second run of " + front).isEqualTo(md);
            ScriptFreeOutput.assertScriptFree(html2md(page), "front matter of an HTML page " + front);
        }
        String plain = "---\ntitle: a [note] here\nurl: https://e.com/x\ntags: [a, b]\n---\n";
        assertThat(html2md(plain + "<p>x</p>")).as("no link: kept").isEqualTo(plain + "\nx\n");
    }

    @Test
    void anEmbedWithAScriptUrlIsNoAutolink() {
        assertThat(html2md("<p>a <iframe src=\"javascript:alert(1)\"></iframe> b</p>")).isEqualTo("a javascript:alert(1) b\n");
        assertThat(html2md("<a href=\"javascript:alert(1)\">javascript:alert(1)</a>")).isEqualTo("javascript:alert(1)\n");
    }

    /**
     * commonmark-java's and flexmark's autolinkers link any {@code scheme://} in text, and no
     * escape survives into the text they scan: an empty comment splits a script scheme from its
     * colon. Other schemes ({@code git://}) are left as they are: no browser runs them.
     */
    @Test
    void textNoAutolinkerCanMakeAScriptLinkOf() {
        String md = html2md("<p>JavaScript://x%0aalert(1) and <b>vb</b>script://y then git://h/r and "
                + "data://z</p><table><tr><th>h</th></tr><tr><td>livescript://t</td></tr></table>");
        assertThat(md).isEqualTo("JavaScript<!---->://x%0aalert(1) and **vb**script://y then git://h/r and data<!---->://z\n\n"
                + "| h                     |\n| --------------------- |\n| livescript<!---->://t |\n");
        ScriptFreeOutput.assertScriptFree(md, "script schemes in text");
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(md);
    }

    @Test
    void linkTextNoAutolinkerCanMakeAScriptLinkOfWhereTheLinkIsRefused() {
        // A renderer that refuses the link (markdown-it, script URLs) shows its source as text.
        String md = html2md("<p><a href=\"/u\">see https:data://e.com/a and vbscript://b</a></p>");
        assertThat(md).isEqualTo("[see https:data<!---->://e.com/a and vbscript<!---->://b](/u)\n");
        ScriptFreeOutput.assertScriptFree(md, "script schemes in link text");
        String alt = html2md("<p><img alt=\"data://b\" src=\"/i.png\"></p>");
        assertThat(alt).isEqualTo("![data:\u2060//b](/i.png)\n");
        ScriptFreeOutput.assertScriptFree(alt, "alt text");
        assertThat(Html2MdRun.stdin(alt.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(alt);
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, Html2MdOptions.defaults()))
                .as("a second run").isEqualTo(md);
    }

    @Test
    void aSchemeSplitAcrossElementsIsSplitFromItsColonToo() {
        String md = html2md("<p><span>java</span>script://x%0aalert(1)</p>");
        assertThat(md).isEqualTo("javascript<!---->://x%0aalert(1)\n");
        ScriptFreeOutput.assertScriptFree(md, "a scheme across spans");
    }

    @Test
    void imagesWithScriptOrDocumentSourcesKeepTheirAltText() {
        assertThat(html2md("<img src=\"vbscript:msgbox(1)\" alt=\"vb\"> <img src=\"data:text/html,x\" alt=\"doc\"> "
                + "<img src=\"javascript:alert(1)\" alt=\"js\">")).isEqualTo("vb doc js\n");
    }

    @Test
    void obfuscatedSchemesAreFound() {
        String md = html2md("<a href=\" JaVaScRiPt:alert(1)\">a</a> <a href=\"java&#x09;script:alert(1)\">b</a> "
                + "<a href=\"&#1;javascript:alert(1)\">c</a> <a href=\"javascript&#x3A;alert(1)\">d</a> "
                + "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">e</a> "
                + "<a href=\"java%0Ascript:alert(1)\">f</a>");
        assertThat(md).isEqualTo("a b c d e f\n");
    }

    @Test
    void aLinkInsideCodeFollowsThePolicyToo() {
        assertThat(html2md("<code><a href=\"javascript:alert(1)\">run</a></code>")).isEqualTo("`run`\n");
    }

    @Test
    void dataImagesOnlyWithTheOption() {
        String html = "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\"> <img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"svg\">";
        assertThat(html2md(html)).isEqualTo("dot svg\n");
        assertThat(html2md(html, Html2MdOptions.defaults().withAllowDataImages(true)))
                .isEqualTo("![dot](data:image/png;base64,iVBORw0KGgo=) svg\n");
        assertThat(html2md("<a href=\"data:image/png;base64,iVBORw0KGgo=\">x</a>",
                Html2MdOptions.defaults().withAllowDataImages(true))).isEqualTo("x\n");
    }

    @Test
    void aTitleHoldsNoTagThatAStricterRendererCouldReadAsHtml() {
        String md = html2md("<a href=\"https://e.com/\" title=\"&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>");
        assertThat(md).isEqualTo("[x](https://e.com/ \"\\<script>alert(1)\\</script>\")\n");
        ScriptFreeOutput.assertScriptFree(md, "a title holding a tag");
    }

    @Test
    void markdownInputGoesThroughTheSamePolicy() {
        String md = Html2MdRun.markdown("[a](javascript:alert(1)) <javascript:alert(2)> ![b](vbscript:x)\n\n"
                + "[c][r]\n\n[r]: javascript:alert(3)\n", Html2MdOptions.defaults());
        assertThat(md).isEqualTo("a javascript:alert(2) b\n\nc\n");
    }

    @Test
    void refusedUrlsAreReported() {
        Page page = Page.of(SourceKind.HTML,
                "<a href=\"javascript:alert(1)\">x</a><img src=\"vbscript:y\" alt=z><a href=\"https://e.com\">ok</a>");
        StepResult result = new Html2Md().apply(page);
        assertThat(result.changes()).extracting(Change::toString).containsExactly(
                "0: unlink unsafe-url javascript:alert(1) (link with a javascript: URL)",
                "0: unlink unsafe-url vbscript:y (image with a vbscript: URL)");
    }
}
