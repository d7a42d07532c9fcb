package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a run puts what a step made of each file: back in place, under an output directory, or
 * nowhere (--check, --diff, --report). Every file is written atomically.
 */
public interface Destination {
    /** Writes one file's result; called from worker threads. */
    void write(InputFile file, StepResult result) throws IOException;

    /**
     * The file a streaming step writes into for {@code file}, or null when this destination needs
     * the whole result (in place, nowhere).
     */
    default Path streamTarget(InputFile file) {
        return null;
    }

    /** Writes a streaming step's output for {@code file}. */
    default void stream(InputFile file, AtomicWriter.Content content) throws IOException {
        throw new UnsupportedOperationException("this destination takes whole results");
    }

    /** Check, diff and report runs: nothing is written. */
    Destination NOWHERE = (file, result) -> { };
}
