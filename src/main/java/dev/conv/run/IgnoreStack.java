package dev.conv.run;

/**
 * Ignore files in force for a directory, most binding first: deeper {@code .gitignore} files
 * before shallower ones, those before {@code .git/info/exclude}, and that before the global
 * excludes file. The first file with a matching rule decides, so a deeper file can re-include what
 * a shallower one ignored. Immutable: each directory pushes its own file on its parent's stack.
 */
final class IgnoreStack {
    static final IgnoreStack EMPTY = new IgnoreStack(null, null);

    private final IgnoreFile file;
    private final IgnoreStack below;

    private IgnoreStack(IgnoreFile file, IgnoreStack below) {
        this.file = file;
        this.below = below;
    }

    IgnoreStack push(IgnoreFile f) {
        return f == null || f.isEmpty() ? this : new IgnoreStack(f, this);
    }

    boolean isEmpty() {
        return file == null;
    }

    /**
     * @param abs  absolute path of the entry as a byte string ({@link IgnoreFile#bytes})
     * @param name its last segment, as a byte string
     * @return TRUE ignored, FALSE re-included by a negated rule, null if no file has a say
     */
    Boolean decide(String abs, String name, boolean isDir) {
        for (IgnoreStack s = this; s.file != null; s = s.below) {
            String rel = relative(abs, s.file.dir());
            if (rel != null) {
                Boolean r = s.file.match(rel, name, isDir);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static String relative(String abs, String dir) {
        if (dir.equals("/")) {
            return abs.length() > 1 ? abs.substring(1) : null;
        }
        if (abs.length() > dir.length() && abs.startsWith(dir) && abs.charAt(dir.length()) == '/') {
            return abs.substring(dir.length() + 1);
        }
        return null;
    }
}
