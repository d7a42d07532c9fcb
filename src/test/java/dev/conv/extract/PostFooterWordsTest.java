package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The line a blog theme sets under each post (filed under, bookmark the permalink), named by the
 * theme's classes: Kubrick's {@code postmetadata}, Twenty Ten's {@code entry-utility}.
 */
class PostFooterWordsTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year.</p>";

    @Test
    void dropsTheFiledUnderLineOfAnEntryUtilityBox() {
        String md = main(NAV + "<div class='post'><h1>Library stays open</h1><div class='entry-content'>" + PROSE.repeat(3)
                + "<div class='entry-utility'>This story was posted on Tuesday evening by the town desk, filed under "
                + "<a href='/cat/town'>Town</a> and tagged with the library's name. Bookmark the "
                + "<a href='/library-stays-open'>permalink</a>.</div></div></div>");
        assertThat(md).contains("keep the library open").doesNotContain("Bookmark the");
    }

    @Test
    void dropsThePostmetadataLine() {
        String md = main(NAV + "<div class='post'><h1>Library stays open</h1><div class='entry'>" + PROSE.repeat(3)
                + "<div class='postmetadata alt'>This story was written on Tuesday and filed under "
                + "<a href='/cat/town'>Town</a>.</div></div></div>");
        assertThat(md).contains("keep the library open").doesNotContain("filed under");
    }
}
