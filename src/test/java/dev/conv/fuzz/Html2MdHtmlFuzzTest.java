package dev.conv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.testutil.ScriptFreeOutput;

/**
 * html2md on HTML, through the streaming path users run ({@code conv html2md < page.html}):
 * only bad input is refused, and the Markdown converts to itself. Seeds and minimized findings:
 * {@code src/test/resources/dev/conv/fuzz/Html2MdHtmlFuzzTestInputs/html2md/}.
 */
class Html2MdHtmlFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void html2md(byte[] html) throws BadInputException {
        String markdown;
        try {
            markdown = FuzzRuns.html2md(html, SourceKind.HTML);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        ScriptFreeOutput.assertScriptFree(markdown, "html2md html");
        FuzzRuns.assertHtml2MdStable(markdown);
    }
}
