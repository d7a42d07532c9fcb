package dev.conv.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The name a file gets in a {@code --diff} header, after {@code a/} and {@code b/}: relative to
 * the working directory, where {@code git apply} and {@code patch -p1} are run to apply it. A file
 * outside that directory is named from the top of its git work tree, else from {@code /}: the
 * places the diff applies from. Never {@code a//abs/path} or {@code a/../x}, which both refuse.
 */
final class DiffPath {
    private DiffPath() {
    }

    static String of(Path file, Path workDir) {
        Path abs = workDir.resolve(file).normalize();
        Path base = abs.startsWith(workDir) ? workDir : workTreeTop(abs);
        Path rel = base.relativize(abs);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** The nearest directory above {@code file} holding {@code .git}, else the file system root. */
    private static Path workTreeTop(Path file) {
        for (Path d = file.getParent(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return d;
            }
        }
        return file.getRoot();
    }
}
