package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A note set in italics or bold after the article's last paragraph, holding a link: the site's
 * call to sign up, subscribe or follow, not the story.
 */
class ClosingNotesTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year.</p>";

    @Test
    void dropsAnEmphasisedCallWithALinkThatEndsTheArticle() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE + PROSE
                + "<p><em>Want more stories like this one? <a href='/newsletter'>Sign up for our weekly letter</a>"
                + " and never miss a council vote again.</em></p></article>");
        assertThat(md).contains("keep the library open").doesNotContain("Sign up for our weekly letter");
    }

    @Test
    void keepsAnEmphasisedNoteWithoutALink() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE + PROSE
                + "<p><em>The author has worked at the town's library for twelve years.</em></p></article>");
        assertThat(md).contains("worked at the town's library");
    }

    @Test
    void keepsAnEmphasisedParagraphWithALinkInsideTheStory() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE
                + "<p><strong>The vote followed <a href='/petition'>a petition of 900 readers</a> last spring.</strong></p>"
                + PROSE + "</article>");
        assertThat(md).contains("a petition of 900 readers");
    }

    @Test
    void keepsAClosingParagraphThatIsOnlyPartlyEmphasised() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE + PROSE
                + "<p>Opening hours are listed <a href='/hours'>on the library's page</a>, <em>and they change in May.</em></p>"
                + "</article>");
        assertThat(md).contains("on the library's page");
    }
}
