package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code html2md --main} on hostile and odd pages: absurd nesting, broken markup, a huge page,
 * a page jsoup cannot parse, Markdown input. Each gives the article, the whole page, or a clear
 * error naming the file; never a crash, never an empty file written as success.
 */
class ExtractBadInputTest {
    private static final String NAV = "<nav><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Contact</a></nav>";
    private static final String PROSE = "<p>The committee met on Tuesday, discussed the budget, and agreed to meet again "
            + "in the spring, after the accounts are published.</p>";

    @TempDir
    Path dir;

    @Test
    void absurdlyNestedBlocksGiveTheirText() {
        String page = NAV + "<div>".repeat(20_000) + PROSE.repeat(5) + "</div>".repeat(20_000);
        CliRun r = CliRun.run(page, "html2md", "--main", "--stdin-filepath=deep.html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("The committee met on Tuesday").doesNotContain("Contact");
    }

    @Test
    void absurdlyNestedInlineTagsGiveTheirText() {
        String page = "<p>" + "<span><a href=/x>".repeat(20_000) + "deep text" + "</a></span>".repeat(20_000) + "</p>";
        CliRun r = CliRun.run(page, "html2md", "--main", "--front-matter", "--stdin-filepath=deep.html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("deep text");
    }

    @Test
    void brokenMarkupGivesTheArticleOrTheWholePage() {
        String page = "<html><body><div class=content><p>Unclosed <b>bold <i>italic " + PROSE.repeat(4)
                + "</td></tr></table></form><p>after stray end tags, the text goes on.</div></span>" + NAV;
        CliRun r = CliRun.run(page, "html2md", "--main", "--stdin-filepath=broken.html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("The committee met", "the text goes on");
    }

    @Test
    void aHugePageKeepsItsArticle() {
        StringBuilder page = new StringBuilder("<html><body>").append(NAV).append("<article>");
        for (int i = 0; i < 20_000; i++) {
            page.append("<p>Paragraph ").append(i).append(", with a comma, and a full stop at its end.</p>");
        }
        page.append("</article><footer><a href=/legal>Legal</a></footer></body></html>");
        CliRun r = CliRun.run(page.toString(), "html2md", "--main", "--stdin-filepath=huge.html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paragraph 0,", "Paragraph 19999,").doesNotContain("Legal", "Contact");
    }

    @Test
    void anArticleHiddenFromReadersIsNotChosenOverTheVisibleText() {
        String page = "<body><div style='display:none'><article>" + PROSE.repeat(8) + "</article></div>"
                + "<div><p>Visible notice: the office is closed on Monday, and opens again on Tuesday.</p></div></body>";
        CliRun r = CliRun.run(page, "html2md", "--main", "--stdin-filepath=hidden.html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Visible notice");
    }

    @Test
    void aPageTheParserCannotReadFailsByNameAndWritesNothing() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path bad = Files.writeString(site.resolve("deep.html"), "<template><math>".repeat(1100));
        Files.writeString(site.resolve("ok.html"), NAV + PROSE.repeat(3));
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", "--main", site.toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("conv: " + bad + ": HTML nested too deeply for the HTML parser")
                .doesNotContain("internal error");
        assertThat(out.resolve("deep.md")).doesNotExist();
        assertThat(out.resolve("ok.md")).content().contains("The committee met").doesNotContain("Contact");
    }

    @Test
    void markdownInputIsConvertedWholeWithOneWarning() {
        String md = "# Notes\n\n<nav><a href=/a>Home</a></nav>\n\nSome text.\n";
        CliRun main = CliRun.run(md, "html2md", "--main", "--stdin-filepath=notes.md");
        CliRun plain = CliRun.run(md, "html2md", "--stdin-filepath=notes.md");
        assertThat(main.exitCode()).isZero();
        assertThat(main.out()).isEqualTo(plain.out());
        assertThat(main.err().lines()).containsExactly(
                "notes.md:0: skip markdown-input --main (reads HTML pages only; converted whole)");
    }

    @Test
    void theJsonReportListsTheDroppedBlocks() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<body>" + NAV + "<article>" + PROSE.repeat(4)
                + "</article><div class=comments><p>First!</p></div></body>");
        CliRun r = CliRun.run("", "html2md", "--main", "--report", "json", page.toString(), "-o",
                dir.resolve("page.md").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"dropped-block\"", "navigation", "class/id comments");
        assertThat(dir.resolve("page.md")).content().contains("The committee met").doesNotContain("First!");
    }

    @Test
    void theJsonReportNeedsAFileForTheMarkdown() {
        CliRun r = CliRun.run("<p>x</p>", "html2md", "--main", "--report", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--report json prints on stdout");
    }

    @Test
    void theOutputIsUtf8WithoutTheInputsByteOrderMarkOrCharset() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String html = "<html><head><title>T</title></head><body><p>x</p></body></html>";
        byte[] withBom = new byte[bom.length + html.length()];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, withBom, bom.length, html.length());
        CliRun r = CliRun.run(withBom, "html2md", "--front-matter", "--stdin-filepath=bom.html");
        assertThat(r.out()).as("front matter must open the file").startsWith("---\ntitle: \"T\"\n");
        String gbk = "<html><head><meta charset=gbk><title>中文</title></head><body><article><h1>标题</h1>"
                + "<p>这是一个很长的中文段落，讲述了一个故事，有很多的句子，还有更多的内容。</p>".repeat(8)
                + "</article><footer><a href=/a>联系</a></footer></body></html>";
        CliRun g = CliRun.run(gbk.getBytes("GBK"), "html2md", "--main", "--stdin-filepath=gbk.html");
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(g.out()).as("Markdown is written as UTF-8, as without --main").contains("# 标题")
                .contains("这是一个很长的中文段落");
    }
}
