package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.markdown.Html2Md;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Pipeline;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import org.junit.jupiter.api.Test;

/**
 * {@code --main} against plain html2md (issue 20) where the cut once went wrong: it never leaves a
 * page with text empty, and it never cuts inside what html2md writes as one line.
 */
class MainContentWholeLinesTest {
    private static final Step MAIN = Pipeline.of(new Extract(true, false), new Html2Md());
    private static final String PROSE = "Prune in late winter, while the tree is dormant. Remove dead wood first,"
            + " then the branches that cross, and step back often to see the shape of the crown. ";

    @Test
    void anArticleDroppedAsATeaserHeadingLeavesTheWholePage() {
        String html = "<html><head><title>Pruning apple trees</title></head><body><main><h5><a href=\"/notes\">"
                + "<p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></a></h5></main></body></html>";
        StepResult main = main(html);
        assertProperties(html, main.page().text());
        assertThat(main.changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ExtractKind.WHOLE_PAGE));
    }

    @Test
    void aTitleInTheBodyIsNoText() {
        String html = "<html><head></head><body><div class=\"related\"><h4>Related</h4><a href=\"/r\">Other</a></div>"
                + "<x-page><title>" + PROSE + PROSE + "</title><header><a href=\"/\">Garden Notes</a></header>"
                + "</x-page></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void aHeadingHoldingTheArticleIsKeptWhole() {
        String html = "<html><head><title>Pruning apple trees | Garden Notes</title></head><body>"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/blog\">Blog</a></nav>"
                + "<main><h1>Old notes<article><h1>Pruning apple trees</h1><p>" + PROSE + "</p>"
                + "<h2>Tools</h2><p>" + PROSE + "</p><p>" + PROSE + "</p></article></h1></main>"
                + "<footer>Garden Notes</footer></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void codeHoldingTheArticleIsKeptWhole() {
        // the white space after </p> reopens the <code>, and the article's blocks go inside it
        String html = "<html><head><title>Pruning apple trees</title></head><body>"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/blog\">Blog</a></nav>"
                + "<main><p>Old notes with <code>code</p> <div><article><h1>Pruning apple trees</h1><p>" + PROSE
                + "</p><p>" + PROSE + "</p><h2>Tools</h2><ul><li>Secateurs<li>A saw</ul></article></div></main>"
                + "</body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void anInlineBlockKeepsItsLine() {
        String html = "<html><head><title>Notes</title></head><body>Home | <a href=\"/blog\">Blog</a>"
                + "<x-notes>Blog<x-note>" + PROSE + PROSE + "</x-note></x-notes></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void boilerplateInsideALineStays() {
        String html = "<html><head><title>Notes</title></head><body><article><p>" + PROSE + PROSE + "</p>"
                + "<p>" + PROSE + " <span class=\"share-buttons\">Share this</span> and more.</p><p>" + PROSE
                + "</p></article></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void aBlockCutFromBetweenTwoRunsOfTextKeepsThemApart() {
        // The cut nav ended the first paragraph; without it "y" and the article ran into one line.
        String html = "<html><head><title>Notes</title></head><body>y<nav></nav><span>" + PROSE + PROSE
                + "</span></body></html>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).doesNotContain("yPrune");
        String inSpan = "<html><head><title>Notes</title></head><body><span>Notes<nav><a href=\"/\">Home</a></nav>"
                + PROSE + PROSE + "</span></body></html>";
        assertProperties(inSpan, main(inSpan).page().text());
        String outOfASpan = "<html><head><title>Notes</title></head><body>y<x-note><nav></nav>" + PROSE + PROSE
                + "</x-note></body></html>";
        assertProperties(outOfASpan, main(outOfASpan).page().text());
        String spaced = html.replace("<nav></nav>", " <nav></nav> ");
        assertProperties(spaced, main(spaced).page().text());
        // A comment or a style before the cut block writes nothing: the text before it still ends a line.
        for (String unwritten : new String[] {"<!-- ad -->", "<style></style>"}) {
            String hidden = html.replace("<nav></nav>", unwritten + "<nav>Menu</nav>");
            assertThat(main(hidden).page().text()).doesNotContain("yPrune");
        }
    }

    @Test
    void frontMatterHtml2MdConvertsAsContentIsPartOfThePage() {
        // html2md converts a block holding a control character as content, so plain html2md reads
        // it with the rest of the HTML; extraction took it off as front matter, cutting the nav
        // out from between it and the text, which then ran into one line
        String html = "---\n\u001d\n---\n<nav></nav><x-note>" + PROSE + PROSE + "</x-note>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).doesNotContain("---Prune").doesNotContain("--- Prune");
    }

    @Test
    void codeHoldingTheArticleSharesItsLineWithTheTextBeforeIt() {
        // html2md writes the code, and all it holds, as one code span on the line of "Notes"
        String html = "<html><head><title>Notes</title></head><body>Notes<code><div>" + PROSE + PROSE
                + "</div></code></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void anItemWhoseHeadingIsItsOnlyLineKeepsIt() {
        // The heading under the article's last paragraph heads nothing and went, leaving its item
        // an empty marker, a line plain html2md does not write: the empty link before it, which
        // writes nothing, passed for the item's first line. Found by the --main fuzz target.
        String html = "<p>" + PROSE + "</p><p>" + PROSE + "</p><ul><li><a></a><h3>More</h3></li></ul>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).doesNotContain("-\n");
        // nor one holding only an empty custom tag (found by the next round)
        String nested = "<p>" + PROSE + "</p><p>" + PROSE + "</p><ul><li><a><x-icon></x-icon></a><h3>More</h3></li></ul>";
        String nestedMain = main(nested).page().text();
        assertProperties(nested, nestedMain);
        assertThat(nestedMain).doesNotContain("-\n");
    }

    @Test
    void anItemKeptForItsFirstLineHasTheItemsInsideItsFirstLinesKeptToo() {
        // Found by the --main fuzz target (minimised): a stray item is kept for its text, so the
        // cut now leaves the item nested in it, whose first line, a nav, was still cut: its empty
        // heading moved up onto the marker's line. Items are now judged as the walk meets them.
        String html = "<li><<nav><ul><li><nav>></nav><h1></nav><e><h>runingappleut-author,thencrossingbrli>Bypasscateuri>Apruningsawutfningaddyav><-pehtmlz×>番Bsharedaddyav><---tiforbranchs/pearhref=\"/r/html>";
        assertProperties(html, main(html).page().text());
    }

    private static StepResult main(String html) {
        return MAIN.apply(Page.of(SourceKind.HTML, html));
    }

    @Test
    void aListItemKeepsTheLineItsMarkerIsOn() {
        // The item's first line went and its kept text moved up onto the marker's line: a new line.
        String html = "<html><head><title>Pruning apple trees</title></head><body><ul><li>.<p></p><x-note>"
                + PROSE + PROSE + PROSE + "</x-note></li></ul></body></html>";
        assertProperties(html, main(html).page().text());
        String share = "<html><head><title>Pruning apple trees</title></head><body>"
                + "<nav><a href=\"/\">Home</a> | <a href=\"/blog\">Blog</a></nav><ul><li>"
                + "<div class=\"share\"><a href=\"/s\">Share</a> <a href=\"/t\">Tweet</a></div>"
                + "<article><h1>Pruning apple trees</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article></li></ul></body></html>";
        assertProperties(share, main(share).page().text());
    }

    @Test
    void anOrderedListKeepsItsNumbers() {
        String html = "<html><head><title>Pruning apple trees</title></head><body><ol><li><nav><a href=\"/\">Home</a> "
                + "<a href=\"/b\">Blog</a> <a href=\"/c\">Contact</a></nav></li><li><article><h1>Pruning</h1><p>"
                + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></article></li></ol></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void inlineBoilerplateHoldingABlockKeepsItsLine() {
        // The link opens on the by-line before its picture: cut whole, it took its part of that line.
        String html = "<html><head><title>Pruning apple trees</title></head><body><article><h1>Pruning</h1>"
                + "<p>" + PROSE + "</p><div>May 2022 by <span class=\"share\"><a href=\"/share\">"
                + "<figure><img src=\"s.png\"></figure></a></span></div><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void aBlockCutFromTheEndOfALineTakesTheSpaceBeforeIt() {
        // html2md drops the space before a block; with the heading cut, the space stayed in the empty link.
        String html = "<html><head><title>Notes</title></head><body><article><p>" + PROSE + PROSE + "</p>More on this"
                + "<a href=\"/r\"> <h2 class=\"related\">Other story</h2> </a><p>" + PROSE + PROSE
                + "</p></article></body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void aRuleTheCutLeavesFirstGoes() {
        // First in the output a rule is written "***" ("---" would open front matter): a new line.
        String html = "<html><head><title>Notes</title></head><body><div class=\"menu\"><a href=\"/\">Home</a> "
                + "<a href=\"/b\">Blog</a></div><article><hr><p>" + PROSE + PROSE + "</p><p>" + PROSE + PROSE
                + "</p></article></body></html>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).startsWith("Prune");
    }

    @Test
    void aBlockCutFromALinkLeavesTheLinkInItsParts() {
        // html2md writes a link around a heading in three parts: the part before it ends its line.
        String html = "<html><head><title>Notes</title></head><body><article><p>" + PROSE + PROSE + "</p>More on this\n"
                + "<a href=\"/r\"><h2 class=\"related\">Other story</h2>Print</a><p>" + PROSE + PROSE
                + "</p></article></body></html>";
        assertProperties(html, main(html).page().text());
        String spaced = html.replace("Print", "");
        assertProperties(spaced, main(spaced).page().text());
    }

    @Test
    void aQuoteTheCutEmptiesGoes() {
        // Emptied, it would be written as a lone ">" line.
        String html = "<html><head><title>Notes</title></head><body>Notes<blockquote><p><strong>Well said</blockquote>"
                + "<h3>Ann Lee</h3>" + PROSE + PROSE + "</body></html>";
        assertProperties(html, main(html).page().text());
    }

    @Test
    void aTableTheCutWouldTurnIntoADataTableStaysLayout() {
        // The heading made the table layout on the whole page; cut as a teaser, it left cells of one line each.
        String html = "<html><head><title>Pruning apple trees | Garden Notes</title></head><body><table><tr><td>"
                + "<a href=\"/\">Home</a></td><td>" + PROSE + PROSE + PROSE + "</td></tr><tr><td><a href=\"/plums\">"
                + "<h3>Pruning plum trees</h3></a></td><td>" + PROSE + "</td></tr></table></body></html>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).doesNotContain("| --- |");
    }

    @Test
    void aDataTableIsKeptWhole() {
        // An old page framed in a table of corner images: cutting an empty edge cell moved the article a column left.
        String corner = "<td><img width=\"20\" height=\"20\" src=\"c.gif\"></td><td></td>"
                + "<td><img width=\"20\" height=\"20\" src=\"c.gif\"></td>";
        String html = "<html><head><title>Pruning apple trees</title></head><body><table><tr><td><ul>"
                + "<li><a href=\"/\">Home</a><li><a href=\"/blog\">Blog</a><li><a href=\"/c\">Contact</a></ul></td>"
                + "<td><table><tr>" + corner + "</tr><tr><td width=\"20\"></td><td><img src=\"tree.jpg\"><br><br><p>"
                + PROSE + PROSE + "<br>" + PROSE + PROSE + "</p></td><td width=\"20\"></td></tr><tr>" + corner
                + "</tr></table></td></tr></table></body></html>";
        String main = main(html).page().text();
        assertProperties(html, main);
        assertThat(main).contains("Prune in late winter");
    }

    @Test
    void aLayoutRowThatLabelsItsValueKeepsTheLabel() {
        // html2md writes "**Notes**: " on the value's first line: the label cut, that line was new.
        String html = "<html><head><title>Pruning apple trees</title></head><body><table><tr><th>Notes</th><td>"
                + "<div class=\"share\"><a href=\"/s\">Share</a> <a href=\"/t\">Tweet</a></div><h1>Pruning apple trees"
                + "</h1><p>" + PROSE + PROSE + "</p><p>" + PROSE + PROSE + "</p></td></tr></table></body></html>";
        assertProperties(html, main(html).page().text());
    }

    private static void assertProperties(String html, String main) {
        String whole = new Html2Md().apply(Page.of(SourceKind.HTML, html)).page().text();
        MainOutputProperties.assertNotEmpty("--main", main, whole);
        MainOutputProperties.assertDropsOnly("--main", main, whole);
    }
}
