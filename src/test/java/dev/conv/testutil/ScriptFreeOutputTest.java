package dev.conv.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker of the safety property finds script where there is some, and only there. */
class ScriptFreeOutputTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "x <img src=x onerror=alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<style>body{}</style>",
        "<base href=\"https://evil.example/\">",
        "<p style=\"position:fixed\">x</p>",
        "[x](javascript:alert(1))",
        "[x]( JaVaScRiPt:alert(1))",
        "[x](java&#9;script:alert(1))",
        "<javascript:alert(1)>",
        "![i](vbscript:msgbox(1))",
        "![i](data:image/svg+xml;base64,PHN2Zz4=)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[r]\n\n[r]: javascript:alert(1)",
        "[x](https://e.com/?q=<script>)",
        "[x](https://e.com \"<script>alert(1)</script>\")",
        "[r]\n\n[r]: https://e.com \"<img src=x onerror=alert(1)>\"",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<video poster=\"javascript:alert(1)\"></video>",
        "<img srcset=\"a.png 1x, javascript:alert(1) 2x\">",
        "text javascript://x%0aalert(1) that an any-scheme autolinker links",
        "| a |\n|---|\n| VBScript://x |",
        "<https://a.b/x\"y>",
        "[x](https://e.com/[y](javascript:alert(1)))"})
    void findsScript(String markdown) {
        assertThat(ScriptFreeOutput.problems(markdown)).as(markdown).isNotEmpty();
        assertThatThrownBy(() -> ScriptFreeOutput.assertScriptFree(markdown, "a vector")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a vector");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](https://e.com/?q=%3Cscript%3E)",
        "[x](https://e.com \"\\<script>alert(1)\\</script>\")",
        "<video src=\"https://e.com/v.mp4\" controls></video>",
        "![d](data:image/png;base64,iVBORw0KGgo=)",
        "`<script>alert(1)</script>`",
        "\\<script>alert(1)\\</script>",
        "[m](mailto:a@b.c) [t](tel:+1) [f](ftp://e.com) [r](../a.html) [h](#top) <https://e.com>",
        "a | b\n--|--\nx<br>y | z",
        "javascript:alert(1) as text",
        "javascript<!---->://x%0aalert(1), the scheme split from its colon",
        "clone git://example.com/r.git or htup://a.b, text no browser runs",
        "see https://a.b/x\"y z, text that a renderer refusing its autolink reads as the same text",
        "[x](https://e.com/[y](htt0s://e.com/z)), link syntax in an address, read as a link only by a renderer refusing the outer one"})
    void passesWhatCannotRunScript(String markdown) {
        assertThat(ScriptFreeOutput.problems(markdown)).as(markdown).isEmpty();
    }
}
