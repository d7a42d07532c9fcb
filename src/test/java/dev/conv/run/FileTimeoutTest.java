package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.TextSource;
import dev.conv.step.StepResult;
import dev.conv.step.StreamingStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --file-timeout}: a file whose step never ends is that file's outcome; it is left untouched
 * (no output, no temporary file) and the run goes on. The step that hangs is abandoned, not killed.
 */
class FileTimeoutTest {
    @TempDir
    Path dir;

    /** Released at the end of each test, so abandoned workers end too. */
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
    }

    /** Upper-cases a page, streaming or not; a page that says "hang" blocks until the test ends. */
    private final StreamingStep hanging = new StreamingStep() {
        @Override
        public String name() {
            return "hang";
        }

        @Override
        public StepResult apply(Page page) {
            hangOn(page.text());
            return StepResult.of(page, page.withText(page.text().toUpperCase(java.util.Locale.ROOT)), List.of());
        }

        @Override
        public void apply(TextSource source, Appendable out) throws IOException, BadInputException {
            String text = source.load().text();
            out.append("partial output ");
            if (out instanceof java.io.Flushable f) {
                f.flush();
            }
            hangOn(text);
            out.append(text.toUpperCase(java.util.Locale.ROOT));
        }

        private void hangOn(String text) {
            if (text.contains("hang")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    };

    @Test
    void aStepThatNeverEndsTimesOutInPlaceAndTheRunGoesOn() throws IOException {
        Path a = write("a.md", "hello\n");
        Path b = write("b.md", "hang\n");
        Path c = write("c.md", "world\n");
        List<FileOutcome> outcomes = new Runner(new PageReader(), hanging, new InPlace(), false, Duration.ofMillis(300))
                .run(selection(a, b, c), o -> { });
        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(
                FileOutcome.Status.CHANGED, FileOutcome.Status.TIMED_OUT, FileOutcome.Status.CHANGED);
        assertThat(outcomes.get(1).failed()).isTrue();
        assertThat(Files.readString(a)).isEqualTo("HELLO\n");
        assertThat(Files.readString(b)).isEqualTo("hang\n");
        assertThat(Files.readString(c)).isEqualTo("WORLD\n");
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aStreamingStepThatNeverEndsLeavesNoOutputAndNoTemporaryFile() throws IOException {
        Path a = write("a.html", "hello");
        Path b = write("b.html", "hang");
        Path out = dir.resolve("out");
        OutDir outDir = new OutDir(out, name -> name.replace(".html", ".md"));
        List<FileOutcome> outcomes = new Runner(new PageReader(), hanging, outDir, false, Duration.ofMillis(300))
                .run(selection(a, b), o -> { });
        assertThat(outcomes).extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.CHANGED, FileOutcome.Status.TIMED_OUT);
        assertThat(out.resolve("a.md")).hasContent("partial output HELLO");
        assertThat(out.resolve("b.md")).doesNotExist();
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void zeroMeansNoLimit() throws IOException {
        Path a = write("a.md", "hello\n");
        List<FileOutcome> outcomes = new Runner(new PageReader(), hanging, new InPlace(), false, Duration.ZERO)
                .run(selection(a), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.CHANGED);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Selection selection(Path... files) {
        return new Selection(Stream.of(files).map(f -> new InputFile(f, f.getFileName())).toList(), List.of(), List.of());
    }

    static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".conv-")).toList();
        }
    }
}
