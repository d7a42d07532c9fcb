package dev.conv.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Artifact;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out-dir writes a step's artifacts as in-place runs do: beside the page's place, same bytes left alone. */
class OutDirArtifactsTest {
    @TempDir
    Path dir;

    private static StepResult withImage(byte[] bytes) {
        Page page = Page.of(SourceKind.MARKDOWN, "# a\n");
        return new StepResult(page, List.of(), List.of(new Artifact(Path.of("a.md.png"), bytes)), false);
    }

    @Test
    void anArtifactGoesBesideTheMirroredPageAndSameBytesAreNotRewritten() throws IOException {
        Path out = dir.resolve("out");
        InputFile file = new InputFile(dir.resolve("in/sub/a.md"), Path.of("sub/a.md"));

        new OutDir(out, name -> name).write(file, withImage(new byte[] {1, 2}));

        Path image = out.resolve("sub/a.md.png");
        assertThat(image).hasBinaryContent(new byte[] {1, 2});
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(image, old);
        new OutDir(out, name -> name).write(file, withImage(new byte[] {1, 2}));
        assertThat(Files.getLastModifiedTime(image)).isEqualTo(old);
        new OutDir(out, name -> name).write(file, withImage(new byte[] {3}));
        assertThat(image).hasBinaryContent(new byte[] {3});
    }

    @Test
    void aMirroredFolderThatIsALinkOutOfTheOutputDirectoryIsRefused(@TempDir Path elsewhere) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);
        InputFile file = new InputFile(dir.resolve("in/sub/a.md"), Path.of("sub/a.md"));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> OutDir.forArtifacts(out, ArtifactFiles.Log.NONE).write(file, withImage(new byte[] {1})))
                .isInstanceOf(IOException.class).hasMessageContaining("a link out of");
        assertThat(elsewhere).isEmptyDirectory();
    }
}
