package dev.conv.run;

import dev.conv.page.SourceKind;
import dev.conv.page.TextEncoding;
import dev.conv.step.Change;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one file of a run, for the report at the edge.
 *
 * @param path the file as the user named it
 * @param error the one-line reason, for {@link Status#FAILED} and {@link Status#INTERNAL_ERROR}
 * @param before the text read, when the run keeps texts (for diffs), else null
 * @param after the text the step made, when the run keeps texts and the page changed, else null
 * @param bug for {@link Status#INTERNAL_ERROR}, what was thrown (shown with {@code --debug})
 * @param read how the file was read, for warnings (null when it could not be read)
 * @param target the file written for it (out-dir, -o), else null
 * @param collision the inputs it shares its output with, when that kept it from being written
 */
public record FileOutcome(String path, Status status, String error, List<Change> changes, String before,
                          String after, Throwable bug, Read read, Path target, Collision collision) {
    /**
     * How a file was read: its kind, why that kind is only a guess (null when it is not), and its
     * encoding, with the count of invalid bytes replaced under lenient decoding.
     */
    public record Read(SourceKind kind, String kindDoubt, TextEncoding encoding) {
    }

    /** Inputs that would all be written to one output, in file order; none of them is written. */
    public record Collision(Path target, List<Path> inputs) {
        public Collision {
            inputs = List.copyOf(inputs);
        }
    }

    public enum Status {
        UNCHANGED,
        CHANGED,
        /** Bad input or an I/O error: the file is named and left as it was. */
        FAILED,
        /** Its step took longer than the run's time limit: abandoned, nothing written. */
        TIMED_OUT,
        /** A bug in conv met on this file: the file is left as it was, the run goes on, exit 3. */
        INTERNAL_ERROR
    }

    public FileOutcome {
        changes = List.copyOf(changes);
    }

    public FileOutcome(String path, Status status, String error, List<Change> changes, String before,
                       String after, Throwable bug, Read read) {
        this(path, status, error, changes, before, after, bug, read, null, null);
    }

    public static FileOutcome failed(String path, String error) {
        return new FileOutcome(path, Status.FAILED, error, List.of(), null, null, null, null);
    }

    public static FileOutcome internalError(String path, Throwable bug) {
        return new FileOutcome(path, Status.INTERNAL_ERROR, "internal error: " + bug, List.of(), null, null, bug, null);
    }

    public static FileOutcome timedOut(String path) {
        return new FileOutcome(path, Status.TIMED_OUT, "took longer than the time limit; left untouched", List.of(),
                null, null, null, null);
    }

    public static FileOutcome collided(InputFile file, Collision collision) {
        return new FileOutcome(file.path().toString(), Status.FAILED, "would be written to " + collision.target()
                + " as another input would; none of them is written", List.of(), null, null, null, null, null, collision);
    }

    public boolean changed() {
        return status == Status.CHANGED;
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.TIMED_OUT || status == Status.INTERNAL_ERROR;
    }
}
