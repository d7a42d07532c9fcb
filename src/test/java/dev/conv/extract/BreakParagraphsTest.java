package dev.conv.extract;

import static dev.conv.extract.ArticlePartsTest.main;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An article set in one block of text whose paragraphs are broken by blank lines ({@code <br><br>}),
 * as older CMSs write it: each of those paragraphs scores, as Readability's turning of br runs
 * into paragraphs makes them, so a box of a few short paragraphs beside it does not win.
 */
class BreakParagraphsTest {
    private static final String SENTENCE = "The harvest came in late this year, after a wet spring and a dry, hot summer,"
            + " and the farmers, as their union said, expect lower prices for the grain they sold";

    @Test
    void anArticleOfParagraphsBrokenByBlankLinesWinsOverABoxOfShortParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            text.append(i > 1 ? "<br><br>" : "").append(SENTENCE).append(" (part ").append(i).append(").");
        }
        String md = main("<div class='col-a'><div class='inner'><h1>A late harvest</h1><div class='text'>" + text
                + "</div></div></div><div class='col-b'><div class='inner'><div class='box'><p>We are a small team, "
                + "writing since 1999, about farms, fields, and villages.</p>"
                + "<p>Our office is open, by appointment, on weekdays, and on Saturdays.</p>"
                + "<p>Write to us, call us, or, better, come by, and have a coffee.</p></div></div></div>");
        assertThat(md).contains("# A late harvest").contains("(part 1)").contains("(part 8)")
                .doesNotContain("small team").doesNotContain("have a coffee");
    }
}
