package dev.conv.run;

import dev.conv.page.PageLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The site a run works on: its root directory and, when known, the root's public URL. Places
 * each page on it ({@link PageLocation}), so steps that resolve or check links know where the page
 * lives. Immutable.
 */
public final class Site {
    private final Path root;
    private final UnaryOperator<String> urlOf;

    /**
     * @param root the root directory
     * @param urlOf a page's public URL from its path from the root, or null when there is no base URL
     */
    public Site(Path root, UnaryOperator<String> urlOf) {
        this.root = root.toAbsolutePath().normalize();
        this.urlOf = urlOf;
    }

    public Path root() {
        return root;
    }

    /**
     * The default root for {@code path}: the top of the git work tree holding it, else
     * {@code fallback} (the current directory).
     */
    public static Path defaultRoot(Path path, Path fallback) {
        Path p = path.toAbsolutePath().normalize();
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            // a path that does not exist yet: look from where it would be
        }
        Path dir = Files.isDirectory(p) ? p : p.getParent();
        GitRepo repo = dir == null ? null : GitRepo.enclosing(dir);
        return repo != null ? repo.top() : fallback.toAbsolutePath().normalize();
    }

    /** Where {@code file} lives on the site, or null when it is not inside the root. */
    public PageLocation locate(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(root) || f.equals(root)) {
            try {
                f = file.toRealPath();
            } catch (IOException e) {
                return null;
            }
            if (!f.startsWith(root) || f.equals(root)) {
                return null;
            }
        }
        String path = PageLocation.pathFromRoot(root, f);
        return new PageLocation(path, urlOf == null ? null : urlOf.apply(path));
    }
}
