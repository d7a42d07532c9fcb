package dev.conv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.step.StepResult;

/** clean on Markdown with embedded HTML: only bad input is refused, and a second clean changes nothing. */
class CleanMarkdownFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void clean(byte[] markdown) {
        StepResult first;
        try {
            first = FuzzRuns.clean(markdown, SourceKind.MARKDOWN);
        } catch (BadInputException e) {
            return; // documented: binary or undecodable input, refused with a message
        }
        FuzzRuns.assertCleanStable(first, SourceKind.MARKDOWN);
    }
}
