package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The second try without class words (a theme that calls the article's box a widget) still keeps
 * out the boxes the class words name when they do not hold the article: comments, related posts.
 */
class GentlerTryTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String POST = "<h1>The boat club cleans the lake</h1>"
            + "<div class='widget widget-text'><p>On Saturday, forty members of the club, with their children, "
            + "pulled bottles, tyres and an old bicycle out of the water.</p>"
            + "<p>The town lent them a truck, and the baker, as every year, brought coffee and cake for everyone "
            + "who helped.</p></div>";

    @Test
    void dropsTheCommentBoxBesideAnArticleInAWidget() {
        String md = main(NAV + "<div class='wrap'>" + POST
                + "<div id='comments' class='comments-area'><h3>Leave a reply</h3><p>Your email address will not "
                + "be published, and required fields are marked.</p></div></div>");
        assertThat(md).contains("# The boat club cleans the lake").contains("pulled bottles, tyres")
                .contains("coffee and cake").doesNotContain("Leave a reply").doesNotContain("email address");
    }
}
