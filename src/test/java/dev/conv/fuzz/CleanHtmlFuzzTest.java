package dev.conv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.step.StepResult;

/** clean on HTML: only bad input is refused, and a second clean changes nothing. */
class CleanHtmlFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void clean(byte[] html) {
        StepResult first;
        try {
            first = FuzzRuns.clean(html, SourceKind.HTML);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        FuzzRuns.assertCleanStable(first, SourceKind.HTML);
    }
}
