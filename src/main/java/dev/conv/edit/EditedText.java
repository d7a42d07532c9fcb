package dev.conv.edit;

import java.util.Arrays;

/**
 * A text after {@link Edits#applyMapped}, with the runs of it copied unchanged from the text
 * before, so that a position found in it can be traced back: a step that looks at its own result
 * again reports what it finds there on the lines of the page it read.
 */
public final class EditedText {
    private final String text;
    private final Runs runs;

    EditedText(String text, Runs runs) {
        this.text = text;
        this.runs = runs;
    }

    static EditedText unchanged(String text) {
        Runs all = new Runs();
        all.add(0, 0, text.length());
        return new EditedText(text, all);
    }

    public String text() {
        return text;
    }

    /**
     * Where {@code offset} of this text was before the edits: exact in copied text; in a
     * replacement (or right after a deletion), where that edit began.
     */
    public int origin(int offset) {
        if (runs == null) {
            throw new IllegalStateException("not mapped: made by applyTo");
        }
        return runs.origin(offset);
    }

    /**
     * Copied runs, sorted: {@code length} characters at {@code to} in the result were at
     * {@code from} before. Three ints a run, in one growing array.
     */
    static final class Runs {
        private int[] runs = new int[3 * 8];
        private int size;

        void add(int to, int from, int length) {
            if (length <= 0) {
                return;
            }
            if (size == runs.length) {
                runs = Arrays.copyOf(runs, size * 2);
            }
            runs[size] = to;
            runs[size + 1] = from;
            runs[size + 2] = length;
            size += 3;
        }

        int origin(int offset) {
            int lo = 0;
            int hi = size / 3 - 1;
            int found = -1; // the last run starting at or before offset
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (runs[3 * mid] <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found < 0) {
                return 0;
            }
            int to = runs[3 * found];
            int from = runs[3 * found + 1];
            int length = runs[3 * found + 2];
            return from + Math.min(offset - to, length);
        }

        /**
         * The runs of two rounds as one: {@code second} maps the result to the middle text,
         * {@code first} the middle text to the input. Both sorted: one merge.
         */
        static Runs compose(Runs second, Runs first) {
            Runs out = new Runs();
            int j = 0;
            for (int i = 0; i < second.size; i += 3) {
                int to = second.runs[i];
                int mid = second.runs[i + 1];
                int end = mid + second.runs[i + 2];
                while (j < first.size && first.runs[j] + first.runs[j + 2] <= mid) {
                    j += 3;
                }
                for (int k = j; k < first.size && first.runs[k] < end; k += 3) {
                    int start = Math.max(mid, first.runs[k]);
                    int stop = Math.min(end, first.runs[k] + first.runs[k + 2]);
                    out.add(to + start - mid, first.runs[k + 1] + start - first.runs[k], stop - start);
                }
            }
            return out;
        }
    }
}
