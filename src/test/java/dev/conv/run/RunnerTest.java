package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.step.Artifact;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one runner: per-file outcomes, failures isolated, writes atomic, artifacts idempotent. */
class RunnerTest {
    @TempDir
    Path dir;

    /** Upper-cases a page; throws on a page that says "bug", as a conv bug would. */
    private static final Step SHOUT = new Step() {
        @Override
        public String name() {
            return "shout";
        }

        @Override
        public StepResult apply(Page page) {
            if (page.text().contains("bug")) {
                throw new IllegalStateException("a bug met on " + page.name());
            }
            return StepResult.of(page, page.withText(page.text().toUpperCase(java.util.Locale.ROOT)), List.of());
        }
    };

    @Test
    void aBugInOneFileIsThatFilesOutcomeAndTheRunGoesOn() throws IOException {
        Path a = write("a.md", "hello\n");
        Path b = write("b.md", "bug\n");
        Path c = write("c.md", "WORLD\n");
        List<FileOutcome> outcomes = new Runner(new PageReader(), SHOUT, new InPlace(), false)
                .run(selection(a, b, c), o -> { });

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(
                FileOutcome.Status.CHANGED, FileOutcome.Status.INTERNAL_ERROR, FileOutcome.Status.UNCHANGED);
        assertThat(outcomes.get(1).error()).contains("a bug met on");
        assertThat(outcomes.get(1).bug()).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(a)).isEqualTo("HELLO\n");
        assertThat(Files.readString(b)).isEqualTo("bug\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void checkingWritesNothingAndKeepsTextsForDiffs() throws IOException {
        Path a = write("a.md", "hello\n");
        List<FileOutcome> outcomes = new Runner(new PageReader(), SHOUT, Destination.NOWHERE, true)
                .run(selection(a), o -> { });
        assertThat(outcomes.get(0).before()).isEqualTo("hello\n");
        assertThat(outcomes.get(0).after()).isEqualTo("HELLO\n");
        assertThat(Files.readString(a)).isEqualTo("hello\n");
    }

    @Test
    void unreadableInputIsNamedAndFailsAlone() throws IOException {
        Path a = write("a.md", "hello\n");
        Path binary = dir.resolve("b.md");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff});
        List<FileOutcome> outcomes = new Runner(new PageReader(), SHOUT, new InPlace(), false)
                .run(selection(a, binary), o -> { });
        assertThat(outcomes).extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.CHANGED, FileOutcome.Status.FAILED);
        assertThat(outcomes.get(1).path()).isEqualTo(binary.toString());
    }

    @Test
    void anArtifactWithTheSameBytesIsNotRewritten() throws IOException {
        Path page = write("p.md", "x\n");
        Step withImage = new Step() {
            @Override
            public String name() {
                return "image";
            }

            @Override
            public StepResult apply(Page p) {
                return new StepResult(p, List.of(), List.of(new Artifact(Path.of("p.md.png"), new byte[] {1, 2, 3})), false);
            }
        };
        Runner runner = new Runner(new PageReader(), withImage, new InPlace(), false);
        runner.run(selection(page), o -> { });
        Path png = dir.resolve("p.md.png");
        assertThat(Files.readAllBytes(png)).containsExactly(1, 2, 3);
        Files.setLastModifiedTime(png, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        runner.run(selection(page), o -> { });
        assertThat(Files.getLastModifiedTime(png).toMillis()).isEqualTo(1_000_000L);
    }

    @Test
    void anArtifactOutsideThePagesDirectoryIsRefused() throws IOException {
        Path page = write("p.md", "x\n");
        Step escaping = new Step() {
            @Override
            public String name() {
                return "escape";
            }

            @Override
            public StepResult apply(Page p) {
                return new StepResult(p, List.of(), List.of(new Artifact(Path.of("../evil.png"), new byte[] {1})), false);
            }
        };
        List<FileOutcome> outcomes = new Runner(new PageReader(), escaping, new InPlace(), false)
                .run(selection(page), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(dir.getParent().resolve("evil.png")).doesNotExist();
    }

    @Test
    void twoInputsForOneOutputAreBothRefused() throws IOException {
        Path html = write("a.html", "<p>x</p>");
        Path htm = write("a.htm", "<p>y</p>");
        Path other = write("b.html", "<p>z</p>");
        Path out = dir.resolve("out");
        OutDir outDir = new OutDir(out, name -> name.replaceFirst("\\.html?$", ".md"));
        List<FileOutcome> outcomes = new Runner(new PageReader(), SHOUT, outDir, false)
                .run(selection(htm, html, other), o -> { });
        assertThat(outcomes).filteredOn(FileOutcome::failed).hasSize(2);
        assertThat(out.resolve("a.md")).doesNotExist();
        assertThat(Files.readString(out.resolve("b.md"))).isEqualTo("<P>Z</P>");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Selection selection(Path... files) {
        return new Selection(Stream.of(files).map(f -> new InputFile(f, f.getFileName())).toList(), List.of(), List.of());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".conv-")).toList();
        }
    }
}
