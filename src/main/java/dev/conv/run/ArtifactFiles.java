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
        void artifact(InputFile page, Path target, State state, Artifact artifact);

        Log NONE = (page, target, state, artifact) -> { };
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
        return state(target, new Artifact(target.getFileName(), bytes));
    }

    /**
     * What writing the artifact would do.
     *
     * @throws IOException when the file in its place is not a regular file, or was made by someone
     *     else (it lacks the artifact's {@linkplain Artifact#mark() mark})
     */
    public static State state(Path target, Artifact artifact) throws IOException {
        if (!Files.exists(target)) {
            return State.MISSING;
        }
        if (!Files.isRegularFile(target)) {
            throw new IOException(target + ": not a regular file; left as it is");
        }
        byte[] bytes = artifact.bytes();
        if (Files.size(target) == bytes.length) {
            byte[] old = Files.readAllBytes(target);
            if (Arrays.equals(old, bytes)) {
                return State.CURRENT;
            }
            return owned(target, artifact, old);
        }
        return owned(target, artifact, artifact.mark() == null ? null : Files.readAllBytes(target));
    }

    private static State owned(Path target, Artifact artifact, byte[] old) throws IOException {
        if (artifact.mark() != null && !artifact.replaces(old)) {
            throw new IOException(target + ": not written by conv (no line starting '" + artifact.mark()
                    + "'); left as it is");
        }
        return State.STALE;
    }

    /** Writes the artifact unless its file already holds these bytes; says which. */
    public static State write(Path target, byte[] bytes) throws IOException {
        return write(target, new Artifact(target.getFileName(), bytes));
    }

    /**
     * Writes the artifact unless its file already holds these bytes; says which.
     *
     * @throws IOException as {@link #check} does, or when the write fails
     */
    public static State write(Path target, Artifact artifact) throws IOException {
        State state = check(target, artifact);
        if (state == State.CURRENT) {
            return state;
        }
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicWriter.write(target, artifact.bytes());
        } catch (IOException e) {
            throw new IOException(target + ": " + IoErrors.describe(e), e);
        }
        return State.WRITTEN;
    }

    /**
     * What writing would do, refusing as writing would: a file made by someone else (see {@link
     * #state(Path, Artifact)}), or a read-only one that would change. Lets a destination refuse
     * before it writes anything of the page.
     */
    public static State check(Path target, Artifact artifact) throws IOException {
        State state = state(target, artifact);
        if (state == State.STALE && readOnly(target)) {
            throw new IOException(target + ": read-only; left as it is");
        }
        return state;
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
