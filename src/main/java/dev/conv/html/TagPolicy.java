package dev.conv.html;

import java.util.Locale;

/**
 * What a step does with a custom or unknown tag (anything HTML5 does not define), a
 * {@code <span href>} (a link the mirror disabled) and, through per-tag overrides, a presentational
 * tag such as {@code <font>}. {@code conv clean} rewrites the tag; html2md writes what the
 * rewritten tag would show.
 */
public enum TagPolicy {
    /** Drop the tags, keep the content (the default). */
    UNWRAP,
    /** Restore a link: a tag with a usable {@code href} becomes {@code <a href>}; without one, unwrap. */
    LINK,
    /** Remove the tag with its content. */
    DROP,
    /** Leave the tag alone (per-tag override, e.g. for a web component the site needs). */
    KEEP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code unwrap}, {@code link}, {@code drop} or {@code keep}, ignoring case. */
    public static TagPolicy parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TagPolicy p : values()) {
            if (p.id().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown tag policy '" + text + "' (expected unwrap, link, drop or keep)");
    }
}
