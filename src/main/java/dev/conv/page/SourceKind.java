package dev.conv.page;

import java.util.Locale;
import java.util.Optional;

/** What a page's text is written in; decides how steps read and edit it. */
public enum SourceKind {
    HTML,
    /** CommonMark + GFM that may embed raw HTML, understood the way GitHub renders it. */
    MARKDOWN;

    /** The kind a file name implies, if its extension is one conv knows. */
    public static Optional<SourceKind> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")
                || name.endsWith(".mkd")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }

    /** Parses a user's {@code --from} value. */
    public static SourceKind parse(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "html":
            case "htm":
                return HTML;
            case "markdown":
            case "md":
                return MARKDOWN;
            default:
                throw new IllegalArgumentException("unknown input kind '" + value + "' (expected html or markdown)");
        }
    }
}
