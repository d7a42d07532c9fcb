package dev.conv.run;

import dev.conv.page.AtomicWriter;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one runner every subcommand uses: for each file, read it, apply the step, hand the result to
 * the destination; on every core, largest file first, outcomes in file order. One file's failure is
 * that file's outcome, named; the run goes on. A streaming step whose destination takes a stream
 * is streamed, so a huge page never sits in memory whole. With a time limit, a file whose step
 * takes too long is given up: it is reported as such, what its step wrote is thrown away, and a new
 * worker goes on with the other files while the old one's thread is left to its step.
 */
public final class Runner {
    private final PageReader reader;
    private final Step step;
    private final Destination destination;
    private final boolean keepTexts;
    private final Duration timeout;
    private final Site site;
    private final Collisions collisions;

    /** @param keepTexts keep each changed file's text before and after (for diffs) */
    public Runner(PageReader reader, Step step, Destination destination, boolean keepTexts) {
        this(reader, step, destination, keepTexts, Duration.ZERO);
    }

    /** @param timeout the longest one file's step may take; zero for no limit */
    public Runner(PageReader reader, Step step, Destination destination, boolean keepTexts, Duration timeout) {
        this(reader, step, destination, keepTexts, timeout, null);
    }

    private Runner(PageReader reader, Step step, Destination destination, boolean keepTexts, Duration timeout, Site site,
                   Collisions collisions) {
        this.reader = reader;
        this.step = step;
        this.destination = destination;
        this.keepTexts = keepTexts;
        this.timeout = timeout;
        this.site = site;
        this.collisions = collisions;
    }

    private Runner(PageReader reader, Step step, Destination destination, boolean keepTexts, Duration timeout, Site site) {
        this(reader, step, destination, keepTexts, timeout, site, null);
    }

    /** Files whose outputs would land on one file, by that file. */
    public interface Collisions {
        Map<Path, List<InputFile>> among(List<InputFile> files);
    }

    /**
     * This runner placing each page on {@code site} before its step ({@link Page#location()}):
     * files by their path, stdin by the name it was given, when that lies inside the root.
     */
    public Runner on(Site onSite) {
        return new Runner(reader, step, destination, keepTexts, timeout, onSite, collisions);
    }

    /**
     * This runner refusing the files that would write one artifact file (html2md's {@code a.md} of
     * {@code a.html} and {@code a.htm}): each is failed as a collision and none is processed.
     */
    public Runner refusing(Collisions found) {
        return new Runner(reader, step, destination, keepTexts, timeout, site, found);
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
                collide(outDir.target(c.getValue().get(0)), c.getValue(), files, outcomes);
            }
        }
        if (collisions != null) {
            for (Map.Entry<Path, List<InputFile>> c : collisions.among(files).entrySet()) {
                collide(c.getKey(), c.getValue(), files, outcomes);
            }
        }
        try (Watchdog watchdog = watchdog()) {
            outcomes.addAll(Parallel.map(files, (f, slot) -> process(f, watchdog, slot), onDone,
                    f -> Parallel.fileSize(f.path()), watchdog != null));
        }
        return outcomes;
    }

    private static void collide(Path target, List<InputFile> inputs, List<InputFile> files, List<FileOutcome> outcomes) {
        FileOutcome.Collision collision = new FileOutcome.Collision(target, inputs.stream().map(InputFile::path).toList());
        inputs.forEach(f -> outcomes.add(FileOutcome.collided(f, collision)));
        files.removeAll(inputs);
    }

    /** One file, start to end; never throws but {@link Stdout.Failure}. */
    public FileOutcome process(InputFile file) {
        return alone((watchdog, slot) -> process(file, watchdog, slot));
    }

    /** Standard input, named {@code name} in messages; never throws but {@link Stdout.Failure}. */
    public FileOutcome process(InputStream in, String name) {
        return alone((watchdog, slot) -> process(name, null, () -> reader.open(in, name), watchdog, slot));
    }

    private interface Alone {
        FileOutcome process(Watchdog watchdog, Parallel.Slot<FileOutcome> slot);
    }

    /** One input: on this thread without a time limit, else on a worker this thread can give up on. */
    private FileOutcome alone(Alone one) {
        try (Watchdog watchdog = watchdog()) {
            if (watchdog == null) {
                return one.process(null, null);
            }
            Parallel.Task<Alone, FileOutcome> task = (o, slot) -> o.process(watchdog, slot);
            return Parallel.map(List.of(one), task, o -> { }, o -> 0, true).get(0);
        }
    }

    /** The run's one watchdog thread, or null without a time limit. */
    private Watchdog watchdog() {
        return timeout.isZero() ? null : new Watchdog(timeout);
    }

    private FileOutcome process(InputFile file, Watchdog watchdog, Parallel.Slot<FileOutcome> slot) {
        return process(file.path().toString(), file, () -> {
            destination.beforeRead(file);
            return reader.open(file.path());
        }, watchdog, slot);
    }

    private interface Opener {
        TextSource open() throws IOException, BadInputException;
    }

    private FileOutcome process(String path, InputFile file, Opener opener, Watchdog watchdog,
            Parallel.Slot<FileOutcome> slot) {
        try {
            TextSource source = opener.open();
            if (step instanceof StreamingStep streaming && destination.streams()) {
                TimeLimit limit = TimeLimit.start(watchdog, slot, path);
                try {
                    destination.stream(file, new AtomicWriter.Content() {
                        @Override
                        public void writingTo(Path temp) {
                            limit.discardOnExpiry(temp);
                        }

                        @Override
                        public void writeTo(java.io.OutputStream out) throws IOException {
                            try {
                                Writer w = new BufferedWriter(new OutputStreamWriter(limit.guard(out),
                                        StandardCharsets.UTF_8), 1 << 16);
                                streaming.apply(source, w);
                                w.flush();
                            } catch (BadInputException e) {
                                throw new BadInputInStream(e);
                            } finally {
                                limit.end();
                            }
                            limit.endInTime();
                        }
                    });
                } catch (BadInputInStream e) {
                    throw e.bad;
                } finally {
                    limit.end();
                }
                return new FileOutcome(path, Status.CHANGED, null, List.of(), null, null, null,
                        new FileOutcome.Read(source.kind(), source.kindDoubt(), source.encoding()),
                        file == null ? null : destination.target(file), null);
            }
            TimeLimit limit = TimeLimit.start(watchdog, slot, path);
            Page page;
            StepResult result;
            try {
                page = placed(source.load(), file == null ? path : file.path().toString());
                result = step.apply(page);
            } finally {
                limit.end();
            }
            limit.endInTime();
            destination.write(file, result);
            boolean changed = result.changed();
            return new FileOutcome(path, changed ? Status.CHANGED : Status.UNCHANGED, null, result.changes(),
                    keepTexts && changed ? page.text() : null, keepTexts && changed ? result.page().text() : null, null,
                    new FileOutcome.Read(source.kind(), source.kindDoubt(), page.encoding()),
                    file == null ? null : destination.target(file), null);
        } catch (TimeLimit.TimedOut e) {
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
     * One file's time limit, watched on the thread that works on the file. At the limit the
     * file's output is shut (each later write fails) and its slot is given the timed-out outcome,
     * so the run goes on; the thread is interrupted and left to its step, whose result is dropped.
     */
    private static final class TimeLimit {
        private static final TimeLimit NONE = new TimeLimit();
        private final Gate gate = new Gate();
        private final Watchdog.Watch watch;

        private TimeLimit() {
            watch = null;
        }

        private TimeLimit(Watchdog watchdog, Parallel.Slot<FileOutcome> slot, String path) {
            Thread worker = Thread.currentThread();
            watch = watchdog.start(() -> {
                Path temp = gate.close();
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException e) {
                        // the writer deletes it too, if its step ever ends
                    }
                }
                if (slot.giveUp(FileOutcome.timedOut(path))) {
                    worker.interrupt();
                }
            });
        }

        /** The temporary file the step writes to: deleted at the limit, as the step may never end. */
        void discardOnExpiry(Path temp) {
            gate.discardOnClose(temp);
        }

        static TimeLimit start(Watchdog watchdog, Parallel.Slot<FileOutcome> slot, String path) {
            return watchdog == null ? NONE : new TimeLimit(watchdog, slot, path);
        }

        java.io.OutputStream guard(java.io.OutputStream out) {
            return watch == null ? out : gate.guard(out);
        }

        /** Stops watching (again, if need be); true when the step ended in time. */
        boolean end() {
            return watch == null || watch.end();
        }

        /** Stops watching; throws when the limit came first, so nothing of the step is kept. */
        void endInTime() throws TimedOut {
            if (!end()) {
                throw new TimedOut();
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
     * Lets a worker write until it is given up; from then on each write fails, and none is half
     * done when the limit shuts the stream.
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

        private Path temp;

        synchronized void discardOnClose(Path file) {
            temp = file;
        }

        /** Shuts the stream; returns the temporary file to discard, if any. */
        synchronized Path close() {
            closed = true;
            return temp;
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
