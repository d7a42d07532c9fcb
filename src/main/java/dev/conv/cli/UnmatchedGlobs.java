package dev.conv.cli;

import java.util.List;

/** How a run reports the globs that matched no file: one line each, and a count for its summary. */
final class UnmatchedGlobs {
    private UnmatchedGlobs() {
    }

    static void report(Console console, List<String> globs) {
        globs.forEach(glob -> console.error(glob + ": no matching files"));
    }

    /** {@code ", 2 globs matched nothing"}, or "" when every glob matched. */
    static String summary(List<String> globs) {
        int n = globs.size();
        return n == 0 ? "" : ", " + n + (n == 1 ? " glob" : " globs") + " matched nothing";
    }
}
