package dev.conv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.testutil.ScriptFreeOutput;

/**
 * html2md on Markdown with embedded HTML ({@code conv html2md --from markdown}): only bad input
 * is refused, and the Markdown written converts to itself.
 */
class Html2MdMarkdownFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void html2md(byte[] markdown) throws BadInputException {
        String out;
        try {
            out = FuzzRuns.html2md(markdown, SourceKind.MARKDOWN);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        ScriptFreeOutput.assertScriptFree(out, "html2md markdown");
        FuzzRuns.assertHtml2MdStable(out);
    }
}
