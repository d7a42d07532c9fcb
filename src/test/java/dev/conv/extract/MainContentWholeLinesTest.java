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

    private static void assertProperties(String html, String main) {
        String whole = new Html2Md().apply(Page.of(SourceKind.HTML, html)).page().text();
        MainOutputProperties.assertNotEmpty("--main", main, whole);
        MainOutputProperties.assertDropsOnly("--main", main, whole);
    }
}
