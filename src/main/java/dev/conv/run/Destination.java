package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a run puts what a step made of each file: back in place, under an output directory, into
 * one file ({@code -o}), on stdout, or nowhere (--check, --diff, --report). Files are written
 * atomically.
 */
public interface Destination {
    /** Writes one file's result; called from worker threads. */
    void write(InputFile file, StepResult result) throws IOException;

    /**
     * True when a streaming step may write its output straight here while it reads (out-dir, -o,
     * stdout); false when this destination needs the whole result (in place, nowhere).
     */
    default boolean streams() {
        return false;
    }

    /** Writes a streaming step's output for {@code file}. */
    default void stream(InputFile file, AtomicWriter.Content content) throws IOException {
        throw new UnsupportedOperationException("this destination takes whole results");
    }

    /** The file written for {@code file}, for {@code -v}; null when in place, on stdout or nowhere. */
    default Path target(InputFile file) {
        return null;
    }

    /** Called before {@code file} is read, so a destination can tell later whether it changed meanwhile. */
    default void beforeRead(InputFile file) throws IOException {
    }

    /**
     * Check, diff and report runs: nothing is written. A class, not a lambda: the AOT cache links no
     * lambda made in an interface, and making this one set up lambda spinning on every run.
     */
    Destination NOWHERE = new Destination() {
        @Override
        public void write(InputFile file, StepResult result) {
        }
    };
}
