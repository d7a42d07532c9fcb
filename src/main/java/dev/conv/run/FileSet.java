package dev.conv.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files a command line names, picked the way ripgrep, prettier and black pick them.
 *
 * <pre>{@code
 * Selection sel = FileSet.builder()
 *         .extensions(Set.of("html", "md"))
 *         .exclude("drafts/")
 *         .excluding(outDir)
 *         .build()
 *         .collect(List.of("docs", "README.md", "pages/*.md"));
 * sel.files();     // sorted by path, no file twice
 * sel.problems();  // "docs/x: no such file or directory", ...
 * sel.unmatchedGlobs();  // "pages/*.md", ...
 * }</pre>
 *
 * <p>Each argument is, in this order:
 * <ul>
 * <li>a <b>directory</b>: walked for files with one of the {@linkplain Builder#extensions
 *     extensions} (or, if any {@linkplain Builder#include includes} are given, matching one of
 *     those instead). {@code .git}, hidden entries (name starting with {@code .}), ignored files and
 *     {@linkplain Builder#exclude excluded} ones are skipped; {@link InputFile#relative()} is the
 *     path below the directory.
 * <li>a <b>file</b>: taken whatever its extension, even if hidden or gitignored, as ripgrep does
 *     with a path it is given. But {@code --exclude} and {@code .convignore} still apply, so a
 *     pre-commit hook that passes every staged file leaves excluded files alone, as prettier does
 *     with {@code .prettierignore} (black calls this {@code --force-exclude}).
 * <li>a <b>glob</b>, quoted so the shell leaves it alone ({@code 'pages/**}{@code /*.md'},
 *     {@code '*.{md,html}'}): the directory before the first wildcard is walked as above, but the
 *     glob replaces the extension and include filter. Hidden entries are walked only if the glob
 *     names one ({@code '.github/*.md'}). An existing path is never read as a glob.
 * </ul>
 *
 * <p><b>Ignore files</b> ({@linkplain Builder#respectIgnoreFiles on by default}): inside a git work
 * tree (a {@code .git} directory or file at or above the walked directory) {@code .gitignore} at
 * every level, {@code .git/info/exclude} and the global {@code core.excludesFile} (default
 * {@code ~/.config/git/ignore}) are honoured with git's semantics; outside one they are not, as in
 * ripgrep. {@code .convignore} files, same syntax, are honoured everywhere, in the walked tree and
 * all directories above it, and outrank {@code .gitignore}: {@code !x} there takes back a gitignored
 * {@code x}. git is never run; core.ignoreCase is not read (matching is case-sensitive) and config
 * includes are not followed.
 *
 * <p><b>Symbolic links</b> inside a walked tree are skipped, as ripgrep does without {@code -L}.
 * With {@linkplain Builder#followSymlinks following} on, a link is followed only if it resolves
 * inside the walked tree (one pointing out is skipped silently), no file is taken twice and a
 * directory already walked is not entered again, which also breaks cycles. Links named on the
 * command line are always followed.
 *
 * <p>Never picked: conv's temporary files ({@code .conv-*}) and anything in an
 * {@linkplain Builder#excluding excluded directory}, even when named.
 *
 * <p><b>Why no library.</b> JGit ({@code org.eclipse.jgit:org.eclipse.jgit} 7.8, Java 17), whose
 * {@code IgnoreNode}/{@code FastIgnoreRule} is the well-kept Java gitignore matcher, was measured:
 * its jar is 3.4 MB, as big as all of conv's shaded jar, for 13 classes used; those classes
 * initialise slf4j, which took 45-65 ms of a cold start (as long as parsing and matching 600 paths)
 * and, with no provider bound, prints three warning lines to stderr on every run, so a second
 * dependency (slf4j-nop) would be needed too. It covers only the pattern match: the per-directory
 * hierarchy, repository discovery, worktrees and the global excludes file are left to the caller
 * anyway, and it differs from git on quirks matched here ({@code foo**}{@code /bar} matching
 * {@code foobar}, eclipse-jgit issue 217). What is written here instead is a translation of git's
 * wildmatch rules to {@code java.util.regex} (about 200 lines), checked against real git by the
 * tests: fixed edge cases plus a seeded random differential run against {@code git ls-files}.
 */
public final class FileSet {
    private final Set<String> extensions;
    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;
    private final boolean respectIgnoreFiles;
    private final boolean followSymlinks;
    private final List<Path> excludedDirs;
    private final GitEnv gitEnv;

    private FileSet(Builder b) {
        this.extensions = Set.copyOf(b.extensions);
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.respectIgnoreFiles = b.respectIgnoreFiles;
        this.followSymlinks = b.followSymlinks;
        this.excludedDirs = List.copyOf(b.excludedDirs);
        this.gitEnv = b.gitEnv;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Expands the arguments into files. Never throws for a bad argument: each one that cannot be
     * used gives a line in {@link Selection#problems()} and the rest go on. Safe to call from
     * several threads; each call reads the disk afresh.
     *
     * @param args files, directories or globs, relative (to the working directory) or absolute
     */
    public Selection collect(List<String> args) {
        Expansion expansion = new Expansion(this);
        for (String arg : args) {
            expansion.add(arg);
        }
        return expansion.result();
    }

    /** What a directory walk keeps: any include, else a default extension. */
    Walk.Selector defaultSelector() {
        return includes.isEmpty() ? new ExtensionSelector(extensions) : new IncludeSelector(includes);
    }

    private static final class ExtensionSelector implements Walk.Selector {
        private final String[] dotted;

        ExtensionSelector(Set<String> extensions) {
            dotted = new String[extensions.size()];
            int i = 0;
            for (String ext : extensions) {
                dotted[i++] = "." + ext;
            }
        }

        @Override
        public boolean accepts(String rel, String name) {
            for (String ext : dotted) {
                int start = name.length() - ext.length();
                if (start > 0 && name.regionMatches(true, start, ext, 0, ext.length())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean needsPath() {
            return false;
        }
    }

    private static final class IncludeSelector implements Walk.Selector {
        private final List<PathPattern> includes;

        IncludeSelector(List<PathPattern> includes) {
            this.includes = includes;
        }

        @Override
        public boolean accepts(String rel, String name) {
            for (PathPattern p : includes) {
                if (p.matches(rel, name, false)) {
                    return true;
                }
            }
            return false;
        }
    }

    List<PathPattern> excludes() {
        return excludes;
    }

    boolean respectIgnoreFiles() {
        return respectIgnoreFiles;
    }

    boolean followSymlinks() {
        return followSymlinks;
    }

    List<Path> excludedDirs() {
        return excludedDirs;
    }

    /** The git settings location set for tests, or null for the real environment. */
    GitEnv gitEnv() {
        return gitEnv;
    }

    /** Settings for a {@link FileSet}; every one has a default, so {@code build()} alone works. */
    public static final class Builder {
        private final Set<String> extensions = new LinkedHashSet<>();
        private final List<PathPattern> includes = new ArrayList<>();
        private final List<PathPattern> excludes = new ArrayList<>();
        private boolean respectIgnoreFiles = true;
        private boolean followSymlinks;
        private final List<Path> excludedDirs = new ArrayList<>();
        private GitEnv gitEnv;

        private Builder() {
        }

        /**
         * Extensions a directory walk keeps, case-insensitive, with or without the dot
         * ({@code "md"}, {@code ".html"}). Adds to those already set. Ignored once an
         * {@link #include} is given.
         */
        public Builder extensions(Collection<String> exts) {
            for (String ext : exts) {
                String e = ext.startsWith(".") ? ext.substring(1) : ext;
                if (e.isEmpty()) {
                    throw new IllegalArgumentException("empty extension");
                }
                extensions.add(e.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * {@code --include GLOB}: directory walks keep the files matching any include instead of
         * those with a default extension. Matched against the path below the walked directory; a
         * glob without {@code /} matches the file name at any depth, as in gitignore. Repeatable.
         *
         * @throws IllegalArgumentException if the glob is empty
         */
        public Builder include(String glob) {
            includes.add(PathPattern.compile(glob));
            return this;
        }

        /** {@link #include(String)} for each glob. */
        public Builder include(Collection<String> globs) {
            globs.forEach(this::include);
            return this;
        }

        /**
         * {@code --exclude GLOB}: skip matching files and directories (a directory is not walked),
         * over includes, extensions and files named on the command line: excludes always win.
         * Same matching as {@link #include(String)}; a trailing {@code /} matches directories only.
         * Repeatable.
         *
         * @throws IllegalArgumentException if the glob is empty
         */
        public Builder exclude(String glob) {
            excludes.add(PathPattern.compile(glob));
            return this;
        }

        /** {@link #exclude(String)} for each glob. */
        public Builder exclude(Collection<String> globs) {
            globs.forEach(this::exclude);
            return this;
        }

        /**
         * Whether {@code .gitignore}, {@code .git/info/exclude}, the global excludes file and
         * {@code .convignore} are honoured (default true). {@code --no-ignore} sets false, like
         * ripgrep's; {@code .git} and hidden entries are skipped either way.
         */
        public Builder respectIgnoreFiles(boolean respect) {
            this.respectIgnoreFiles = respect;
            return this;
        }

        /**
         * Whether symbolic links met while walking are followed (default false: skipped). Even
         * when true, only links that resolve inside the walked tree are followed.
         */
        public Builder followSymlinks(boolean follow) {
            this.followSymlinks = follow;
            return this;
        }

        /** A directory never to take files from, e.g. an output directory inside the input tree. */
        public Builder excluding(Path dir) {
            excludedDirs.add(dir);
            return this;
        }

        /** Where git's user settings are read; tests point this at a scratch home. */
        Builder gitEnv(GitEnv env) {
            this.gitEnv = env;
            return this;
        }

        public FileSet build() {
            return new FileSet(this);
        }
    }
}
