package dev.conv.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A git work tree found on disk without running git: a directory holding {@code .git}, either the
 * repository itself or a file {@code gitdir: PATH} (worktrees, submodules), whose
 * {@code commondir} leads to the shared {@code info/exclude} and {@code config}.
 */
final class GitRepo {
    private final Path top;
    private final Path commonDir;

    private GitRepo(Path top, Path commonDir) {
        this.top = top;
        this.commonDir = commonDir;
    }

    /** The work tree containing {@code dir} (a real path), or null if there is none. */
    static GitRepo enclosing(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (hasDotGit(d)) {
                return at(d);
            }
        }
        return null;
    }

    static boolean hasDotGit(Path dir) {
        return Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS);
    }

    /** The work tree whose top is {@code top}; {@code top/.git} is known to exist. */
    static GitRepo at(Path top) {
        Path dotGit = top.resolve(".git");
        if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
            return new GitRepo(top, dotGit);
        }
        try {
            String link = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!link.startsWith("gitdir:")) {
                return new GitRepo(top, null);
            }
            Path gitDir = top.resolve(link.substring("gitdir:".length()).strip()).normalize();
            Path common = gitDir.resolve("commondir");
            if (Files.isRegularFile(common)) {
                return new GitRepo(top, gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize());
            }
            return new GitRepo(top, gitDir);
        } catch (IOException | RuntimeException e) {
            // An unreadable .git file still marks a work tree; only its info/exclude is lost.
            return new GitRepo(top, null);
        }
    }

    Path top() {
        return top;
    }

    /** {@code info/exclude}, or null if the git directory could not be found. */
    Path infoExclude() {
        return commonDir == null ? null : commonDir.resolve("info").resolve("exclude");
    }

    /** The repository's own config, or null. */
    Path config() {
        return commonDir == null ? null : commonDir.resolve("config");
    }
}
