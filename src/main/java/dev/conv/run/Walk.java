package dev.conv.run;

import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One directory tree walked for files. Entries named {@code .git}, hidden entries (unless the
 * selector asks for them), ignored, excluded or excluded-directory entries are skipped, and a
 * skipped directory is never entered, which is also why git's "a file cannot be re-included if its
 * directory is excluded" holds. Symbolic links are skipped, or with {@code follow} followed only
 * when they resolve inside the tree, after the plain walk so a file reached both ways keeps its
 * real place, and never into a directory already walked, which also breaks cycles.
 */
final class Walk {
    /** What a walk keeps: the default extensions or includes, or a glob argument's pattern. */
    interface Selector {
        boolean accepts(String rel, String name);
    }

    private record Link(Path location, String rel, String name, int depth, IgnoreStack conv, IgnoreStack git) {
    }

    private final Expansion ex;
    private final Path displayRoot;
    private final Path realRoot;
    private final Selector selector;
    private final boolean hidden;
    private final int maxDepth;
    private final ArrayDeque<Link> links = new ArrayDeque<>();
    private final Set<String> walkedDirs = new HashSet<>();
    private int matched;

    /**
     * @param maxDepth how many directory levels below the root to enter; {@link Integer#MAX_VALUE}
     *                 for all
     */
    Walk(Expansion ex, Path displayRoot, Path realRoot, Selector selector, boolean hidden, int maxDepth) {
        this.ex = ex;
        this.displayRoot = displayRoot;
        this.realRoot = realRoot;
        this.selector = selector;
        this.hidden = hidden;
        this.maxDepth = maxDepth;
    }

    /** Walks the tree with the ignore files of the root's ancestors; returns how many files matched. */
    int run(IgnoreStack conv, IgnoreStack git) {
        walkedDirs.add(realRoot.toString());
        dir(realRoot, realRoot, "", 0, conv, git, true);
        while (!links.isEmpty()) {
            follow(links.poll());
        }
        return matched;
    }

    /**
     * @param fs       where the directory really is, for reading it
     * @param location where it sits in the tree (differs below a followed link), for ignore rules
     */
    private void dir(Path fs, Path location, String rel, int depth, IgnoreStack conv, IgnoreStack git, boolean root) {
        List<String> names = list(fs, rel);
        if (names == null) {
            return;
        }
        if (ex.respectIgnoreFiles()) {
            String locationBytes = IgnoreFile.bytes(location.toString());
            if (!root && names.contains(".git")) {
                git = ex.gitBase(GitRepo.at(fs), location);
            }
            if (git != null && names.contains(".gitignore")) {
                git = git.push(ex.load(fs.resolve(".gitignore"), locationBytes));
            }
            if (names.contains(Expansion.CONVIGNORE)) {
                conv = conv.push(ex.load(fs.resolve(Expansion.CONVIGNORE), locationBytes));
            }
        }
        for (String name : names) {
            if (name.equals(".git") || (!hidden && name.startsWith("."))) {
                continue;
            }
            Path child = fs.resolve(name);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // removed while we walk: nothing to process
            }
            String childRel = rel.isEmpty() ? name : rel + "/" + name;
            Path childLocation = location.resolve(name);
            if (attrs.isSymbolicLink()) {
                if (ex.followSymlinks()) {
                    links.add(new Link(childLocation, childRel, name, depth, conv, git));
                }
            } else if (attrs.isDirectory()) {
                if (depth < maxDepth && wantDir(child, childLocation, childRel, name, conv, git) && walkedDirs.add(child.toString())) {
                    dir(child, childLocation, childRel, depth + 1, conv, git, false);
                }
            } else if (attrs.isRegularFile()) {
                file(child, childLocation, childRel, name, conv, git);
            }
        }
    }

    private void follow(Link link) {
        Path target;
        BasicFileAttributes attrs;
        try {
            target = link.location().toRealPath();
            attrs = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // dangling link: like a missing file, nothing to process
        }
        if (!target.startsWith(realRoot)) {
            return; // never leave the tree the user named
        }
        if (attrs.isDirectory()) {
            if (link.depth() < maxDepth && wantDir(target, link.location(), link.rel(), link.name(), link.conv(), link.git())
                    && walkedDirs.add(target.toString())) {
                dir(target, link.location(), link.rel(), link.depth() + 1, link.conv(), link.git(), false);
            }
        } else if (attrs.isRegularFile()) {
            file(target, link.location(), link.rel(), link.name(), link.conv(), link.git());
        }
    }

    private boolean wantDir(Path fs, Path location, String rel, String name, IgnoreStack conv, IgnoreStack git) {
        return !ex.isExcludedDir(fs)
                && !ex.ignored(conv, git, location, name, true)
                && !ex.excluded(rel, name, true);
    }

    private void file(Path fs, Path location, String rel, String name, IgnoreStack conv, IgnoreStack git) {
        if (name.startsWith(AtomicWriter.TEMP_PREFIX)
                || !selector.accepts(rel, name)
                || ex.ignored(conv, git, location, name, false)
                || ex.excluded(rel, name, false)) {
            return;
        }
        matched++;
        ex.offer(fs, displayRoot.resolve(rel), Path.of(rel));
    }

    private List<String> list(Path fs, String rel) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fs)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
            return names;
        } catch (AccessDeniedException e) {
            ex.problem(display(rel), "permission denied");
        } catch (NoSuchFileException | NotDirectoryException e) {
            // removed or replaced while we walk
        } catch (IOException e) {
            ex.problem(display(rel), "cannot read directory (" + e.getMessage() + ")");
        }
        return null;
    }

    private String display(String rel) {
        String shown = displayRoot.resolve(rel).toString();
        return shown.isEmpty() ? "." : shown;
    }
}
