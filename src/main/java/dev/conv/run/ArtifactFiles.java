package dev.conv.run;

import dev.conv.page.AtomicWriter;
import dev.conv.page.IoErrors;
import dev.conv.step.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Where an artifact goes and whether it is written, for every destination alike: inside its
 * directory only (no {@code ..}, no symbolic link or linked folder leading out of it), never over
 * a read-only file, atomically (a reader sees the old image or the new one, never part of one), and
 * not at all when the file already holds the same bytes, so its mtime stays and git sees nothing.
 */
public final class ArtifactFiles {
    /** What became of one artifact. */
    public enum State {
        /** Written: it was missing or held other bytes. */
        WRITTEN,
        /** Already there with the same bytes: left alone. */
        CURRENT,
        /** Would be written: no file yet (check runs). */
        MISSING,
        /** Would be written: the file holds other bytes (check runs). */
        STALE
    }

    /** Told of each artifact a destination handled, from worker threads. */
    public interface Log {
        void artifact(InputFile page, Path target, State state);

        Log NONE = (page, target, state) -> { };
    }

    private ArtifactFiles() {
    }

    /**
     * The file for {@code artifact} in {@code dir}.
     *
     * @throws IOException when it would land outside {@code dir}, through {@code ..} or a link
     */
    public static Path target(Path dir, Artifact artifact) throws IOException {
        return target(dir, dir, artifact);
    }

    /**
     * The file for {@code artifact} in {@code dir}, a folder of the tree {@code tree} (an output
     * directory).
     *
     * @throws IOException when it would land outside {@code dir}, or its folder or itself is a
     *     link leading out of {@code tree}
     */
    public static Path target(Path tree, Path dir, Artifact artifact) throws IOException {
        Path d = dir.toAbsolutePath().normalize();
        Path target = d.resolve(artifact.path()).normalize();
        if (!target.startsWith(d) || target.equals(d)) {
            throw new IOException(artifact.path() + ": outside " + d + "; not written");
        }
        Path t = tree.toAbsolutePath().normalize();
        if (Files.exists(t)) {
            Path real = t.toRealPath();
            Path parent = existing(target.getParent());
            if (parent != null && !parent.toRealPath().startsWith(real)) {
                throw new IOException(target + ": its folder is a link out of " + t + "; not written");
            }
            if (Files.isSymbolicLink(target) && (!Files.exists(target) || !target.toRealPath().startsWith(real))) {
                throw new IOException(target + ": a symbolic link out of " + t + "; left as it is");
            }
        }
        return target;
    }

    /** The nearest folder of {@code p} that exists (itself included), or null. */
    private static Path existing(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) {
            q = q.getParent();
        }
        return q;
    }

    /** What writing would do: {@link State#CURRENT}, {@link State#MISSING} or {@link State#STALE}. */
    public static State state(Path target, byte[] bytes) throws IOException {
        if (!Files.exists(target)) {
            return State.MISSING;
        }
        if (!Files.isRegularFile(target)) {
            throw new IOException(target + ": not a regular file; left as it is");
        }
        return Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)
                ? State.CURRENT : State.STALE;
    }

    /** Writes the artifact unless its file already holds these bytes; says which. */
    public static State write(Path target, byte[] bytes) throws IOException {
        State state = state(target, bytes);
        if (state == State.CURRENT) {
            return state;
        }
        if (state == State.STALE && readOnly(target)) {
            throw new IOException(target + ": read-only; left as it is");
        }
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicWriter.write(target, bytes);
        } catch (IOException e) {
            throw new IOException(target + ": " + IoErrors.describe(e), e);
        }
        return State.WRITTEN;
    }

    /** No write permission for its owner: someone locked it on purpose (root could still write it). */
    private static boolean readOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            return !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }
}
