package dev.conv.edit;

/**
 * Replace {@code source[start, end)} by {@code replacement}; an empty replacement deletes.
 * {@code note} travels with the edit for reporting (what was removed and why).
 */
public record Edit(int start, int end, String replacement, Object note) {
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public static Edit delete(int start, int end, Object note) {
        return new Edit(start, end, "", note);
    }

    public boolean isDeletion() {
        return replacement.isEmpty();
    }

    boolean contains(Edit other) {
        return start <= other.start && other.end <= end;
    }
}
