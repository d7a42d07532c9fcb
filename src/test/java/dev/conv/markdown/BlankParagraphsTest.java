package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Editors pad pages with blank paragraphs ({@code <p>&nbsp;</p>}) and runs of {@code <br>};
 * in Markdown they become nothing and one paragraph break, not blank-looking lines.
 */
class BlankParagraphsTest {
    @Test
    void paragraphHoldingOnlyNbspIsDropped() {
        assertThat(Streamed.convert("<p>a</p><p>&nbsp;</p><p> &nbsp; &nbsp; </p><div>&nbsp;</div><p>b</p>"))
                .isEqualTo("a\n\nb\n");
    }

    @Test
    void nbspInsideTextStays() {
        assertThat(Streamed.convert("<p>a&nbsp;b</p>")).isEqualTo("a\u00A0b\n");
    }

    @Test
    void nbspWithAnImageIsNotBlank() {
        assertThat(Streamed.convert("<p>&nbsp;<img src='i.png' alt='i'></p>")).contains("![i](i.png)");
    }

    @Test
    void cellHoldingOnlyNbspIsEmpty() {
        String md = Streamed.convert("<table><tr><th>a</th><th>b</th></tr><tr><td>&nbsp;</td><td>x</td></tr></table>");
        assertThat(md).doesNotContain("\u00A0").contains("|     | x   |");
    }

    @Test
    void runOfBreaksIsOneParagraphBreak() {
        assertThat(Streamed.convert("<p>one<br><br>two<br>\n  <br/>\n  <br>three</p>")).isEqualTo("one\n\ntwo\n\nthree\n");
    }

    @Test
    void lineHoldingOnlyNbspBetweenBreaksIsPartOfTheRun() {
        assertThat(Streamed.convert("<p>one<br>&nbsp;<br>two</p>")).isEqualTo("one\n\ntwo\n");
    }

    @Test
    void nbspLinesAtTheEdgesOfAParagraphGo() {
        assertThat(Streamed.convert("<p>&nbsp;<br>one<br>&nbsp;</p>")).isEqualTo("one\n");
    }

    @Test
    void singleBreakIsStillAHardBreak() {
        assertThat(Streamed.convert("<p>one<br>two</p>")).isEqualTo("one\\\ntwo\n");
    }

    @Test
    void spanAcrossARunOfBreaksIsReopenedInTheNextParagraph() {
        // A mirrored article: breaks on both sides of a bold passage.
        assertThat(Streamed.convert("<div>intro<br/>\n<b>\n<br/>\nbold part\n</b>\n<br/>\n<br/>\nnext</div>"))
                .isEqualTo("intro\n\n**bold part**\n\nnext\n");
        assertThat(Streamed.convert("<p><b>bold<br><br>still bold</b> plain</p>"))
                .isEqualTo("**bold**\n\n**still bold** plain\n");
    }

    @Test
    void breaksInAHeadingOrCellAreNotParagraphBreaks() {
        assertThat(Streamed.convert("<h2>a<br><br>b</h2>")).isEqualTo("## a b\n");
        assertThat(Streamed.convert("<table><tr><th>h</th><th>k</th></tr><tr><td>a<br><br>b</td><td>c</td></tr></table>"))
                .contains("a<br><br>b");
    }
}
