package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.step.Artifact;
import dev.conv.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a changed page back over its file, in the file's own charset and BOM, and each artifact
 * beside it. An artifact whose file already holds the same bytes is left alone, so its mtime stays
 * and git sees nothing.
 */
public final class InPlace implements Destination {
    @Override
    public void write(InputFile file, StepResult result) throws IOException {
        if (result.changed()) {
            AtomicWriter.write(file.path(), result.page().encoding().encode(result.page().text()));
        }
        for (Artifact artifact : result.artifacts()) {
            Path target = artifactPath(file.path(), artifact);
            byte[] bytes = artifact.bytes();
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                AtomicWriter.write(target, bytes);
            }
        }
    }

    /** Beside the page, and never outside its directory. */
    static Path artifactPath(Path page, Artifact artifact) throws IOException {
        Path dir = page.toAbsolutePath().getParent();
        Path target = dir.resolve(artifact.path()).normalize();
        if (!target.startsWith(dir)) {
            throw new IOException(artifact.path() + ": outside the page's directory");
        }
        return target;
    }
}
