package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.url.SchemePolicy;
import java.io.IOException;
import java.io.InputStream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code conv links} on a Markdown page whose raw HTML block ends in the middle of a tag. Read
 * alone, the block's last tag is unfinished and an HTML parser drops it; rendered with the page,
 * the renderer's next tag ({@code <p>}) finishes it, and a quoted value left open runs on into
 * whatever the page renders next. Either way the tag can become a live link: its URL is judged as
 * any other, so no script URL is left in the page.
 */
class LinksOpenTagTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(false).build();

    /** The fuzz finding: an unsafe href in a tag cut off at the end of an HTML block. */
    @Test
    void fuzzFindingLeavesNoScriptUrl() throws IOException {
        byte[] page;
        try (InputStream in = LinksOpenTagTest.class.getResourceAsStream(
                "/dev/conv/fuzz/LinksFuzzTestInputs/links/open-tag-at-html-block-end")) {
            assertThat(in).as("the replayed seed").isNotNull();
            byte[] seed = in.readAllBytes();
            page = java.util.Arrays.copyOf(seed, seed.length - 1); // the last byte picks Markdown
        }
        CliRun r = CliRun.run(page, "links", "-v", "--lenient-decoding", "--base-url", "https://fuzz.example/site/",
                "--root=.", "--stdin-filepath=docs/a/page.md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertNoScriptUrl(r.out());
        assertThat(r.err()).contains("remove unsafe-link javascript:a&amsoc_src=s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        tag left open                       | `<div><a href="javascript:alert(1)" \\n\\ntext\\n`       | `<div><a\\n\\ntext\\n`
        tag left open, single quotes        | `<div>\\n<a href='javascript:alert(1)'\\n\\ntext\\n`     | `<div>\\n<a\\n\\ntext\\n`
        unquoted value left open            | `<div><a href=javascript:alert(1)\\n\\ntext\\n`          | `<div><a\\n\\ntext\\n`
        quoted value left open              | `<div><a href="javascript:alert(1)//\\n\\n[x](https://m.example/y)\\n` | `<div><a\\n\\n[x](https://m.example/y)\\n`
        a title left open runs into text    | `<div><a title='\\n\\nit' href=javascript:alert(1) x\\n` | `<div><a\\n\\nit' href=javascript:alert(1) x\\n`
        inside a quote                      | `> <div><a href="vbscript:x" \\n\\ntext\\n`              | `> <div><a\\n\\ntext\\n`
        a safe link left open is resolved   | `<div><a href="x.md" \\n\\ntext\\n`                      | `<div><a href="https://m.example/x.md" \\n\\ntext\\n`
        a safe value left open goes too     | `<div><a href="x.md\\n\\ntext\\n`                        | `<div><a\\n\\ntext\\n`
        an open value of a repeated name    | `<p><a title=x title="\\n\\n<b title='" href="javascript:alert(1)//'>b</b>\\n` | `<p><a title=x\\n\\n<b title='" href="javascript:alert(1)//'>b</b>\\n`
        """)
    void aTagCutOffAtTheEndOfAnHtmlBlockIsJudgedAsTheWholePageRendersIt(String name, String in, String out) {
        String input = in.replace("\\n", "\n");
        CliRun r = CliRun.run(input, "links", "--base-url", "https://m.example/", "--root=.",
                "--stdin-filepath=page.md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).as(name).isEqualTo(out.replace("\\n", "\n"));
        assertNoScriptUrl(r.out());
        CliRun again = CliRun.run(r.out(), "links", "--base-url", "https://m.example/", "--root=.",
                "--stdin-filepath=page.md");
        assertThat(again.out()).as(name + ", a second run").isEqualTo(r.out());
    }

    /**
     * A comment or a raw-text element ({@code <textarea>}, {@code <noscript>}...) that the page's
     * raw HTML leaves open swallows the rendered page up to its end mark, which only later raw
     * HTML can hold: a tag after that mark is live even where, read alone, it sits in a quoted
     * value. Such a tag's URLs are judged; what is swallowed is not a link.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        a comment left open             | `<div>\\n<!-- 旧版\\n\\n<b title="--><a href='javascript:alert(1)'>x</a>">b</b>\\n` | `<div>\\n<!-- 旧版\\n\\n<b title="--><a>x</a>">b</b>\\n`
        a textarea opened inline        | `留言 <textarea> 内容\\n\\n<b title="</TEXTAREA><a href=javascript:alert(1)>">b</b>\\n` | `留言 <textarea> 内容\\n\\n<b title="</TEXTAREA><a>">b</b>\\n`
        through a paragraph             | `<div><noscript>\\n\\ntext <i>i</i>\\n\\n<b title="</noscript><img src=vbscript:x>">b</b>\\n` | `<div><noscript>\\n\\ntext <i>i</i>\\n\\n<b title="</noscript><img>">b</b>\\n`
        a bogus comment ends at a >     | `<div><![CDATA[ 旧版\\n\\n<a href="javascript:alert(1)">x</a>\\n` | `<div><![CDATA[ 旧版\\n\\n<a>x</a>\\n`
        swallowed links are not links   | `<div><!--\\n\\n<a href="x.md">x</a> -->\\n` | `<div><!--\\n\\n<a href="x.md">x</a> -->\\n`
        """)
    void whatRawHtmlLeavesOpenIsReadOnIntoTheNextRawHtml(String name, String in, String out) {
        aTagCutOffAtTheEndOfAnHtmlBlockIsJudgedAsTheWholePageRendersIt(name, in, out);
    }

    /** Rendered as a whole page, as a renderer that passes raw HTML on renders it. */
    private static void assertNoScriptUrl(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        for (Element el : Jsoup.parse(html).select("a[href], area[href], [src]")) {
            String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            assertThat(SchemePolicy.DEFAULT.allows(url, SchemePolicy.Use.LINK)).as("%s in %s", el, html).isTrue();
        }
    }
}
