package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wrappers whose class words name what sits beside or inside them, not what they are: the
 * article inside them is kept.
 */
class NamedWrappersTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year, as many had asked.</p>";
    private static final String SIDE = "<div class='box'><p>Opening hours of the town hall, the pool and the museum, "
            + "for every day of the week, all year.</p></div>";
    /** A block of prose the first try would take for the article were the article's box dropped. */
    private static final String NOTES = PROSE.replace("council", "rowing club").repeat(4);
    /** A site footer long enough that the article's box holds less than half the page's text. */
    private static final String FOOTER = "<footer>" + PROSE.replace("council", "choir").repeat(12) + "</footer>";
    private static final String OTHER = "<div class='more'><h3><a href='/x'>Another story about the town</a></h3></div>";

    @Test
    void keepsTheOneArticleInsideABoxNamedAfterItsAside() {
        String md = main(NAV + "<h1>Library stays open</h1>"
                + "<div class='article-aside-bottom'><div class='article-and-aside'><article class='story'>"
                + PROSE.repeat(8) + "</article>" + SIDE + "</div></div>"
                + "<div class='teasers'>" + OTHER.repeat(3) + "</div>" + "<div class='notes'>" + NOTES + "</div>" + FOOTER);
        assertThat(md).contains("The council met");
    }

    @Test
    void keepsTheArticleInsideALayoutWithASidebar() {
        String md = main(NAV + "<h1>Library stays open</h1>"
                + "<div class='o-row c-fixed-sidebar-layout'><div class='o-col'>" + PROSE.repeat(8) + "</div></div>"
                + "<div class='c-sidebar'>" + SIDE + "</div>"
                + "<div class='notes'>" + NOTES + "</div>" + FOOTER);
        assertThat(md).contains("The council met");
    }

    @Test
    void stillDropsABoxOfSeveralArticles() {
        String teaser = "<article><h3>Other news</h3>" + PROSE.replace("library", "pool").repeat(3) + "</article>";
        String md = main(NAV + "<article class='post'><h1>Library stays open</h1>" + PROSE.repeat(4) + "</article>"
                + "<div class='related-stories'>" + teaser + teaser + "</div>");
        assertThat(md).contains("keep the library open").doesNotContain("keep the pool open");
    }

    @Test
    void keepsADrupalNodePromotedToTheFrontPage() {
        // Drupal marks a node promoted to the front page node-promoted: a state, not a promotion box
        String md = main(NAV + "<h1>Library stays open</h1>"
                + "<div class='node node-article node-promoted clearfix'>" + PROSE.repeat(4) + "</div>"
                + "<div class='notes'>" + NOTES + "</div>" + FOOTER);
        assertThat(md).contains("The council met");
    }

    @Test
    void stillDropsAPromotionBox() {
        String md = main(NAV + "<h1>Library stays open</h1><div class='node'>" + PROSE.repeat(4) + "</div>"
                + "<div class='promo-box'><p>Subscribe now, and read every story of the town for a month, "
                + "free of charge, with no strings.</p></div>" + FOOTER);
        assertThat(md).contains("The council met").doesNotContain("free of charge");
    }
}
