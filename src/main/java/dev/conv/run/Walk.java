package dev.conv.run;

import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
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
 *
 * <p>The loop runs once per entry, mostly in the interpreter since a CLI's JVM is short-lived:
 * it reuses the paths the directory stream gives and works out byte strings for ignore rules once
 * per directory.
 */
final class Walk {
    /** What a walk keeps: the default extensions or includes, or a glob argument's pattern. */
    interface Selector {
        /** @param rel the path below the root, or null if {@link #needsPath()} is false */
        boolean accepts(String rel, String name);

        /** False if the name is enough, which spares building the path for every file. */
        default boolean needsPath() {
            return true;
        }
    }

    /**
     * A directory being walked.
     *
     * @param fs       where it really is, for reading it
     * @param location where it sits in the tree (differs below a followed link), for ignore rules
     * @param locationBytes {@code location} as an {@link IgnoreFile#bytes} string, or null when
     *                 ignore files are off
     * @param rel      the path below the root, for patterns; {@code relPath} is the same as a Path
     *                 (null for the root), and {@code display} the directory as the user will see it
     */
    private record Dir(Path fs, Path location, String locationBytes, String rel, Path relPath, Path display, int depth,
            IgnoreStack conv, IgnoreStack git) {
        String childRel(String name) {
            return rel.isEmpty() ? name : rel + "/" + name;
        }

        String childBytes(String name) {
            return locationBytes.endsWith("/") ? locationBytes + IgnoreFile.bytes(name) : locationBytes + "/" + IgnoreFile.bytes(name);
        }
    }

    private record Link(Path location, String name, Dir parent) {
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Expansion ex;
    private final Path displayRoot;
    private final Path realRoot;
    private final Selector selector;
    private final boolean hidden;
    private final int maxDepth;
    private final ArrayDeque<Link> links = new ArrayDeque<>();
    private final Set<Path> walkedDirs = new HashSet<>();
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
        walkedDirs.add(realRoot);
        String bytes = ex.respectIgnoreFiles() ? IgnoreFile.bytes(realRoot.toString()) : null;
        walk(new Dir(realRoot, realRoot, bytes, "", null, displayRoot, 0, conv, git), true);
        while (!links.isEmpty()) {
            follow(links.poll());
        }
        return matched;
    }

    private void walk(Dir dir, boolean root) {
        List<Path> children = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean hasGit = false;
        boolean hasGitignore = false;
        boolean hasConvignore = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir.fs())) {
            for (Path child : entries) {
                String name = child.getFileName().toString();
                if (name.startsWith(".")) {
                    hasGit |= name.equals(".git");
                    hasGitignore |= name.equals(".gitignore");
                    hasConvignore |= name.equals(Expansion.CONVIGNORE);
                    if (!hidden || name.equals(".git")) {
                        continue;
                    }
                }
                children.add(child);
                names.add(name);
            }
        } catch (AccessDeniedException e) {
            ex.problem(display(dir), "permission denied");
            return;
        } catch (NoSuchFileException | NotDirectoryException e) {
            return; // removed or replaced while we walk
        } catch (IOException e) {
            ex.problem(display(dir), "cannot read directory (" + e.getMessage() + ")");
            return;
        }
        if (ex.respectIgnoreFiles()) {
            IgnoreStack git = dir.git();
            IgnoreStack conv = dir.conv();
            if (hasGit && !root) {
                git = ex.gitBase(GitRepo.at(dir.fs()), dir.location());
            }
            if (git != null && hasGitignore) {
                git = git.push(ex.load(dir.fs().resolve(".gitignore"), dir.locationBytes()));
            }
            if (hasConvignore) {
                conv = conv.push(ex.load(dir.fs().resolve(Expansion.CONVIGNORE), dir.locationBytes()));
            }
            dir = new Dir(dir.fs(), dir.location(), dir.locationBytes(), dir.rel(), dir.relPath(), dir.display(), dir.depth(), conv, git);
        }
        for (int i = 0; i < children.size(); i++) {
            Path child = children.get(i);
            String name = names.get(i);
            BasicFileAttributes attrs;
            try {
                // Posix rather than basic attributes where there are any: the same stat call, and the
                // mode spares an access() call per file.
                attrs = POSIX
                        ? Files.readAttributes(child, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // removed while we walk: nothing to process
            }
            if (attrs.isDirectory()) {
                if (dir.depth() < maxDepth && wantDir(dir, child, name) && (!ex.followSymlinks() || walkedDirs.add(child))) {
                    walk(enter(dir, child, dir.fs() == dir.location() ? child : dir.location().resolve(name), name), false);
                }
            } else if (attrs.isRegularFile()) {
                file(dir, child, name, attrs instanceof PosixFileAttributes posix && posix.permissions().contains(PosixFilePermission.OTHERS_READ));
            } else if (attrs.isSymbolicLink() && ex.followSymlinks()) {
                links.add(new Link(dir.location().resolve(name), name, dir));
            }
        }
    }

    private Dir enter(Dir parent, Path fs, Path location, String name) {
        String bytes = parent.locationBytes() == null ? null : parent.childBytes(name);
        Path entry = location.getFileName();
        return new Dir(fs, location, bytes, parent.childRel(name), child(parent.relPath(), entry), parent.display().resolve(entry),
                parent.depth() + 1, parent.conv(), parent.git());
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
        Dir parent = link.parent();
        if (attrs.isDirectory()) {
            if (parent.depth() < maxDepth && wantDir(parent, target, link.name()) && walkedDirs.add(target)) {
                walk(enter(parent, target, link.location(), link.name()), false);
            }
        } else if (attrs.isRegularFile()) {
            file(parent, target, link.name(), false);
        }
    }

    private boolean wantDir(Dir parent, Path fs, String name) {
        return !ex.isExcludedDir(fs)
                && !ignored(parent, name, true)
                && !(ex.hasExcludes() && ex.excluded(parent.childRel(name), name, true));
    }

    /** @param worldReadable the mode lets anyone read it, so no access() check is needed */
    private void file(Dir parent, Path fs, String name, boolean worldReadable) {
        if (name.startsWith(AtomicWriter.TEMP_PREFIX)) {
            return;
        }
        boolean excludes = ex.hasExcludes();
        String rel = excludes || selector.needsPath() ? parent.childRel(name) : null;
        if (!selector.accepts(rel, name) || ignored(parent, name, false) || (excludes && ex.excluded(rel, name, false))) {
            return;
        }
        matched++;
        Path entry = fs.getFileName();
        if (!name.equals(entry.toString())) {
            entry = Path.of(name); // reached through a link: keep the link's name
        }
        ex.offer(fs, parent.display().resolve(entry), child(parent.relPath(), entry), worldReadable);
    }

    private boolean ignored(Dir parent, String name, boolean isDir) {
        if (parent.locationBytes() == null || (parent.conv().isEmpty() && (parent.git() == null || parent.git().isEmpty()))) {
            return false;
        }
        return ex.ignored(parent.conv(), parent.git(), parent.locationBytes(), IgnoreFile.bytes(name), isDir);
    }

    private static Path child(Path relPath, Path entry) {
        return relPath == null ? entry : relPath.resolve(entry);
    }

    private static String display(Dir dir) {
        String shown = dir.display().toString();
        return shown.isEmpty() ? "." : shown;
    }
}
