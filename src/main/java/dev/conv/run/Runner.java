package dev.conv.run;

import dev.conv.page.BadInputException;
import dev.conv.page.BadPageException;
import dev.conv.page.IoErrors;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.TextSource;
import dev.conv.run.FileOutcome.Status;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import dev.conv.step.StreamingStep;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one runner every subcommand uses: for each file, read it, apply the step, hand the result to
 * the destination; on every core, largest file first, outcomes in file order. One file's failure is
 * that file's outcome, named; the run goes on. A streaming step whose destination takes a stream
 * is streamed, so a huge page never sits in memory whole. With a time limit, each file's step runs
 * on a worker of its own and is abandoned when it takes too long; what it wrote is thrown away.
 */
public final class Runner {
    private final PageReader reader;
    private final Step step;
    private final Destination destination;
    private final boolean keepTexts;
    private final Duration timeout;
    private final Site site;

    /** @param keepTexts keep each changed file's text before and after (for diffs) */
    public Runner(PageReader reader, Step step, Destination destination, boolean keepTexts) {
        this(reader, step, destination, keepTexts, Duration.ZERO);
    }

    /** @param timeout the longest one file's step may take; zero for no limit */
    public Runner(PageReader reader, Step step, Destination destination, boolean keepTexts, Duration timeout) {
        this(reader, step, destination, keepTexts, timeout, null);
    }

    private Runner(PageReader reader, Step step, Destination destination, boolean keepTexts, Duration timeout, Site site) {
        this.reader = reader;
        this.step = step;
        this.destination = destination;
        this.keepTexts = keepTexts;
        this.timeout = timeout;
        this.site = site;
    }

    /**
     * This runner placing each page on {@code site} before its step ({@link Page#location()}):
     * files by their path, stdin by the name it was given, when that lies inside the root.
     */
    public Runner on(Site onSite) {
        return new Runner(reader, step, destination, keepTexts, timeout, onSite);
    }

    /**
     * Runs over the selection; {@code onDone} sees each outcome as its file finishes (progress).
     * Problems the selection met, and files an {@link OutDir} would write twice, come first as
     * failures.
     */
    public List<FileOutcome> run(Selection selection, Consumer<FileOutcome> onDone) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (String problem : selection.problems()) {
            int colon = problem.lastIndexOf(": ");
            outcomes.add(FileOutcome.failed(colon > 0 ? problem.substring(0, colon) : problem,
                    colon > 0 ? problem.substring(colon + 2) : "cannot be read"));
        }
        List<InputFile> files = new ArrayList<>(selection.files());
        if (destination instanceof OutDir outDir) {
            for (Map.Entry<Path, List<InputFile>> c : outDir.collisions(files).entrySet()) {
                List<InputFile> inputs = c.getValue();
                FileOutcome.Collision collision = new FileOutcome.Collision(outDir.target(inputs.get(0)),
                        inputs.stream().map(InputFile::path).toList());
                inputs.forEach(f -> outcomes.add(FileOutcome.collided(f, collision)));
                files.removeAll(inputs);
            }
        }
        try (Workers workers = new Workers()) {
            outcomes.addAll(Parallel.map(files, f -> process(f, workers), onDone, f -> Parallel.fileSize(f.path())));
        }
        return outcomes;
    }

    /** One file, start to end; never throws but {@link Stdout.Failure}. */
    public FileOutcome process(InputFile file) {
        try (Workers workers = new Workers()) {
            return process(file, workers);
        }
    }

    /** Standard input, named {@code name} in messages; never throws but {@link Stdout.Failure}. */
    public FileOutcome process(InputStream in, String name) {
        try (Workers workers = new Workers()) {
            return process(name, null, () -> reader.open(in, name), workers);
        }
    }

    private FileOutcome process(InputFile file, Workers workers) {
        return process(file.path().toString(), file, () -> {
            destination.beforeRead(file);
            return reader.open(file.path());
        }, workers);
    }

    private record Applied(Page page, StepResult result) {
    }

    private interface Opener {
        TextSource open() throws IOException, BadInputException;
    }

    private FileOutcome process(String path, InputFile file, Opener opener, Workers workers) {
        try {
            TextSource source = opener.open();
            if (step instanceof StreamingStep streaming && destination.streams()) {
                try {
                    destination.stream(file, out -> {
                        try {
                            workers.run(gate -> {
                                Writer w = new BufferedWriter(new OutputStreamWriter(gate.guard(out),
                                        StandardCharsets.UTF_8), 1 << 16);
                                streaming.apply(source, w);
                                w.flush();
                                return null;
                            });
                        } catch (BadInputException e) {
                            throw new BadInputInStream(e);
                        }
                    });
                } catch (BadInputInStream e) {
                    throw e.bad;
                }
                return new FileOutcome(path, Status.CHANGED, null, List.of(), null, null, null,
                        new FileOutcome.Read(source.kind(), source.kindDoubt(), source.encoding()),
                        file == null ? null : destination.target(file), null);
            }
            Applied applied = workers.run(gate -> {
                Page read = placed(source.load(), file == null ? path : file.path().toString());
                return new Applied(read, step.apply(read));
            });
            Page page = applied.page();
            StepResult result = applied.result();
            destination.write(file, result);
            boolean changed = result.changed();
            return new FileOutcome(path, changed ? Status.CHANGED : Status.UNCHANGED, null, result.changes(),
                    keepTexts && changed ? page.text() : null, keepTexts && changed ? result.page().text() : null, null,
                    new FileOutcome.Read(source.kind(), source.kindDoubt(), page.encoding()),
                    file == null ? null : destination.target(file), null);
        } catch (Workers.TimedOut e) {
            return FileOutcome.timedOut(path);
        } catch (BadInputException | BadPageException e) {
            return FileOutcome.failed(path, e.getMessage());
        } catch (InPlace.ChangedMeanwhileException e) {
            return FileOutcome.failed(path, "changed while conv worked on it; left as it is");
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (destination instanceof Stdout) {
                throw e instanceof Stdout.Failure f ? f : new Stdout.Failure(io);
            }
            return FileOutcome.failed(path, "cannot write: " + IoErrors.describe(io));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return FileOutcome.failed(path, "too large or too deeply nested (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return FileOutcome.internalError(path, e);
        }
    }

    private Page placed(Page page, String name) {
        if (site == null || name.equals("-")) {
            return page;
        }
        try {
            return page.withLocation(site.locate(java.nio.file.Path.of(name)));
        } catch (java.nio.file.InvalidPathException e) {
            return page;
        }
    }

    /**
     * Where steps run: on the calling thread without a time limit, else each on a worker of its
     * own, waited for until the limit and then abandoned. An abandoned worker cannot write any
     * more (its output stream is closed to it) and its result is dropped; a step that ignores
     * interrupts keeps its thread until it ends, which a daemon thread does not hold the run for.
     */
    private final class Workers implements AutoCloseable {
        private final ExecutorService pool = timeout.isZero() ? null : Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "conv-step");
            t.setDaemon(true);
            return t;
        });

        interface Task<T> {
            T run(Gate gate) throws IOException, BadInputException;
        }

        <T> T run(Task<T> task) throws IOException, BadInputException {
            Gate gate = new Gate();
            if (pool == null) {
                return task.run(gate);
            }
            java.util.concurrent.Future<T> future = pool.submit(() -> task.run(gate));
            try {
                return future.get(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                gate.close();
                future.cancel(true);
                throw new TimedOut();
            } catch (InterruptedException e) {
                gate.close();
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new TimedOut();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof BadInputException bad) {
                    throw bad;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }

        /** The step took longer than the limit. */
        static final class TimedOut extends IOException {
            TimedOut() {
                super("took longer than the time limit", null);
            }
        }
    }

    /**
     * Lets a worker write until it is abandoned; from then on each write fails, and none is half
     * done when the owner closes the stream under it.
     */
    private static final class Gate {
        private boolean closed;

        java.io.OutputStream guard(java.io.OutputStream out) {
            return new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    synchronized (Gate.this) {
                        check();
                        out.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    synchronized (Gate.this) {
                        check();
                        out.flush();
                    }
                }
            };
        }

        private void check() throws IOException {
            if (closed) {
                throw new java.io.InterruptedIOException("abandoned: took longer than the time limit");
            }
        }

        synchronized void close() {
            closed = true;
        }
    }

    /** Carries a decoding error found mid-stream out of the atomic writer's callback. */
    private static final class BadInputInStream extends RuntimeException {
        private final BadInputException bad;

        BadInputInStream(BadInputException bad) {
            super(bad.getMessage(), null, false, false);
            this.bad = bad;
        }
    }
}
