package dev.conv.step;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file a step makes beside its page, such as qr's {@code page.md.png}. The runner writes it
 * atomically, and leaves an existing file with the same bytes untouched.
 *
 * @param path where it goes, relative to the page's own directory
 */
public record Artifact(Path path, byte[] bytes) {
    public Artifact {
        Objects.requireNonNull(path);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact a && a.path.equals(path) && Arrays.equals(a.bytes, bytes);
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
