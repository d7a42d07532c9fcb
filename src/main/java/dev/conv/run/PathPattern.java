package dev.conv.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An {@code --include}/{@code --exclude} glob, read the way gitignore reads its lines so users need
 * learn one syntax: a pattern without {@code /} matches the name at any depth ({@code *.min.md},
 * {@code drafts}), one with a {@code /} matches the whole path below the walked directory
 * ({@code docs/**}{@code /*.md}; a leading {@code /} or {@code ./} just anchors), and a trailing
 * {@code /} matches directories only. On top of wildmatch syntax it takes shell alternatives
 * {@code {a,b}}, as ripgrep and prettier do.
 */
final class PathPattern {
    private final String source;
    private final boolean dirOnly;
    private final Pattern byName;
    private final Pattern byPath;

    private PathPattern(String source, boolean dirOnly, Pattern byName, Pattern byPath) {
        this.source = source;
        this.dirOnly = dirOnly;
        this.byName = byName;
        this.byPath = byPath;
    }

    /** @throws IllegalArgumentException if the pattern is empty or has too many alternatives */
    static PathPattern compile(String glob) {
        String p = glob;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        boolean dirOnly = p.endsWith("/") && p.length() > 1;
        if (dirOnly) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || p.equals("/")) {
            throw new IllegalArgumentException("empty pattern: '" + glob + "'");
        }
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String alt : Wildcards.expandBraces(p)) {
            if (alt.startsWith("/")) {
                paths.add(Wildcards.toRegex(alt.substring(1), false));
            } else if (alt.indexOf('/') < 0) {
                names.add(Wildcards.toRegex(alt, false));
            } else {
                paths.add(Wildcards.toRegex(alt, false));
            }
        }
        return new PathPattern(glob, dirOnly, union(names), union(paths));
    }

    private static Pattern union(List<String> regexes) {
        return regexes.isEmpty() ? null : Wildcards.compile(String.join("|", regexes));
    }

    /**
     * @param rel  path below the walked directory, {@code /}-separated
     * @param name its last segment
     */
    boolean matches(String rel, String name, boolean isDir) {
        if (dirOnly && !isDir) {
            return false;
        }
        return (byName != null && byName.matcher(name).matches()) || (byPath != null && byPath.matcher(rel).matches());
    }

    @Override
    public String toString() {
        return source;
    }
}
