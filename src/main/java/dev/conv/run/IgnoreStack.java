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
     * @param parent absolute path of the entry's directory as a byte string ({@link IgnoreFile#bytes})
     * @param name   the entry's name, as a byte string
     * @return TRUE ignored, FALSE re-included by a negated rule, null if no file has a say
     */
    Boolean decide(String parent, String name, boolean isDir) {
        for (IgnoreStack s = this; s.file != null; s = s.below) {
            String relDir = relative(parent, s.file.dir());
            if (relDir != null) {
                Boolean r = s.file.match(relDir, name, isDir);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** {@code path} below {@code dir}: "" for {@code dir} itself, null if not below it. */
    private static String relative(String path, String dir) {
        if (path.equals(dir)) {
            return "";
        }
        if (dir.equals("/")) {
            return path.substring(1);
        }
        if (path.length() > dir.length() && path.startsWith(dir) && path.charAt(dir.length()) == '/') {
            return path.substring(dir.length() + 1);
        }
        return null;
    }
}
