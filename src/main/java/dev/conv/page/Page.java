package dev.conv.page;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One document moving through conv: its text, what kind of text it is, where it came from, and,
 * when the run knows a root, where it lives on its site ({@link PageLocation}). Immutable; a step
 * that changes the text returns a new Page via {@link #withText}, which keeps the rest.
 */
public final class Page {
    private final String name;
    private final Path path;
    private final SourceKind kind;
    private final String text;
    private final TextEncoding encoding;
    private final PageLocation location;

    public Page(String name, Path path, SourceKind kind, String text, TextEncoding encoding) {
        this(name, path, kind, text, encoding, null);
    }

    private Page(String name, Path path, SourceKind kind, String text, TextEncoding encoding, PageLocation location) {
        this.name = Objects.requireNonNull(name);
        this.path = path;
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
        this.encoding = Objects.requireNonNull(encoding);
        this.location = location;
    }

    /** A page made from text in memory, e.g. by a library caller or a test. */
    public static Page of(SourceKind kind, String text) {
        return new Page("<memory>", null, kind, text, TextEncoding.UTF8);
    }

    /** The name used in messages: the path as the user gave it, or {@code -} for stdin. */
    public String name() {
        return name;
    }

    /** The file the page was read from, or null for stdin and memory. */
    public Path path() {
        return path;
    }

    public SourceKind kind() {
        return kind;
    }

    /** The decoded text, without a byte-order mark, line endings as in the file. */
    public String text() {
        return text;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** Its path from the run's root and its public URL, or null when the run has no root. */
    public PageLocation location() {
        return location;
    }

    public Page withText(String newText) {
        return new Page(name, path, kind, newText, encoding, location);
    }

    /**
     * A new document made from this page (html2md's Markdown): written as UTF-8 without a byte-order
     * mark, whatever the source's bytes were, as the streaming converter writes it.
     */
    public Page converted(SourceKind newKind, String newText) {
        return new Page(name, path, newKind, newText, TextEncoding.UTF8, location);
    }

    /** This page placed on its site; null takes the location away. */
    public Page withLocation(PageLocation newLocation) {
        return new Page(name, path, kind, text, encoding, newLocation);
    }

    @Override
    public String toString() {
        return "Page[" + name + ", " + kind + ", " + text.length() + " chars]";
    }
}
