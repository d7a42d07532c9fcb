package dev.conv.run;

import dev.conv.page.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under a site's root, as {@link SiteFiles}: read-only, never outside the root, and
 * each answer looked up once per run.
 */
public final class SiteTree implements SiteFiles {
    /** Pages read for their anchors; larger files have none worth reading. */
    private static final long MAX_TEXT = 16L << 20;

    private final Path root;
    private final ConcurrentHashMap<String, Boolean> exists = new ConcurrentHashMap<>();

    public SiteTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path at(String pathFromRoot) {
        Path p = pathFromRoot.isEmpty() ? root : root.resolve(pathFromRoot).normalize();
        return p.startsWith(root) ? p : null;
    }

    @Override
    public boolean exists(String pathFromRoot) {
        return exists.computeIfAbsent(pathFromRoot, k -> {
            Path p = at(k);
            return p != null && Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        });
    }

    @Override
    public String text(String pathFromRoot) {
        Path p = at(pathFromRoot);
        try {
            if (p == null || !Files.isRegularFile(p) || Files.size(p) > MAX_TEXT) {
                return null;
            }
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
