package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing in place loses nothing: an edit made meanwhile is kept, and so are owner and group. */
class InPlaceSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aFileEditedWhileItsStepRunsIsLeftAsItIs() throws IOException {
        Path a = write("a.md", "hello\n");
        Path b = write("b.md", "other\n");
        // The step stands for the time conv works: an editor saves the file meanwhile.
        Step editedMeanwhile = new Step() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public StepResult apply(Page page) {
                if (page.path() != null && page.path().endsWith("a.md")) {
                    try {
                        Files.writeString(a, "hello, edited\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return StepResult.of(page, page.withText(page.text().toUpperCase(java.util.Locale.ROOT)), List.of());
            }
        };
        List<FileOutcome> outcomes = new Runner(new PageReader(), editedMeanwhile, new InPlace(), false)
                .run(selection(a, b), o -> { });
        assertThat(outcomes).extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.FAILED, FileOutcome.Status.CHANGED);
        assertThat(outcomes.get(0).error()).isEqualTo("changed while conv worked on it; left as it is");
        assertThat(a).hasContent("hello, edited\n");
        assertThat(b).hasContent("OTHER\n");
        assertThat(FileTimeoutTest.leftovers(dir)).isEmpty();
    }

    @Test
    void anEditOfTheSameSizeWithinTheSameMtimeIsFoundByItsContent() throws IOException {
        Path a = write("a.md", "hello\n");
        java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(a);
        Step sameSize = new Step() {
            @Override
            public String name() {
                return "same-size";
            }

            @Override
            public StepResult apply(Page page) {
                try {
                    Files.writeString(a, "jello\n");
                    Files.setLastModifiedTime(a, mtime);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return StepResult.of(page, page.withText("HELLO\n"), List.of());
            }
        };
        List<FileOutcome> outcomes = new Runner(new PageReader(), sameSize, new InPlace(), false)
                .run(selection(a), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(a).hasContent("jello\n");
    }

    @Test
    void ownerAndGroupAreKept() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "only root may give a file another owner: run as root to test that --write keeps it");
        Path a = write("a.md", "hello\n");
        PosixFileAttributeView view = Files.getFileAttributeView(a, PosixFileAttributeView.class);
        UserPrincipalLookupService users = a.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = users.lookupPrincipalByName("1234");
        GroupPrincipal group = users.lookupPrincipalByGroupName("4321");
        view.setOwner(owner);
        view.setGroup(group);
        List<FileOutcome> outcomes = new Runner(new PageReader(), upper(), new InPlace(), false)
                .run(selection(a), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.CHANGED);
        assertThat(a).hasContent("HELLO\n");
        PosixFileAttributeView after = Files.getFileAttributeView(a, PosixFileAttributeView.class);
        assertThat(after.getOwner()).isEqualTo(owner);
        assertThat(after.readAttributes().group()).isEqualTo(group);
    }

    private static Step upper() {
        return new Step() {
            @Override
            public String name() {
                return "upper";
            }

            @Override
            public StepResult apply(Page page) {
                return StepResult.of(page, page.withText(page.text().toUpperCase(java.util.Locale.ROOT)), List.of());
            }
        };
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Selection selection(Path... files) {
        return new Selection(Stream.of(files).map(f -> new InputFile(f, f.getFileName())).toList(), List.of(), List.of());
    }
}
