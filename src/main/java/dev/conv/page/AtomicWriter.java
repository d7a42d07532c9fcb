package dev.conv.page;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the bytes go to a hidden temporary file in the same
 * directory, which is then renamed over the target. A reader (or a killed conv) sees either the
 * old file or the new one, never a truncated mix. Permissions, owner and group of an existing
 * target are kept (owner and group where the process may set them); a symbolic link is followed,
 * so the file it points to is replaced and the link stays. The rename makes a new inode: a hard
 * link to the old file keeps the old content.
 */
public final class AtomicWriter {
    /** Prefix of temporary files; walkers skip them. */
    public static final String TEMP_PREFIX = ".conv-";

    private AtomicWriter() {
    }

    /** Writes bytes produced by a callback, e.g. a converter streaming its output. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        /** Told the temporary file first, for a writer that may be given up and must not leave it. */
        default void writingTo(Path temp) {
        }
    }

    /** A last check before the rename; throwing leaves the target as it is and the temporary file gone. */
    public interface BeforeRename {
        void check() throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, () -> { });
    }

    public static void write(Path target, byte[] content, BeforeRename check) throws IOException {
        write(target, out -> out.write(content), check);
    }

    public static void write(Path target, Content content, BeforeRename check) throws IOException {
        if (Files.isSymbolicLink(target)) {
            // A link named by the user: its target is the file to rewrite, the link stays a link.
            target = target.toRealPath();
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = createTemp(dir, target.getFileName().toString());
        boolean moved = false;
        try {
            content.writingTo(temp);
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            copyPermissions(target, temp);
            check.check();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(TEMP_PREFIX + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (!Files.exists(from) || source == null) {
            return; // a new file, or not a POSIX file system: the new file keeps the defaults
        }
        PosixFileAttributes old = source.readAttributes();
        PosixFileAttributeView temp = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        PosixFileAttributes made = temp.readAttributes();
        // Owner and group first: a change of owner may clear set-id bits the mode then restores.
        try {
            if (!old.owner().equals(made.owner())) {
                temp.setOwner(old.owner());
            }
        } catch (FileSystemException e) {
            // Only root may give a file away: the rewritten file is then the writer's own.
        }
        try {
            if (!old.group().equals(made.group())) {
                temp.setGroup(old.group());
            }
        } catch (FileSystemException e) {
            // A group the writer is not in: the rewritten file keeps the writer's group.
        }
        Set<PosixFilePermission> perms = old.permissions();
        temp.setPermissions(perms);
    }
}
