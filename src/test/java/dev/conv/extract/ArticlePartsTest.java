package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.markdown.Html2Md;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * The parts around an article that {@code --main} keeps or drops, on small pages built the way
 * common CMSs and news themes build theirs.
 */
class ArticlePartsTest {
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year.</p>";
    private static final String ARTICLE = PROSE.repeat(2)
            + "<p>Several residents had asked for longer hours, and the budget, as the treasurer said, allows it.</p>"
            + PROSE.repeat(2);
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";

    static String main(String body) {
        return main("t", body);
    }

    static String main(String title, String body) {
        Page page = Page.of(SourceKind.HTML, "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
        return new Extract(true, false).then(new Html2Md()).apply(page).page().text();
    }

    @Test
    void keepsTheLeadWhoseClassSaysTeaserInsideTheArticle() {
        // TYPO3's news extension and many themes call the standfirst a "teaser"
        String md = main(NAV + "<div class='news-single'><h1>Library stays open</h1>"
                + "<div class='teaser-text'><p>After months of requests the town extends its opening hours, "
                + "starting in May, for a trial of one year.</p></div>"
                + "<div class='news-text-wrap'>" + ARTICLE + "</div></div>");
        assertThat(md).contains("starting in May, for a trial of one year.").contains("keep the library open");
    }

    @Test
    void stillDropsTeasersOfOtherPages() {
        String teaser = "<div class='teaser'><h3><a href='/a%d'>Another story number %d about the town</a></h3>"
                + "<p>A short line.</p></div>";
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE + "</article>"
                + "<div class='teasers'>" + String.format(teaser, 1, 1) + String.format(teaser, 2, 2) + "</div>");
        assertThat(md).contains("keep the library open").doesNotContain("Another story number");
    }

    @Test
    void keepsTheIntroBlockAboveTheArticleBody() {
        String md = main(NAV + "<div class='page'><h1>Library stays open</h1>"
                + "<div class='article-intro'><p>The town extends its opening hours from May on, for a trial of one "
                + "year, after months of requests from readers, students and the parents' council, who wrote "
                + "letters, signed lists and came to every meeting of the committee since the autumn, to make "
                + "the case that a town of this size needs a place to read on a Sunday afternoon.</p></div>"
                + "<div class='body'>" + ARTICLE + "</div></div>"
                + "<div class='box'><p>Unrelated notice from the town hall, at the side of every page.</p></div>");
        assertThat(md).contains("needs a place to read on a Sunday afternoon.").contains("keep the library open");
    }

    @Test
    void dropsAHeadingWhoseListOfLinksWentAndWhateverFollowsIt() {
        String links = "<div class='box'><div class='inner'><ul><li><a href='/a'>First other story</a></li>"
                + "<li><a href='/b'>Second other story</a></li><li><a href='/c'>Third other story</a></li></ul></div></div>";
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE
                + "<div class='section-head'><h2>More on this topic</h2></div>" + links + "</article>");
        assertThat(md).contains("# Library stays open").contains("keep the library open")
                .doesNotContain("More on this topic").doesNotContain("other story");
    }

    @Test
    void dropsTheBlogTitleRightAboveThePostTitle() {
        String md = main("<div class='wrap'><h1 class='site-title'><a href='/'>A Reader's Notebook</a></h1>"
                + "<div class='post'><h1>Library stays open</h1>" + ARTICLE + "</div></div>");
        assertThat(md).contains("# Library stays open").doesNotContain("Notebook");
    }

    @Test
    void keepsHeadingsThatHeadTextAnImageOrASubsection() {
        String md = main("<article><h1>Library stays open</h1><h2>Opening hours</h2><h3>Sundays</h3>" + ARTICLE
                + "<h2>The new reading room</h2><figure><img src='room.jpg' alt='The room'></figure>"
                + "<h2>What comes next</h2>" + PROSE + "</article>");
        assertThat(md).contains("# Library stays open").contains("## Opening hours").contains("### Sundays")
                .contains("## The new reading room").contains("## What comes next");
    }

    @Test
    void keepsTitleAndStandfirstFromAHeaderBlockThatIsADiv() {
        // news themes wrap title, standfirst, byline and share links in div.article-header, not <header>
        String md = main(NAV + "<div class='container'><div class='row article-header'><div class='col'>"
                + "<h1>Library stays open</h1><p class='byline'>By <a href='/staff/x'>A. Writer</a></p>"
                + "<p>The town extends its opening hours from May on, for a trial of one year, after months of "
                + "requests from readers, students and the parents' council.</p>"
                + "<ul class='links'><li><a href='/s/1'>Share</a></li><li><a href='/s/2'>Mail</a></li></ul></div></div>"
                + "<div class='row'><div class='col'><div class='text'>" + ARTICLE + "</div></div></div></div>"
                + "<div class='box'><p>Unrelated notice from the town hall, at the side of every page.</p></div>");
        assertThat(md).contains("# Library stays open").contains("after months of requests from readers")
                .contains("keep the library open").doesNotContain("A. Writer").doesNotContain("Unrelated notice");
    }

    @Test
    void keepsThePageBuildersOtherRowsOfProseButNotItsRowOfTeasers() {
        // a page builder puts each part of the text in a row and column of its own
        String row = "<div class='row'><div class='col'>%s</div></div>";
        String teaser = "<div class='card'><h3><a href='/s%d'>Another story number %d about the town</a></h3>"
                + "<p>A short line, with a comma.</p></div>";
        String md = main(NAV + "<div class='page'>"
                + String.format(row, "<h1>Library stays open</h1>" + ARTICLE)
                + String.format(row, "<h2>Opening hours</h2><p>On Sundays, the doors open at ten and close at four.</p>")
                + String.format(row, "<p>The reading room, on the first floor, stays closed until the roof is mended.</p>")
                + String.format(row, String.format(teaser, 1, 1) + String.format(teaser, 2, 2)) + "</div>");
        assertThat(md).contains("keep the library open").contains("## Opening hours")
                .contains("the doors open at ten").contains("until the roof is mended")
                .doesNotContain("Another story number");
    }

    @Test
    void leavesAShortLineNextToTheArticleOut() {
        // a line of a sentence or two beside the text is a notice or a call to act more often than prose
        String row = "<div class='row'><div class='col'>%s</div></div>";
        String md = main(NAV + "<div class='page'>" + String.format(row, "<h1>Library stays open</h1>" + ARTICLE)
                + String.format(row, "<p>Sign up now, it is free of charge.</p>") + "</div>");
        assertThat(md).contains("keep the library open").doesNotContain("Sign up now");
    }

    @Test
    void dropsABoldLabelWhoseListOfLinksWent() {
        // a label set in bold rather than as a heading ("Also worth reading:") above a list of other stories
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE
                + "<p><strong>Also worth a read:</strong></p><ul><li><a href='/a'>First other story</a></li>"
                + "<li><a href='/b'>Second other story</a></li><li><a href='/c'>Third other story</a></li></ul>"
                + PROSE.replace("council", "board") + "</article>");
        assertThat(md).contains("keep the library open").contains("The board met")
                .doesNotContain("worth a read").doesNotContain("other story");
    }

    @Test
    void dropsAnEmbeddedQuoteThatIsOneLinkAndTheLabelAboveIt() {
        // WordPress embeds another post as a blockquote holding only a link to it
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE
                + "<p><b>Read before?</b></p><blockquote class='wp-embedded-content'><p>"
                + "<a href='/older'>The library's roof needs mending soon</a></p></blockquote></article>");
        assertThat(md).contains("keep the library open").doesNotContain("Read before")
                .doesNotContain("roof needs mending");
    }

    @Test
    void keepsBoldLabelsThatHeadText() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE
                + "<p><strong>What the mayor said</strong></p>" + PROSE.replace("council", "board") + "</article>");
        assertThat(md).contains("**What the mayor said**").contains("The board met");
    }

    @Test
    void dropsABoldLabelThatHeadsNothingAtTheArticlesEnd() {
        // "Most read" in bold at the article's end, its list outside the article
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE + "<p><b>Most read</b></p></article>"
                + "<div class='box'><div class='inner'><ul><li><a href='/a'>First other story</a></li>"
                + "<li><a href='/b'>Second other story</a></li></ul></div></div>");
        assertThat(md).contains("keep the library open").doesNotContain("Most read");
    }

    @Test
    void dropsCreditLinesInBracketsOrWithTwoWordLabels() {
        String md = main(NAV + "<article><h1>Library stays open</h1><figure><img src='hall.jpg' alt='The hall'>"
                + "<figcaption> (Photo: City Archive)</figcaption></figure>" + ARTICLE
                + "<p>Crédits photos : Agence Nord</p></article>");
        assertThat(md).contains("keep the library open").contains("![The hall](hall.jpg)")
                .doesNotContain("City Archive").doesNotContain("Agence Nord");
    }

    @Test
    void dropsALinkedHeadingOfAnotherStoryButKeepsThePermalinkedTitle() {
        String md = main("Library stays open | Town News", NAV + "<article><h2><a href='/library-stays-open'>"
                + "Library stays open</a></h2>" + ARTICLE + "<h3><a href='/pool'>The pool closes for the summer</a></h3>"
                + PROSE.replace("council", "board") + "</article>");
        assertThat(md).contains("## [Library stays open]").contains("The board met")
                .doesNotContain("The pool closes");
    }

    @Test
    void dropsHeadingsAfterTheArticlesLastParagraphButNotThoseAboveProse() {
        // a press release's contact box and a "subscribe" prompt set after the text, inside the article
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE
                + "<h2>What happens next</h2>" + PROSE.replace("council", "board")
                + "<h3>Press contact</h3><p>Jane Roe</p><p>Phone 555 0100</p>"
                + "<h3>Get our weekly letter</h3><p>Sign up today</p><p><strong>Follow us:</strong></p><p>On the town channels</p></article>");
        assertThat(md).contains("## What happens next").contains("The board met").contains("Jane Roe")
                .doesNotContain("Press contact").doesNotContain("Get our weekly letter").doesNotContain("Follow us");
    }

    @Test
    void keepsAHeadingOverACodeBlockOrTableAtTheEnd() {
        String md = main(NAV + "<article><h1>Setting up the terminal</h1>" + ARTICLE
                + "<h2>The whole file</h2><pre><code>set -g mouse on\nset -g history-limit 5000</code></pre></article>");
        assertThat(md).contains("## The whole file").contains("set -g mouse on");
    }

    @Test
    void anArticleOfSeveralParagraphsBesideManyTeasersIsNoIndexPage() {
        // a story page whose grid of other stories holds more text than the story itself
        String teaser = "<div class='card'><h3><a href='/s%d'>Another story number %d about the town</a></h3>"
                + "<p>A line about the other story and the people in it and what they did there</p></div>";
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            teasers.append(String.format(teaser, i, i));
        }
        String md = main(NAV + "<div class='wrap'><h1>Library stays open</h1>" + ARTICLE + ARTICLE.replace("council", "board")
                + "</div><div class='grid'>" + teasers + "</div>");
        assertThat(md).contains("keep the library open").contains("The board met")
                .doesNotContain("Another story number").doesNotContain("[Home]");
    }

    @Test
    void aStoryInTheSameRowAsItsSlidesOfOtherStoriesIsNoIndexPage() {
        // a page builder's row: the story's text block, then a slider of other stories' linked headings
        String slide = "<div class='slide'><h3><a href='/s%d'>Another story number %d</a></h3>"
                + "<p>A line, short, about it, and more.</p></div>";
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            slides.append(String.format(slide, i, i));
        }
        String md = main(NAV + "<div id='section-2'><div class='container'><div class='entry-content-wrapper'>"
                + "<h1>Library stays open</h1><section class='block'><div class='text'>" + ARTICLE
                + ARTICLE.replace("council", "board") + "</div></section><div class='slider'>" + slides
                + "</div></div></div></div>");
        assertThat(md).contains("keep the library open").contains("The board met")
                .doesNotContain("Another story number").doesNotContain("[Home]");
    }

    @Test
    void keepsTitleAndSubtitleFromACoverRowAboveTheStory() {
        // a theme's cover row holds the title and subtitle, in a section of its own before the story's section
        String md = main(NAV + "<section class='row row-first'><div class='cover'><div class='cover-inner'>"
                + "<h1>Library stays open</h1><h2>Sunday hours stay until the end of the year</h2></div></div></section>"
                + "<section class='row row-second'><div class='copy'>" + ARTICLE + "</div></section>");
        assertThat(md).contains("# Library stays open").contains("## Sunday hours stay").contains("keep the library open")
                .doesNotContain("[Home]");
    }

    @Test
    void leavesOutARowAboveTheStoryThatHoldsATitleAlone() {
        // a section's name set as the h1 in a band of its own, no standfirst under it: not the story's title
        String md = main(NAV + "<section class='row row-first'><div class='band'><h1>Town Hall Center</h1></div></section>"
                + "<section class='row row-second'><div class='copy'>" + ARTICLE + "</div></section>");
        assertThat(md).contains("keep the library open").doesNotContain("Town Hall Center");
    }

    @Test
    void headingsLinkedToTheirOwnAnchorsAreNoTeasers() {
        // a project's read-me: every heading carries a link to itself
        String section = "<h2><a href='#%s'>%s</a></h2><p>Run the installer, and then, when it asks, choose %s.</p>";
        String md = main(NAV + "<div class='readme'><h1>Gardenkit</h1>" + PROSE
                + String.format(section, "setup", "Setup", "the folder") + String.format(section, "use", "Use", "a bed")
                + String.format(section, "plan", "Plan", "a season") + String.format(section, "help", "Help", "a topic")
                + "</div>");
        assertThat(md).contains("Gardenkit").contains("choose a season").doesNotContain("[Home]");
    }

    @Test
    void aGalleryOfLinkedHeadingsInsideAnArticleIsNoIndexPage() {
        // a listicle: each slide has a heading linked to the shop selling the item
        String slide = "<figure class='slide'><img src='s%d.jpg' alt=''><h3><a href='https://shop.example/i%d'>Costume idea "
                + "number %d</a></h3><figcaption>Paint the face white, add a hat and a coat, and you are done in ten "
                + "minutes.</figcaption></figure>";
        StringBuilder slides = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            slides.append(String.format(slide, i, i, i));
        }
        String md = main(NAV + "<article><h1>Six quick costumes</h1><p>By Jane Roe</p><div class='gallery'>" + PROSE + slides
                + "</div></article>");
        assertThat(md).contains("![](s6.jpg)").contains("done in ten minutes").contains("keep the library open")
                .doesNotContain("[Home]");
    }

    @Test
    void dropsAdLabelsReadingTimesAndDateLinesInTimeElements() {
        String md = main(NAV + "<article><h1>Library stays open</h1><div class='meta'><span>6 min read</span></div>"
                + "<time datetime='2021-04-03'>Updated: 03.04.2021, 12:35</time>" + PROSE
                + "<div class='slot'><small>- Advertisement -</small></div>" + ARTICLE + "</article>");
        assertThat(md).contains("keep the library open").doesNotContain("min read").doesNotContain("03.04.2021")
                .doesNotContain("Advertisement");
    }

    @Test
    void dropsABoldLabelInADivAtTheArticlesEndWithItsEmptyShareLinks() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + ARTICLE + "<div style='float:right'>"
                + "<strong>Share this story?</strong><br><a href='https://social.example/share?u=x'><div class='icon'></div></a>"
                + "</div></article>");
        assertThat(md).contains("keep the library open").doesNotContain("Share this story");
    }

    @Test
    void dropsADivThatTitlesABoxAfterTheArticlesLastParagraph() {
        String md = main(NAV + "<article><h1>Library stays open</h1><div class='sub'>Opening hours</div>" + ARTICLE
                + "<div class='box-title'><span>Most read this week</span></div><ul><li>Ferry timetable</li>"
                + "<li>Road works</li></ul></article>");
        assertThat(md).contains("keep the library open").contains("Opening hours").doesNotContain("Most read this week");
    }

    @Test
    void dropsEmbedsAffiliateNoticesDonationAndContactBoxesAndButtons() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE
                + "<div class='wp-embedded-content'><p>Another story from the archive, shown as a card.</p></div>"
                + "<div class='affiliate-note'><p>We earn a small fee when you buy through these links.</p></div>"
                + ARTICLE + "<div class='donation-box'><p>Local news needs you: give what you can today.</p></div>"
                + "<div class='btn-wrap button-row'><span>Read the whole series</span></div>"
                + "<div class='contact-card'><p>Questions? Write to the desk, we answer within a day.</p></div></article>");
        assertThat(md).contains("keep the library open").doesNotContain("Another story from the archive")
                .doesNotContain("small fee").doesNotContain("give what you can").doesNotContain("whole series")
                .doesNotContain("Write to the desk");
    }
}
