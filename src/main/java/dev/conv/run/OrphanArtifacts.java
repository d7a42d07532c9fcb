package dev.conv.run;

import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Artifacts whose page is gone ({@code a.md.png} with no {@code a.md}), for {@code --prune}. Only
 * files named as a step names them (a page's file name plus the artifact's extension) are
 * candidates; hidden entries and symbolic links are never walked into.
 */
public final class OrphanArtifacts {
    private OrphanArtifacts() {
    }

    /**
     * @param dirs the directories of pages
     * @param outDir where the artifacts were mirrored, or null when they lie beside the pages
     * @param artifactExtensions {@code .png}, {@code .svg}
     * @param pageExtensions page extensions without the dot ({@code md}, {@code html})
     * @return the orphans, sorted
     */
    public static List<Path> find(List<Path> dirs, Path outDir, List<String> artifactExtensions,
                                  Collection<String> pageExtensions) throws IOException {
        TreeSet<Path> orphans = new TreeSet<>();
        for (Path dir : dirs) {
            Path tree = outDir == null ? dir : outDir;
            for (Path artifact : candidates(tree, artifactExtensions, pageExtensions)) {
                String name = artifact.getFileName().toString();
                String pageName = name.substring(0, name.lastIndexOf('.'));
                Path rel = tree.relativize(artifact.resolveSibling(pageName));
                List<Path> homes = outDir == null ? List.of(dir) : dirs;
                if (homes.stream().noneMatch(d -> Files.exists(d.resolve(rel), LinkOption.NOFOLLOW_LINKS))) {
                    orphans.add(artifact);
                }
            }
        }
        return new ArrayList<>(orphans);
    }

    private static List<Path> candidates(Path tree, List<String> artifactExtensions, Collection<String> pageExtensions)
            throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(tree)) {
            return found;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(tree) && d.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String name = f.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".") && !name.startsWith(AtomicWriter.TEMP_PREFIX)
                        && isArtifactName(name, artifactExtensions, pageExtensions)) {
                    found.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean isArtifactName(String name, List<String> artifactExtensions, Collection<String> pageExtensions) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : artifactExtensions) {
            if (lower.endsWith(ext)) {
                String page = lower.substring(0, lower.length() - ext.length());
                int dot = page.lastIndexOf('.');
                return dot > 0 && pageExtensions.contains(page.substring(dot + 1));
            }
        }
        return false;
    }
}
