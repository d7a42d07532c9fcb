package dev.conv.page;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.FilenameUtils;

/**
 * What a page's text is written in; decides how steps read and edit it. Each kind owns the one
 * list of file extensions it is read from: what names a file's kind, what a directory walk takes,
 * what {@code --out-dir} renames.
 */
public enum SourceKind {
    HTML("html", "htm", "xhtml"),
    /** CommonMark + GFM that may embed raw HTML, understood the way GitHub renders it. */
    MARKDOWN("md", "markdown", "mdown", "mkd");

    private static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>();
        for (SourceKind kind : values()) {
            all.addAll(kind.extensions);
        }
        ALL = Collections.unmodifiableSet(all);
    }

    private final List<String> extensions;

    SourceKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** This kind's file extensions, lower case, without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The extensions of every kind, in order: what a directory walk takes. */
    public static Set<String> allExtensions() {
        return ALL;
    }

    /** The kind a file name implies, if its extension is one conv knows. */
    public static Optional<SourceKind> fromFileName(String fileName) {
        String ext = FilenameUtils.getExtension(fileName).toLowerCase(Locale.ROOT);
        for (SourceKind kind : values()) {
            if (kind.extensions.contains(ext)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The file name without its extension when that names a kind ({@code a.htm} to {@code a}), else as it is. */
    public static String withoutExtension(String fileName) {
        return fromFileName(fileName).isPresent() ? FilenameUtils.removeExtension(fileName) : fileName;
    }

    /** Parses a user's {@code --from} value: a kind's name or one of its extensions. */
    public static SourceKind parse(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (SourceKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(v) || kind.extensions.contains(v)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown input kind '" + value + "' (expected html or markdown)");
    }
}
