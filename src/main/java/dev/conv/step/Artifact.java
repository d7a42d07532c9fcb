package dev.conv.step;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file a step makes beside its page, such as qr's {@code page.md.png} or html2md's
 * {@code page.md}. The runner writes it atomically, and leaves an existing file with the same bytes
 * untouched.
 *
 * @param path where it goes, relative to the page's own directory
 * @param mark when not null, the start of a line every earlier version of this file holds: an
 *     existing file without such a line was made by someone else and is never replaced
 */
public record Artifact(Path path, byte[] bytes, String mark) {
    public Artifact {
        Objects.requireNonNull(path);
        bytes = bytes.clone();
    }

    /** An artifact that replaces whatever file is in its place. */
    public Artifact(Path path, byte[] bytes) {
        this(path, bytes, null);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether {@code existing}, the file now in this artifact's place, may be replaced by it. */
    public boolean replaces(byte[] existing) {
        if (mark == null) {
            return true;
        }
        String text = new String(existing, StandardCharsets.UTF_8);
        return text.lines().anyMatch(line -> line.startsWith(mark));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact a && a.path.equals(path) && Arrays.equals(a.bytes, bytes)
                && Objects.equals(a.mark, mark);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Artifact[" + path + ", " + bytes.length + " bytes]";
    }
}
