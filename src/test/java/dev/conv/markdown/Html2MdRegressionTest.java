package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Bugs found by measurement, each kept as a test so it cannot come back. */
class Html2MdRegressionTest {
    private final Html2Md html2md = new Html2Md();

    @Test
    void bareUrlBeforeHardBreakIsExplicitSoMicromarkKeepsTheBreak() {
        // micromark's GFM autolink literal swallowed the hard break's backslash into the URL.
        assertThat(html2md.convert("<p>原文：https://example.org/a.html<br>next</p>"))
                .isEqualTo("原文：<https://example.org/a.html>\\\nnext\n");
    }

    @Test
    void bareUrlBeforeEscapedTagIsExplicit() {
        // corpus page 282_365833 showed HTML source as text: "...html</a>" lost "</a>" under GFM.
        assertThat(html2md.convert("<p>see http://x.org/a.html&lt;/a&gt; end</p>"))
                .isEqualTo("see <http://x.org/a.html>\\</a> end\n");
    }

    @Test
    void bareUrlWithNothingToEscapeStaysBare() {
        assertThat(html2md.convert("<p>see https://x.org/a_b.html.</p>")).isEqualTo("see https://x.org/a_b.html.\n");
    }

    @Test
    void linksThatRunScriptOrCarryADocumentAreText() {
        assertThat(html2md.convert("<p><a href=\"VBScript:msgbox(1)\">a</a> <a href=\" data:text/html,x\">b</a> "
                + "<a href=\"javascript:x()\">c</a></p>")).isEqualTo("a b c\n");
    }

    @Test
    void deeplyNestedQuotesAreCappedNotQuadratic() {
        String html = "<blockquote>".repeat(5000) + "deep" + "</blockquote>".repeat(5000);
        String md = html2md.convert(html);
        assertThat(md).contains("deep");
        assertThat(md.length()).isLessThan(200);
    }

    @Test
    void deeplyNestedBoldIsCappedAtThreeLevels() {
        // Three levels stay (the spec round trip has <strong> nested three deep); more add nothing.
        String html = "<b>".repeat(2000) + "deep" + "</b>".repeat(2000);
        assertThat(html2md.convert(html)).isEqualTo("**__**deep**__**\n");
    }

    @Test
    void streamingWalkWritesWhatTheDomWalkWrites() throws IOException {
        String html = "<div>a<p>b</p><font><b>c<p>d</b>e</p></font><ul><li>f</li></ul>"
                + "<table><tr><td>g</td><td>h</td></tr></table>tail</div>text";
        StringBuilder streamed = new StringBuilder();
        html2md.convert(html, streamed);
        assertThat(streamed.toString()).isEqualTo(html2md.convert(html));
    }

    @Test
    void pageWithHeadStreamsItsBody() throws IOException {
        // Every saved page with a <head> once converted to nothing: the walk asked for the body
        // before the parser reached it, and jsoup made an empty one.
        for (String head : new String[] {"<title>T</title>", "<meta charset=utf-8>", "<link rel=x href=y>",
                "<style>p{}</style>", "<script>x()</script>"}) {
            StringBuilder streamed = new StringBuilder();
            html2md.convert("<!-- c --><!doctype html><html><head>" + head + "</head><body><p>Hello</p></body></html>",
                    streamed);
            assertThat(streamed.toString()).as(head).isEqualTo("Hello\n");
            StringBuilder implied = new StringBuilder();
            html2md.convert("<head>" + head + "</head><p>Hello</p>", implied);
            assertThat(implied.toString()).as(head).isEqualTo("Hello\n");
        }
    }
}
