package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.HtmlStructure;
import dev.conv.testutil.VisibleText;
import org.junit.jupiter.api.Test;

/** The checks of {@link GoldenPropertiesTest} must be able to fail: each is shown a known defect. */
class GoldenPropertiesSanityTest {
    private static String shown(String markdown) {
        return VisibleText.ofHtml(GfmMarkdown.toHtml(markdown));
    }

    @Test
    void visibleTextCollapsesWhiteSpaceAsABrowserDoes() {
        assertThat(VisibleText.ofHtml("<p>a\n  b</p><p>c&nbsp;d</p>")).isEqualTo("a b c d");
        assertThat(VisibleText.ofHtml("<p>中文\n  句子</p><p>下一段</p>")).isEqualTo("中文句子下一段");
        assertThat(VisibleText.ofHtml("<p>Zoom\n  公司</p>")).isEqualTo("Zoom 公司");
        assertThat(VisibleText.ofHtml("<p>说：“\n  内容\n  ”结束</p>")).isEqualTo("说：“内容”结束");
        assertThat(VisibleText.ofHtml("<p>“quoted” \n  text</p>")).isEqualTo("“quoted” text");
        assertThat(VisibleText.ofHtml("a<br>b<div>c</div>d")).isEqualTo("a b c d");
        assertThat(VisibleText.ofHtml("a<span>b</span><ok href=x>c</ok>")).isEqualTo("abc");
    }

    @Test
    void visibleTextSkipsWhatIsNotShown() {
        assertThat(VisibleText.ofHtml("<p>a<script>x()</script><style>p{}</style><noscript>n</noscript>"
                + "<template>t</template><!-- c --><span hidden>h</span><span style='display: none'>d</span>"
                + "<b style='visibility:hidden'>v</b>b</p>")).isEqualTo("ab");
        assertThat(VisibleText.ofHtml("<p>see <iframe src='https://v.example/1'>fallback</iframe></p>"))
                .isEqualTo("see https://v.example/1");
    }

    @Test
    void visibleTextCatchesLostTextAndUnrenderedEmphasis() {
        String html = "<p><b>「台灣」</b>主題</p>";
        assertThat(shown("「**台灣**」主題")).isEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("**「台灣」**主題")).isNotEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("主題")).isNotEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("a\\_b")).isEqualTo("a_b");
        assertThat(shown("a\\\\_b")).isNotEqualTo("a_b");
    }

    @Test
    void codeSpansRenderAsCommonMarkAndGfmDefineThem() {
        assertThat(GfmMarkdown.toHtml("`  padded  ` ` a`")).contains("<code> padded </code>", "<code> a</code>");
        assertThat(GfmMarkdown.toHtml("| h |\n|---|\n| `a \\| b` |\n")).contains("<code>a | b</code>");
        assertThat(GfmMarkdown.toHtml("`a \\| b`")).contains("<code>a \\| b</code>");
    }

    @Test
    void structureCatchesChangedHeadingsListsLinksAndCode() {
        String html = "<h2>T</h2><ol start='3'><li>a<ul><li>b</li></ul></li></ol>"
                + "<p><a href='/x y' title='t'>l</a> <img src='i.png' alt='A'> <code>c</code> <em>e</em></p>"
                + "<pre class='language-java'>int x;\n</pre><blockquote><blockquote><p>q</p></blockquote></blockquote><hr>"
                + "<table><tr><th>h</th><th>k</th></tr><tr><td colspan='2'>v</td></tr></table>";
        String good = "## T\n\n3. a\n   - b\n\n[l](/x%20y \"t\") ![A](i.png) `c` *e*\n\n```java\nint x;\n```\n\n"
                + "> > q\n\n---\n\n| h | k |\n|---|---|\n| v |   |\n";
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml(good))).isEqualTo(HtmlStructure.ofHtml(html));
        for (String[] change : new String[][] {
                {"## T", "### T"}, {"3. a", "1. a"}, {"   - b", "- b"}, {"/x%20y", "/x"}, {" \"t\")", ")"},
                {"![A]", "![B]"}, {"`c`", "c"}, {"*e*", "e"}, {"```java", "```"}, {"int x;", "int  x;"},
                {"> > q", "> q"}, {"---\n", "\n"}, {"| v |   |", "| v | w |"}}) {
            String bad = good.replace(change[0], change[1]);
            assertThat(bad).as("the change %s -> %s", change[0], change[1]).isNotEqualTo(good);
            assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml(bad))).as("after %s -> %s", change[0], change[1])
                    .isNotEqualTo(HtmlStructure.ofHtml(html));
        }
    }

    @Test
    void structureIgnoresLayoutTablesAndTrackingPixels() {
        String layout = "<table><tr><td><ul><li>a</li></ul></td></tr></table><img src='c.png' width='0' height='0px'>";
        assertThat(HtmlStructure.ofHtml(layout).get("tables")).isEmpty();
        assertThat(HtmlStructure.ofHtml(layout).get("images")).isEmpty();
        assertThat(HtmlStructure.ofHtml(layout).get("lists")).containsExactly("ul items=1");
    }

    @Test
    void rawHtmlAndUntidyTextAreFound() {
        assertThat(GoldenPropertiesTest.rawHtml("a <b>b</b>\n\n<div>\nx\n</div>\n")).hasSize(3);
        assertThat(GoldenPropertiesTest.rawHtml("| a |\n|---|\n| b<br>c |\n\nd\\\ne\n")).isEmpty();
        assertThat(GoldenPropertiesTest.rawHtml("a<br>b\n")).hasSize(1);
        assertThat(GoldenPropertiesTest.untidyLines("a \n")).hasSize(1);
        assertThat(GoldenPropertiesTest.untidyLines("a\n\n\nb\n")).hasSize(1);
        assertThat(GoldenPropertiesTest.untidyLines("a\n\n")).hasSize(1);
        assertThat(GoldenPropertiesTest.untidyLines("a")).hasSize(1);
        assertThat(GoldenPropertiesTest.untidyLines("```\na  \n\n\nb\n```\n")).isEmpty();
        assertThat(GoldenPropertiesTest.untidyLines("---\ntitle: x  \n---\n\na\n")).isEmpty();
    }

    @Test
    void codeBlockLinesFollowBlocksInsidePre() {
        String html = "<pre><code><div>int a;</div>\n<div>int b;</div></code></pre>";
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml("```\nint a;\nint b;\n```\n")))
                .isEqualTo(HtmlStructure.ofHtml(html));
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml("```\nint a;int b;\n```\n")))
                .isNotEqualTo(HtmlStructure.ofHtml(html));
    }

    @Test
    void codeBlockLanguageIsReadFromTheWrapperToo() {
        String html = "<div class='language-ruby highlighter-rouge'><div class='highlight'><pre><code>x</code></pre></div></div>";
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml("```ruby\nx\n```\n"))).isEqualTo(HtmlStructure.ofHtml(html));
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml("```\nx\n```\n"))).isNotEqualTo(HtmlStructure.ofHtml(html));
    }

    @Test
    void raisedTextReadsTheSameInEveryNotationButNotGlued() {
        String html = "<p>10<sup>6</sup> H<sub>2</sub>O e<sup>iπ</sup> x<sup>*</sup></p>";
        assertThat(shown("10⁶ H₂O e^(iπ) x*\n")).isEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("10^(6) H_(2)O e^(iπ) x*\n")).isEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("106 H2O e^(iπ) x*\n")).isNotEqualTo(VisibleText.ofHtml(html));
        assertThat(shown("10⁶ H₂O eiπ x*\n")).isNotEqualTo(VisibleText.ofHtml(html));
    }

    @Test
    void mathIsReadAsGitHubReadsIt() {
        String html = "<p>Area <math><mi>A</mi></math>, sum <math display=block><mi>s</mi></math> and"
                + " <math><mi>x</mi></math>.</p>";
        String good = "Area $A = \\pi r^{2}$, sum\n\n```math\n\\sum_{i} x_i\n```\n\nand $`a_1`$.\n";
        assertThat(shown(good)).isEqualTo(VisibleText.ofHtml(html)).isEqualTo("Area , sum and .");
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml(good))).isEqualTo(HtmlStructure.ofHtml(html));
        for (String notMath : new String[] {"$ x$", "$x $", "\\$x$", "$5 and $6", "$x$5", "`$x$`"}) {
            assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml(notMath)).get("math")).as(notMath).isEmpty();
        }
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml("$$x$$ $`y`$ $z$")).get("math")).hasSize(3);
        String asText = "Area A = \\pi r^{2}, sum\n\n```\n\\sum_{i} x_i\n```\n\nand `a_1`.\n";
        assertThat(HtmlStructure.ofHtml(GfmMarkdown.toHtml(asText))).isNotEqualTo(HtmlStructure.ofHtml(html));
    }
}
