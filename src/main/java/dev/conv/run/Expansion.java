package dev.conv.run;

import dev.conv.page.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@link FileSet#collect} call: sorts each argument into file, directory or glob, walks, and
 * keeps the files found (first argument to reach a file wins, so its relative path is the one kept),
 * the problems, and the ignore files already read, which sibling arguments share.
 */
final class Expansion {
    static final String CONVIGNORE = ".convignore";

    private final FileSet config;
    private final Set<String> problems = new LinkedHashSet<>();
    private final Set<String> unmatched = new LinkedHashSet<>();
    private final Map<Path, InputFile> found = new HashMap<>();
    private final List<Path> excludedDirs = new ArrayList<>();
    private final Set<String> excludedDirNames = new HashSet<>();
    private final Map<Path, IgnoreStack> convThrough = new HashMap<>();
    private final Map<Path, IgnoreStack> gitThrough = new HashMap<>();
    private final Map<Path, IgnoreStack> gitBase = new HashMap<>();
    private GitEnv env;
    private String userExcludes;
    private boolean userExcludesRead;

    Expansion(FileSet config) {
        this.config = config;
        for (Path dir : config.excludedDirs()) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                real = dir.toAbsolutePath().normalize();
            }
            excludedDirs.add(real);
            excludedDirNames.add(real.toString());
        }
    }

    void add(String arg) {
        if (arg.isEmpty()) {
            // Path.of("") is the working directory: an empty argument (say, an unset shell variable) must not walk it.
            problem("''", "no such file or directory");
            return;
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            problem(arg, "invalid path");
            return;
        }
        BasicFileAttributes attrs;
        Path real;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            if (Wildcards.hasWildcard(arg)) {
                glob(arg);
            } else {
                problem(arg, "no such file or directory");
            }
            return;
        } catch (AccessDeniedException e) {
            problem(arg, "permission denied");
            return;
        } catch (FileSystemException e) {
            problem(arg, e.getReason() == null ? "cannot read" : e.getReason().toLowerCase(java.util.Locale.ROOT));
            return;
        } catch (IOException e) {
            problem(arg, "cannot read (" + e.getMessage() + ")");
            return;
        }
        if (attrs.isDirectory()) {
            directory(path, real);
        } else if (attrs.isRegularFile()) {
            file(path, real);
        } else {
            // A FIFO or device could block the run forever once read.
            problem(arg, "not a regular file or directory");
        }
    }

    Selection result() {
        List<InputFile> files = new ArrayList<>(found.values());
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new Selection(files, new ArrayList<>(problems), new ArrayList<>(unmatched));
    }

    private void directory(Path path, Path real) {
        if (insideExcludedDir(real)) {
            return;
        }
        walk(path, real, config.defaultSelector(), false, Integer.MAX_VALUE);
    }

    private int walk(Path display, Path real, Walk.Selector selector, boolean hidden, int maxDepth) {
        IgnoreStack conv = IgnoreStack.EMPTY;
        IgnoreStack git = null;
        if (config.respectIgnoreFiles()) {
            Path parent = real.getParent();
            conv = parent == null ? IgnoreStack.EMPTY : convThrough(parent);
            GitRepo repo = GitRepo.enclosing(real);
            if (repo != null) {
                git = real.equals(repo.top()) ? gitBase(repo, real) : gitThrough(parent, repo);
            }
        }
        return new Walk(this, display, real, selector, hidden, maxDepth).run(conv, git);
    }

    /**
     * A file named on the command line is taken whatever its extension, even hidden or
     * gitignored (the user named it, as in ripgrep); but {@code --exclude} and {@code .convignore}
     * still apply, so a pre-commit hook that passes every staged file leaves excluded ones alone
     * (as prettier does with {@code .prettierignore}).
     */
    private void file(Path path, Path real) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.startsWith(AtomicWriter.TEMP_PREFIX) || real.getFileName().toString().startsWith(AtomicWriter.TEMP_PREFIX)
                || insideExcludedDir(real) || excludedAsGiven(path) || convIgnores(real)) {
            return;
        }
        offer(real, path, Path.of(name), false);
    }

    private void glob(String arg) {
        String[] segments = arg.split("/", -1);
        int literal = 0;
        while (literal < segments.length && !Wildcards.hasWildcard(segments[literal])) {
            literal++;
        }
        String base = String.join("/", List.of(segments).subList(0, literal));
        if (base.isEmpty() && arg.startsWith("/")) {
            base = "/";
        }
        String rest = String.join("/", List.of(segments).subList(literal, segments.length));
        List<String> alternatives;
        try {
            alternatives = Wildcards.expandBraces(rest);
        } catch (IllegalArgumentException e) {
            problem(arg, e.getMessage());
            return;
        }
        List<String> regexes = new ArrayList<>();
        boolean hidden = false;
        int maxDepth = 0;
        for (String alt : alternatives) {
            regexes.add(Wildcards.toRegex(alt, false));
            hidden |= alt.startsWith(".") || alt.contains("/.");
            // Without "**" a glob cannot match deeper than its slashes: no need to walk further.
            int depth = alt.contains("**") ? Integer.MAX_VALUE : (int) alt.chars().filter(c -> c == '/').count();
            maxDepth = Math.max(maxDepth, depth);
        }
        Pattern pattern = Wildcards.compile(String.join("|", regexes));
        Path display = Path.of(base);
        Path real;
        try {
            real = display.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            unmatched.add(arg);
            return;
        }
        if (!Files.isDirectory(real)) {
            unmatched.add(arg);
            return;
        }
        int matched = walk(display, real, (rel, name) -> pattern.matcher(rel).matches(), hidden, maxDepth);
        if (matched == 0) {
            unmatched.add(arg);
        }
    }

    boolean respectIgnoreFiles() {
        return config.respectIgnoreFiles();
    }

    boolean followSymlinks() {
        return config.followSymlinks();
    }

    boolean isExcludedDir(Path fs) {
        return excludedDirNames.contains(fs.toString());
    }

    private boolean insideExcludedDir(Path real) {
        for (Path dir : excludedDirs) {
            if (real.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    boolean excluded(String rel, String name, boolean isDir) {
        for (PathPattern p : config.excludes()) {
            if (p.matches(rel, name, isDir)) {
                return true;
            }
        }
        return false;
    }

    /** {@code --exclude} against a named file's path as given, and each directory on the way. */
    private boolean excludedAsGiven(Path path) {
        Path rel = path.normalize();
        if (rel.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            rel = rel.startsWith(cwd) ? cwd.relativize(rel) : rel.getRoot().relativize(rel);
        }
        StringBuilder prefix = new StringBuilder();
        int count = rel.getNameCount();
        for (int i = 0; i < count; i++) {
            String name = rel.getName(i).toString();
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(name);
            if (excluded(prefix.toString(), name, i < count - 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code .convignore} rules for a named file, including those that ignore a directory above it. */
    private boolean convIgnores(Path real) {
        if (!config.respectIgnoreFiles()) {
            return false;
        }
        Path parent = real.getParent();
        for (int i = 1; i <= parent.getNameCount(); i++) {
            Path dir = parent.getRoot().resolve(parent.subpath(0, i));
            IgnoreStack above = convThrough(dir.getParent());
            if (Boolean.TRUE.equals(above.decide(IgnoreFile.bytes(dir.getParent().toString()), IgnoreFile.bytes(dir.getFileName().toString()), true))) {
                return true;
            }
        }
        return Boolean.TRUE.equals(convThrough(parent).decide(IgnoreFile.bytes(parent.toString()),
                IgnoreFile.bytes(real.getFileName().toString()), false));
    }

    /** The {@code .convignore} files of {@code dir} and all its ancestors, as ripgrep reads {@code .ignore}. */
    private IgnoreStack convThrough(Path dir) {
        IgnoreStack stack = convThrough.get(dir);
        if (stack == null) {
            Path parent = dir.getParent();
            IgnoreStack below = parent == null ? IgnoreStack.EMPTY : convThrough(parent);
            stack = below.push(load(dir.resolve(CONVIGNORE), IgnoreFile.bytes(dir.toString())));
            convThrough.put(dir, stack);
        }
        return stack;
    }

    /** The {@code .gitignore} files from the work tree's top down to {@code dir}, over {@link #gitBase}. */
    private IgnoreStack gitThrough(Path dir, GitRepo repo) {
        IgnoreStack stack = gitThrough.get(dir);
        if (stack == null) {
            IgnoreStack below = dir.equals(repo.top()) ? gitBase(repo, dir) : gitThrough(dir.getParent(), repo);
            stack = below.push(load(dir.resolve(".gitignore"), IgnoreFile.bytes(dir.toString())));
            gitThrough.put(dir, stack);
        }
        return stack;
    }

    /** The global excludes file under the repository's {@code info/exclude}, both relative to its top. */
    IgnoreStack gitBase(GitRepo repo, Path location) {
        IgnoreStack stack = gitBase.get(location);
        if (stack == null) {
            String top = IgnoreFile.bytes(location.toString());
            stack = IgnoreStack.EMPTY.push(load(userExcludesFile(repo), top)).push(load(repo.infoExclude(), top));
            gitBase.put(location, stack);
        }
        return stack;
    }

    private Path userExcludesFile(GitRepo repo) {
        if (env == null) {
            // Only now: reading the environment is wasted work outside a git work tree.
            env = config.gitEnv() == null ? GitEnv.fromSystem() : config.gitEnv();
        }
        if (!userExcludesRead) {
            userExcludesRead = true;
            for (Path file : env.configFiles()) {
                String v = configValue(file);
                if (v != null) {
                    userExcludes = v;
                }
            }
        }
        String value = userExcludes;
        String local = configValue(repo.config());
        if (local != null) {
            value = local;
        }
        if (value == null) {
            return env.defaultExcludesFile();
        }
        return value.isEmpty() ? null : env.resolve(value, repo.top());
    }

    private static String configValue(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return GitConfig.value(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), "core", "excludesfile");
        } catch (IOException e) {
            return null; // git too reads on without a config it cannot open
        }
    }

    /** Reads an ignore file; a missing one is simply absent, an unreadable one is a problem. */
    IgnoreFile load(Path file, String dirBytes) {
        if (file == null) {
            return null;
        }
        try {
            return IgnoreFile.parse(Files.readAllBytes(file), dirBytes);
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            problem(file.toString(), "permission denied");
            return null;
        } catch (IOException e) {
            return null; // a directory named like an ignore file, say: git skips it too
        }
    }

    /**
     * @param parent the entry's directory as an absolute {@link IgnoreFile#bytes} string
     * @param name   its name, likewise
     */
    boolean ignored(IgnoreStack conv, IgnoreStack git, String parent, String name, boolean isDir) {
        // .convignore outranks .gitignore, as ripgrep's .ignore does: "!x" there takes back a gitignored x.
        Boolean decision = conv.decide(parent, name, isDir);
        if (decision != null) {
            return decision;
        }
        return git != null && Boolean.TRUE.equals(git.decide(parent, name, isDir));
    }

    boolean hasExcludes() {
        return !config.excludes().isEmpty();
    }

    /**
     * Keeps a file unless an earlier argument already found it.
     *
     * @param real          its real path, which tells two ways to one file apart
     * @param worldReadable its mode lets anyone read it; else access() is asked
     */
    void offer(Path real, Path display, Path relative, boolean worldReadable) {
        if (found.containsKey(real)) {
            return;
        }
        if (!worldReadable && !Files.isReadable(real)) {
            problem(display.toString(), "permission denied");
            return;
        }
        found.put(real, new InputFile(display, relative));
    }

    void problem(String path, String what) {
        problems.add(path + ": " + what);
    }
}
