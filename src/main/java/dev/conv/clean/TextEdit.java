package dev.conv.clean;

import java.util.List;

/**
 * One replacement in a region's source text: {@code length} chars at {@code offset} become
 * {@code replacement}. Offsets are relative to the text that was parsed (or scanned).
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
        replacement = replacement == null ? "" : replacement;
    }

    public int end() {
        return offset + length;
    }

    /** Applies sorted, non-overlapping edits to {@code src}. */
    public static String apply(CharSequence src, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(src.length());
        int at = 0;
        for (TextEdit e : edits) {
            if (e.offset() < at) {
                throw new IllegalArgumentException("edits overlap or are not sorted at " + e);
            }
            out.append(src, at, e.offset()).append(e.replacement());
            at = e.end();
        }
        return out.append(src, at, src.length()).toString();
    }
}
