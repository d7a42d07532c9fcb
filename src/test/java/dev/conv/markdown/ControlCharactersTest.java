package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.SourceKind;
import dev.conv.testutil.Html2MdRun;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Control characters from character references ({@code &#3;}, a repaired {@code &amp;#03}) show
 * nothing in a browser; written into the Markdown they made it look binary, so a second run
 * refused it ("not a text file"). Found by the html2md fuzz target.
 */
class ControlCharactersTest {
    @Test
    void doubleEscapedControlCharacterIsNotWritten() {
        String md = Html2MdRun.html("<p>O&amp;#03---a;</p><p>&nbsp;</p>");
        assertThat(md).isEqualTo("O---a;\n");
        assertThat(Html2MdRun.stdin(md.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN,
                Html2MdOptions.defaults())).isEqualTo(md);
    }

    @Test
    void controlCharactersAreLeftOutOfTextCodeAndAttributes() {
        String md = Html2MdRun.html("<p>a&#3;b&#x7f;c&#x1b;d\u0007e</p><pre>f&#3;g</pre><p><code>h&#3;i</code> "
                + "<a href=\"/x\" title=\"t&#3;u\">v</a> <img alt=\"w&#3;x\" src=\"y.png\"></p>");
        assertThat(md).isEqualTo("abcde\n\n```\nfg\n```\n\n`hi` [v](/x \"tu\") ![wx](y.png)\n");
    }

    @Test
    void aDoubleEscapeThatAControlCharacterSplitIsDecodedOnceItGoes() {
        // Found by the fuzzer: with the control character gone, "&amp;quot;" is a double escape,
        // which a second run decodes.
        String md = Html2MdRun.stdin("&amp\u001f;quot; x\n".getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN,
                Html2MdOptions.defaults());
        assertThat(md).isEqualTo("\" x\n");
        assertThat(Html2MdRun.html("<p>&amp;amp&amp;#1;;quot; y</p>")).isEqualTo("\" y\n");
    }

    @Test
    void tabsAndLineBreaksInPreformattedTextStay() {
        assertThat(Html2MdRun.html("<pre>a\tb\nc</pre>")).isEqualTo("```\na\tb\nc\n```\n");
    }

    @Test
    void controlCharactersAreLeftOutOfSuperscriptsAndMath() {
        assertThat(Html2MdRun.html("<p>x<sup>2&#3;</sup> <math><mi>y&#3;</mi></math></p>")).doesNotContain("\u0003");
    }
}
