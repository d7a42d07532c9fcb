package dev.conv.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.bench.MarkdownReader.HtmlPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader comparison sees raw HTML parts the same way in cmark-gfm and commonmark-java, so
 * that a count of differing pages is a count of real disagreements: line numbers from 1, a block's
 * literal without its container prefixes, Windows line ends read as line ends.
 */
class ReaderPartsTest {
    private static final String PAGE = "Intro with <span class=\"x\">inline</span> tag.\r\n\r\n"
            + "> <div>\r\n> quoted block\r\n> </div>\r\n\r\n"
            + "| a | b |\n|---|---|\n| <b>x</b> | y |\n";

    private static final List<HtmlPart> PARTS = List.of(
            new HtmlPart(false, 1, "<span class=\"x\">"),
            new HtmlPart(false, 1, "</span>"),
            new HtmlPart(true, 3, "<div>\nquoted block\n</div>\n"),
            new HtmlPart(false, 9, "<b>"),
            new HtmlPart(false, 9, "</b>"));

    /** What cmark-gfm 0.29.0.gfm.6 prints for PAGE with -t xml --sourcepos -e table (text nodes left out). */
    private static final String CMARK_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE document SYSTEM "CommonMark.dtd">
            <document sourcepos="1:1-9:16" xmlns="http://commonmark.org/xml/1.0">
              <paragraph sourcepos="1:1-1:45">
                <html_inline sourcepos="1:12-1:27" xml:space="preserve">&lt;span class=&quot;x&quot;&gt;</html_inline>
                <html_inline sourcepos="1:34-1:40" xml:space="preserve">&lt;/span&gt;</html_inline>
              </paragraph>
              <block_quote sourcepos="3:1-5:8">
                <html_block sourcepos="3:3-5:8" xml:space="preserve">&lt;div&gt;
            quoted block
            &lt;/div&gt;
            </html_block>
              </block_quote>
              <table sourcepos="7:1-9:16">
                <table_row sourcepos="9:1-9:16">
                  <table_cell sourcepos="9:2-9:11">
                    <html_inline sourcepos="9:3-9:5" xml:space="preserve">&lt;b&gt;</html_inline>
                    <html_inline sourcepos="9:7-9:10" xml:space="preserve">&lt;/b&gt;</html_inline>
                  </table_cell>
                </table_row>
              </table>
            </document>
            """;

    @Test
    void cmarkGfmPartsComeFromItsXmlTree() {
        assertThat(CmarkGfm.partsOfXml(CMARK_XML)).isEqualTo(PARTS);
    }

    @Test
    void commonmarkJavaFindsTheSameParts() {
        assertThat(new CommonmarkReader(false).htmlParts(PAGE)).isEqualTo(PARTS);
    }

    @Test
    void aPartDiffersWhenItsStretchDiffers() {
        assertThat(new HtmlPart(false, 1, "<!-->")).isNotEqualTo(new HtmlPart(false, 1, "<!-- -->"));
        assertThat(new HtmlPart(true, 3, "<div>")).isNotEqualTo(new HtmlPart(true, 4, "<div>"));
        assertThat(new HtmlPart(true, 3, "<div>\r\n</div>\r\n")).isEqualTo(new HtmlPart(true, 3, "<div>\n</div>"));
    }

    @Test
    void readersAreNamedWithTheVersionInUse() {
        assertThat(new CommonmarkReader(true).name()).matches("commonmark-java \\d+\\.\\d+\\.\\d+ \\+ autolink");
        assertThat(new CommonmarkReader(false).name()).matches("commonmark-java \\d+\\.\\d+\\.\\d+");
    }
}
