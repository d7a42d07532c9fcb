package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.TextSource;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import dev.conv.step.StreamingStep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file on which a step has a bug, or never ends, is that file's failure: named, left untouched,
 * no temporary file left, the run goes on; a bug exits 3, a file over {@code --file-timeout} 1.
 * The same for every command: the steps are swapped for stand-ins that fail on cue.
 */
class StepFailureTest {
    @TempDir
    Path dir;

    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
    }

    @Test
    void html2mdIntoADirectoryNamesTheBuggyFileGoesOnAndExits3() throws IOException {
        write("site/a.html", "<p>a</p>");
        write("site/bug.html", "<p>bug</p>");
        write("site/c.html", "<p>c</p>");
        Path out = dir.resolve("out");
        CliRun r = run(failing(), "html2md", dir.resolve("site").toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("conv: " + dir.resolve("site/bug.html")
                + ": internal error: java.lang.IllegalStateException: a bug met on " + dir.resolve("site/bug.html")
                + " (run with --debug for details)\n"
                + "conv: converted 2 files, 1 failed\n");
        assertThat(out.resolve("a.md")).hasContent("a\n");
        assertThat(out.resolve("c.md")).hasContent("c\n");
        assertThat(out.resolve("bug.md")).doesNotExist();
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void html2mdOfOneFileExits3NamingIt() throws IOException {
        Path bug = write("bug.html", "<p>bug</p>");
        CliRun r = run(failing(), "html2md", bug.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("conv: " + bug + ": internal error: ");

        CliRun debug = run(failing(), "html2md", "--debug", bug.toString());
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void cleanNamesTheBuggyFileGoesOnAndExits3() throws IOException {
        Path a = write("site/a.html", "<p><font>a</font></p>\n");
        Path bug = write("site/bug.html", "<p><font>bug</font></p>\n");
        CliRun r = run(failing(), "clean", "--write", dir.resolve("site").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("conv: " + bug + ": internal error: java.lang.IllegalStateException: a bug met on ")
                .endsWith("conv: clean: 2 files, 1 changed, 1 failed; 1 presentational tag\n");
        assertThat(a).hasContent("<p>a</p>\n");
        assertThat(bug).hasContent("<p><font>bug</font></p>\n");
        assertThat(temporaryFiles(dir)).isEmpty();
    }

    @Test
    void html2mdLeavesAFileOverTheTimeLimitAndGoesOn() throws IOException {
        write("site/a.html", "<p>a</p>");
        write("site/hang.html", "<p>hang</p>");
        Path out = dir.resolve("out");
        CliRun r = run(failing(), "html2md", "--file-timeout", "1s", dir.resolve("site").toString(),
                "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + dir.resolve("site/hang.html")
                + ": took longer than --file-timeout 1s; left untouched\n"
                + "conv: converted 1 file, 1 failed\n");
        assertThat(out.resolve("a.md")).hasContent("a\n");
        assertThat(out.resolve("hang.md")).doesNotExist();
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void cleanLeavesAFileOverTheTimeLimitUntouched() throws IOException {
        Path a = write("site/a.md", "a <font>x</font>\n");
        Path hang = write("site/hang.md", "hang <font>x</font>\n");
        CliRun r = run(failing(), "clean", "--write", "--file-timeout", "500ms", dir.resolve("site").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("conv: " + hang + ": took longer than --file-timeout 500ms; left untouched\n");
        assertThat(a).hasContent("a x\n");
        assertThat(hang).hasContent("hang <font>x</font>\n");
        assertThat(temporaryFiles(dir)).isEmpty();
    }

    @Test
    void aTimeoutThatIsNoDurationIsAUsageError() {
        CliRun r = CliRun.run("", "clean", "--check", "--file-timeout", "soon", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--file-timeout").contains("not a duration: 'soon'");
    }

    /**
     * The real step, but a page saying "bug" throws as a bug in conv would, and one saying "hang"
     * blocks until the test ends; streaming stays streaming.
     */
    private UnaryOperator<Step> failing() {
        return step -> new StreamingStep() {
            @Override
            public String name() {
                return step.name();
            }

            @Override
            public StepResult apply(Page page) {
                cue(page.text(), page.name());
                return step.apply(page);
            }

            @Override
            public void apply(TextSource source, Appendable out) throws IOException, BadInputException {
                cue(source.load().text(), source.name());
                ((StreamingStep) step).apply(source, out);
            }
        };
    }

    private void cue(String text, String name) {
        if (text.contains("bug")) {
            throw new IllegalStateException("a bug met on " + name);
        }
        if (text.contains("hang")) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static CliRun run(UnaryOperator<Step> steps, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath(), Terminal.NONE);
        int code = Main.run(console, steps, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private static List<Path> temporaryFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".conv-")).toList();
        }
    }
}
