package dev.conv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.extract.MainOutputProperties;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.testutil.ScriptFreeOutput;

/**
 * {@code conv html2md --main} on HTML, the extract step then html2md as the command chains them:
 * only bad input is refused; the Markdown can run no script and converts to itself; and against
 * plain html2md's Markdown of the same page (issue 20) it is never empty when that has text, and
 * it only drops lines, never adds or reorders one. Seeds and minimized findings:
 * {@code src/test/resources/dev/conv/fuzz/Html2MdMainFuzzTestInputs/html2mdMain/}.
 */
class Html2MdMainFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void html2mdMain(byte[] html) throws BadInputException {
        String whole;
        String main;
        try {
            whole = FuzzRuns.html2md(html, SourceKind.HTML);
            main = FuzzRuns.html2mdMain(html);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        ScriptFreeOutput.assertScriptFree(main, "html2md --main");
        FuzzRuns.assertHtml2MdStable(main);
        MainOutputProperties.assertNotEmpty("html2md --main", main, whole);
        MainOutputProperties.assertDropsOnly("html2md --main", main, whole);
    }
}
