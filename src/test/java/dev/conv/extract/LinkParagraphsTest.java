package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Paragraphs that are mostly a link: a teaser of another page ("Read more: ...") goes, the
 * article's own text that happens to sit in an anchor or to cite an address stays.
 */
class LinkParagraphsTest {
    private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>";
    private static final String PROSE = "<p>The council met on Tuesday evening, and after a long debate, it agreed "
            + "to keep the library open on Sundays, at least until the end of the year.</p>";

    @Test
    void keepsAParagraphInsideANamedAnchorWithNoAddress() {
        // an anchor that only marks a place (a table of contents points at it) is no link
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE + PROSE
                + "<p><a name='question'>One question came up again and again: who pays for the extra hours?</a></p>"
                + PROSE + "</article>");
        assertThat(md).contains("who pays for the extra hours");
    }

    @Test
    void stillDropsAReadMoreParagraphInsideTheArticle() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE + PROSE
                + "<p>Read more: <a href='/older'>The library's roof needs mending soon</a></p>" + PROSE + "</article>");
        assertThat(md).contains("keep the library open").doesNotContain("roof needs mending");
    }

    @Test
    void keepsAParagraphThatIsAnAddressTheArticleCites() {
        // the address to sign at or to write to, shown as itself: no teaser's title
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE
                + "<p>Whoever wants the Sunday hours to stay can sign the petition:</p>"
                + "<p><a href='https://petitions.example.org/library-sundays'>https://petitions.example.org/library-sundays</a></p>"
                + PROSE + "<p>Letters go to this address:</p>"
                + "<p><a href='mailto:sundays@library.example.org'>sundays@library.example.org</a></p>" + PROSE + "</article>");
        assertThat(md).contains("https://petitions.example.org/library-sundays").contains("sundays@library.example.org");
    }

    @Test
    void keepsASentenceThatRunsOnIntoItsLink() {
        String md = main(NAV + "<article><h1>Library stays open</h1>" + PROSE
                + "<p>She follows Anna Berg, <a href='/berg-leaves'>who had run the library beside "
                + "her work at the archive for eight months.</a></p>" + PROSE + "</article>");
        assertThat(md).contains("who had run the library beside");
    }
}
