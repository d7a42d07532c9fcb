package dev.conv.run;

import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands command-line paths into the files to process: a file argument is taken as it is, a
 * directory is walked for the extensions asked for, skipping {@code .git}, hidden directories and
 * conv's own temporary files. Problems (a missing path) are collected, not thrown, so the rest of
 * the run goes on.
 */
public final class FileSet {
    private final Set<String> extensions;
    private final List<InputFile> files = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Path> excludedDirs = new ArrayList<>();

    /** @param extensions lower-case extensions without dot, e.g. "html", "md" */
    public FileSet(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** A directory not to walk into, e.g. the output directory inside the input tree. */
    public FileSet excluding(Path dir) {
        excludedDirs.add(dir.toAbsolutePath().normalize());
        return this;
    }

    public FileSet add(Path arg) {
        if (Files.isDirectory(arg)) {
            walk(arg);
        } else if (Files.exists(arg)) {
            files.add(new InputFile(arg, arg.getFileName()));
        } else {
            problems.add(arg + ": no such file or directory");
        }
        return this;
    }

    public List<InputFile> files() {
        return files;
    }

    /** One line per path that could not be used, naming it. */
    public List<String> problems() {
        return problems;
    }

    private void walk(Path root) {
        try {
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || excludedDirs.contains(dir.toAbsolutePath().normalize()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !name.startsWith(AtomicWriter.TEMP_PREFIX) && wanted(name)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            for (Path f : found) {
                files.add(new InputFile(f, root.relativize(f)));
            }
        } catch (IOException e) {
            problems.add(root + ": cannot read directory (" + e.getMessage() + ")");
        }
    }

    private boolean wanted(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
