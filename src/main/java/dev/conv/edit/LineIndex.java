package dev.conv.edit;

import java.util.Arrays;

/** Line numbers of offsets in one text, by binary search over its line starts. Immutable. */
public final class LineIndex {
    private final int[] starts;

    public LineIndex(String text) {
        int[] found = new int[64];
        int n = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = nl + 1;
        }
        starts = Arrays.copyOf(found, n);
    }

    /** The 1-based line of {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
