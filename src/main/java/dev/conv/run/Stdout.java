package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.StepResult;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Standard output, for one page: a whole result in the page's own charset (clean keeps it), a
 * streamed one as it comes (html2md writes UTF-8). A write error here is no file's failure but the
 * run's: it leaves the runner as {@link Failure}.
 */
public final class Stdout implements Destination {
    private final OutputStream out;

    /** @param out a stream that throws on a write error (a PrintStream would swallow it) */
    public Stdout(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(InputFile file, StepResult result) throws IOException {
        out.write(result.page().encoding().encode(result.page().text()));
        out.flush();
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void stream(InputFile file, AtomicWriter.Content content) throws IOException {
        content.writeTo(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // stdout stays open for whatever comes next
            }
        });
        out.flush();
    }

    /** Stdout could not be written: full disk, closed pipe. */
    public static final class Failure extends UncheckedIOException {
        public Failure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
