package dev.conv.run;

import dev.conv.page.BadInputException;
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
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one runner every subcommand uses: for each file, read it, apply the step, hand the result to
 * the destination; on every core, largest file first, outcomes in file order. One file's failure is
 * that file's outcome, named; the run goes on. A streaming step whose destination takes a stream
 * is streamed, so a huge page never sits in memory whole.
 */
public final class Runner {
    private final PageReader reader;
    private final Step step;
    private final Destination destination;
    private final boolean keepTexts;

    /** @param keepTexts keep each changed file's text before and after (for diffs) */
    public Runner(PageReader reader, Step step, Destination destination, boolean keepTexts) {
        this.reader = reader;
        this.step = step;
        this.destination = destination;
        this.keepTexts = keepTexts;
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
            for (Map.Entry<java.nio.file.Path, List<InputFile>> c : outDir.collisions(files).entrySet()) {
                List<String> names = c.getValue().stream().map(f -> f.path().toString()).toList();
                for (InputFile f : c.getValue()) {
                    outcomes.add(FileOutcome.failed(f.path().toString(), "would be written to "
                            + outDir.target(f) + " as " + String.join(" and ", names) + " would; neither is written"));
                }
                files.removeAll(c.getValue());
            }
        }
        outcomes.addAll(Parallel.map(files, this::process, onDone, f -> Parallel.fileSize(f.path())));
        return outcomes;
    }

    /** One file, start to end; never throws. */
    public FileOutcome process(InputFile file) {
        String path = file.path().toString();
        try {
            if (step instanceof StreamingStep streaming && destination.streamTarget(file) != null) {
                return stream(file, streaming);
            }
            TextSource source = reader.open(file.path());
            Page page = source.load();
            FileOutcome.Read read = new FileOutcome.Read(source.kind(), source.kindDoubt(), page.encoding());
            StepResult result = step.apply(page);
            destination.write(file, result);
            boolean changed = result.changed();
            return new FileOutcome(path, changed ? Status.CHANGED : Status.UNCHANGED, null, result.changes(),
                    keepTexts && changed ? page.text() : null, keepTexts && changed ? result.page().text() : null, null,
                    read);
        } catch (BadInputException e) {
            return FileOutcome.failed(path, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return FileOutcome.failed(path, "cannot write: " + IoErrors.describe(io));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return FileOutcome.failed(path, "too large or too deeply nested (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return FileOutcome.internalError(path, e);
        }
    }

    private FileOutcome stream(InputFile file, StreamingStep streaming) throws IOException, BadInputException {
        TextSource source = reader.open(file.path());
        try {
            destination.stream(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                try {
                    streaming.apply(source, w);
                } catch (BadInputException e) {
                    throw new BadInputInStream(e);
                }
                w.flush();
            });
        } catch (BadInputInStream e) {
            throw e.bad;
        }
        return new FileOutcome(file.path().toString(), Status.CHANGED, null, List.of(), null, null, null,
                new FileOutcome.Read(source.kind(), source.kindDoubt(), source.encoding()));
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
