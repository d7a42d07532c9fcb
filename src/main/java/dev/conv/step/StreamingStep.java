package dev.conv.step;

import dev.conv.page.BadInputException;
import dev.conv.page.TextSource;
import java.io.IOException;

/**
 * A step that can also write its output while it reads, so a page far larger than memory goes
 * through: html2md converts HTML while jsoup parses it. Used when the step runs alone and its
 * output goes to a stream (stdout, -o, --out-dir); in a pipeline it is an ordinary step.
 */
public interface StreamingStep extends Step {
    /** Applies the step to a source not yet loaded, writing the output as it is made. */
    void apply(TextSource source, Appendable out) throws IOException, BadInputException;
}
