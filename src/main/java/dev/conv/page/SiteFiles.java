package dev.conv.page;

/**
 * The files of the site a run works on, seen from its root, read-only: what a step that checks
 * links asks about the pages it does not hold. Paths are from the root, segments joined with
 * {@code /}, {@code ""} being the root itself. Implementations are thread-safe.
 */
public interface SiteFiles {
    /** Whether a file or directory exists there. */
    boolean exists(String pathFromRoot);

    /** The text of the file there (UTF-8, invalid bytes replaced), or null when it cannot be read. */
    String text(String pathFromRoot);
}
