package dev.conv.page;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the bytes go to a hidden temporary file in the same
 * directory, which is then renamed over the target. A reader (or a killed conv) sees either the
 * old file or the new one, never a truncated mix. Permissions of an existing target are kept; a
 * symbolic link is followed, so the file it points to is replaced and the link stays.
 */
public final class AtomicWriter {
    /** Prefix of temporary files; walkers skip them. */
    public static final String TEMP_PREFIX = ".conv-";

    private AtomicWriter() {
    }

    /** Writes bytes produced by a callback, e.g. a converter streaming its output. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        if (Files.isSymbolicLink(target)) {
            // A link named by the user: its target is the file to rewrite, the link stays a link.
            target = target.toRealPath();
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = createTemp(dir, target.getFileName().toString());
        boolean moved = false;
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            copyPermissions(target, temp);
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
        if (!Files.exists(from)) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, perms);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file keeps default permissions.
        }
    }
}
