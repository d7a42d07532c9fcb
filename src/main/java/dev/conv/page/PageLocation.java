package dev.conv.page;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a page lives on its site: its path from the run's root, and its public URL when the run
 * knows the root's URL. Steps that resolve or check links read it; it is set once per page by
 * whoever knows the root.
 *
 * @param pathFromRoot the path from the root, segments joined with {@code /}, never empty, no
 *     leading {@code /}, no {@code .} or {@code ..} segment ({@code docs/a b.md})
 * @param publicUrl the page's URL, percent-encoded (the root's URL followed by
 *     {@code pathFromRoot}), or null when no base URL was given
 */
public record PageLocation(String pathFromRoot, String publicUrl) {

    public PageLocation {
        Objects.requireNonNull(pathFromRoot, "pathFromRoot");
        if (pathFromRoot.isEmpty() || pathFromRoot.startsWith("/")) {
            throw new IllegalArgumentException("not a path from the root: '" + pathFromRoot + "'");
        }
        for (String segment : pathFromRoot.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a path from the root: '" + pathFromRoot + "'");
            }
        }
    }

    /** A location without a public URL. */
    public static PageLocation of(String pathFromRoot) {
        return new PageLocation(pathFromRoot, null);
    }

    /**
     * The path of {@code file} from {@code root}, joined with {@code /} whatever the platform's
     * separator; both are made absolute and normalized first.
     *
     * @throws IllegalArgumentException when {@code file} is not inside {@code root}
     */
    public static String pathFromRoot(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || f.equals(r)) {
            throw new IllegalArgumentException(file + " is not inside " + root);
        }
        StringBuilder out = new StringBuilder();
        for (Path name : r.relativize(f)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(name);
        }
        return out.toString();
    }

    /** This location with the page's public URL. */
    public PageLocation withPublicUrl(String url) {
        return new PageLocation(pathFromRoot, url);
    }
}
