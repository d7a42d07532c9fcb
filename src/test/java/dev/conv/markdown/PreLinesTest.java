package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Block elements inside {@code <pre>} are line breaks, as a browser shows them. */
class PreLinesTest {
    @Test
    void divPerLineGivesOneCodeLineEach() {
        assertThat(Streamed.convert("<pre><code><div>int a = 1;</div><div>int b = 2;</div></code></pre>"))
                .isEqualTo("```\nint a = 1;\nint b = 2;\n```\n");
    }

    @Test
    void textAroundABlockStaysOnItsOwnLines() {
        assertThat(Streamed.convert("<pre>before<p>middle</p>after</pre>"))
                .isEqualTo("```\nbefore\nmiddle\nafter\n```\n");
    }

    @Test
    void newlineBetweenLineBlocksIsTheSameLineBreak() {
        // Highlighters that write one element a line often put the source's newline after each.
        assertThat(Streamed.convert("<pre><code><div class=line>a</div>\n<div class=line>b</div>\n</code></pre>"))
                .isEqualTo("```\na\nb\n```\n");
    }

    @Test
    void emptyLineBlockIsAnEmptyLine() {
        assertThat(Streamed.convert("<pre><div>a</div><div><br></div><div>b</div></pre>"))
                .isEqualTo("```\na\n\nb\n```\n");
    }

    @Test
    void breaksAndInlineElementsKeepTheirText() {
        assertThat(Streamed.convert("<pre><span>x = 1</span><br><span>y = 2</span></pre>"))
                .isEqualTo("```\nx = 1\ny = 2\n```\n");
    }
}
