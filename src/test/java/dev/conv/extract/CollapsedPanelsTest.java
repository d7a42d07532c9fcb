package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An accordion's closed drawer (Bootstrap's {@code collapse}) under the article: its text, one
 * long block, must not win over the article written in several sections the reader sees.
 */
class CollapsedPanelsTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year.</p>";
    private static final String SECTION = "<div class='media'>" + PROSE + PROSE + "</div>";
    private static final String INTERVIEW = "<p>The head librarian answered questions from readers, one after "
            + "another, about the hours, the staff, the heating and the costs, for most of the evening.</p>";

    private static String page(String drawerClass) {
        return NAV + "<div class='news-detail'><h1>Library stays open</h1>" + SECTION + SECTION + SECTION
                + "<div class='panel'><a href='#drawer' data-toggle='collapse'><h4>Interview with the librarian</h4></a>"
                + "<div id='drawer' class='" + drawerClass + "'><div class='panel-body'><div class='media'>"
                + INTERVIEW.repeat(5) + "</div></div></div></div></div>";
    }

    @Test
    void keepsTheArticleBesideAClosedDrawer() {
        assertThat(main(page("panel-collapse collapse"))).contains("keep the library open");
    }

    @Test
    void aDrawerHoldingMostOfThePageIsItsContent() {
        String md = main(NAV + "<h1>Questions and answers</h1><div class='panel'><div class='panel-collapse collapse'>"
                + INTERVIEW.repeat(6) + "</div></div><p>Last updated in May.</p>");
        assertThat(md).contains("The head librarian answered");
    }
}
