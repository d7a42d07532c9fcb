package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A {@code <dt>} looks like a term: bold, its own paragraph; the {@code <dd>} follows as text. */
class DefinitionListTest {
    @Test
    void termIsBold() {
        assertThat(Streamed.convert("<dl><dt>HTML</dt><dd>The markup language.</dd></dl>"))
                .isEqualTo("**HTML**\n\nThe markup language.\n");
    }

    @Test
    void alreadyBoldTermIsBoldOnce() {
        assertThat(Streamed.convert("<dl><dt><b>HTML</b></dt><dd>d</dd></dl>")).isEqualTo("**HTML**\n\nd\n");
        assertThat(Streamed.convert("<dl><dt>A <strong>B</strong> C</dt><dd>d</dd></dl>")).isEqualTo("**A B C**\n\nd\n");
    }

    @Test
    void termKeepsItsLinkAndCode() {
        assertThat(Streamed.convert("<dl><dt><a href='/x'>x</a> and <code>y</code></dt><dd>d</dd></dl>"))
                .isEqualTo("**[x](/x) and `y`**\n\nd\n");
    }

    @Test
    void termWithBlocksInsideIsBoldInEach() {
        assertThat(Streamed.convert("<dl><dt><p>one</p><p>two</p></dt></dl>")).isEqualTo("**one**\n\n**two**\n");
    }

    @Test
    void strayTermInATableCellIsBoldThere() {
        assertThat(Streamed.convert("<table><tr><th>a</th><th>b</th></tr><tr><td><dt>t</dt>d</td>"
                + "<td>x</td></tr></table>")).contains("| **t**<br>d |");
    }

    @Test
    void emptyTermWritesNothing() {
        assertThat(Streamed.convert("<dl><dt> </dt><dd>d</dd></dl>")).isEqualTo("d\n");
    }
}
