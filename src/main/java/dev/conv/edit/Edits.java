package dev.conv.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of edits to one text, applied at once. Edits inside a deletion are dropped (a repaired
 * entity inside a removed pixel), partial overlaps keep the first. A deletion that empties its
 * line takes the whole line with it (a blank line would end a Markdown HTML block); one that
 * reaches the end of a line takes the spaces before it (they could turn into a hard break).
 */
public final class Edits {
    private final List<Edit> edits = new ArrayList<>();

    public void add(Edit edit) {
        edits.add(edit);
    }

    public void addAll(List<Edit> more) {
        edits.addAll(more);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edits that take effect, in order (after dropping contained and overlapping ones). */
    public List<Edit> effective() {
        List<Edit> sorted = new ArrayList<>(edits);
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Edit> kept = new ArrayList<>();
        Edit last = null;
        for (Edit e : sorted) {
            if (last != null && (last.contains(e) || e.start() < last.end())) {
                continue;
            }
            if (last != null && e.start() == last.end() && e.start() == e.end() && last.isDeletion()) {
                continue;
            }
            kept.add(e);
            last = e;
        }
        return kept;
    }

    /** The text with every effective edit applied and lines tidied. */
    public String applyTo(String text) {
        return applyTo(text, text);
    }

    /**
     * The same, judging whether a line is left blank on {@code view}: the text with what is not
     * content blanked (the {@code > } of a quote), same length.
     */
    public String applyTo(String text, CharSequence view) {
        return apply(text, view, false).text();
    }

    /**
     * The same, telling where each position of the result comes from ({@link EditedText#origin}),
     * so that what is found in the result can be reported on the lines of {@code text}.
     */
    public EditedText applyMapped(String text, CharSequence view) {
        return apply(text, view, true);
    }

    /** With {@code mapped}, notes the runs copied unchanged in both rounds (edits, then emptied lines). */
    private EditedText apply(String text, CharSequence view, boolean mapped) {
        List<Edit> kept = effective();
        if (kept.isEmpty()) {
            return EditedText.unchanged(text);
        }
        List<Edit> widened = new ArrayList<>(kept.size());
        for (Edit e : kept) {
            widened.add(e.isDeletion() ? widen(text, view, e) : e);
        }
        StringBuilder out = new StringBuilder(text.length());
        EditedText.Runs copied = mapped ? new EditedText.Runs() : null;
        int at = 0;
        List<Integer> marks = new ArrayList<>();
        for (Edit e : widened) {
            int start = Math.max(e.start(), at);
            if (e.end() < start) {
                continue;
            }
            copy(out, text, at, start, copied);
            if (!wholeLines(text, e)) {
                marks.add(out.length());
            }
            out.append(e.replacement());
            at = e.end();
        }
        copy(out, text, at, text.length(), copied);
        EditedText.Runs left = mapped ? new EditedText.Runs() : null;
        String result = dropEmptiedLines(out, marks, left);
        return new EditedText(result, mapped ? EditedText.Runs.compose(left, copied) : null);
    }

    private static void copy(StringBuilder out, CharSequence from, int start, int end, EditedText.Runs runs) {
        if (runs != null) {
            runs.add(out.length(), start, end - start);
        }
        out.append(from, start, end);
    }

    private static boolean wholeLines(String text, Edit e) {
        boolean startsLine = e.start() == 0 || text.charAt(e.start() - 1) == '\n';
        boolean endsLine = e.end() == text.length() || text.charAt(e.end() - 1) == '\n';
        return e.isDeletion() && startsLine && endsLine && e.end() > e.start();
    }

    /**
     * Extends a deletion over its whole line when nothing else is on it, or over the spaces
     * before it when it ends the line. Spaces after it are kept when they are two or more: in
     * Markdown they are the author's hard break.
     */
    private static Edit widen(String text, CharSequence view, Edit e) {
        // Only the blanks next to the edit are read, never its whole line: a one-line page with
        // an edit every few characters costs its length, not edits × length.
        int lineStart = e.start();
        while (lineStart > 0 && !isBreak(text.charAt(lineStart - 1)) && isBlank(view.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = e.end();
        while (lineEnd < text.length() && !isBreak(text.charAt(lineEnd)) && isBlank(view.charAt(lineEnd))) {
            lineEnd++;
        }
        boolean blankBefore = lineStart == 0 || isBreak(text.charAt(lineStart - 1));
        boolean blankAfter = lineEnd == text.length() || isBreak(text.charAt(lineEnd));
        if (blankBefore && blankAfter) {
            int next = lineEnd;
            if (next < text.length() && text.charAt(next) == '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            if (next == text.length() && next == lineEnd && lineStart > 0) {
                // Last line without a line break: take the break before it instead.
                int prev = lineStart - 1;
                if (prev > 0 && text.charAt(prev) == '\n' && text.charAt(prev - 1) == '\r') {
                    prev--;
                }
                return new Edit(prev, lineEnd, "", e.note());
            }
            return new Edit(lineStart, next, "", e.note());
        }
        if (blankAfter) {
            int start = e.start();
            while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
            boolean hardBreak = lineEnd - e.end() >= 2 && text.charAt(lineEnd - 1) == ' ' && text.charAt(lineEnd - 2) == ' ';
            return new Edit(start, hardBreak ? e.end() : lineEnd, "", e.note());
        }
        return e;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Two edits on one line can together leave it blank where each alone would not: such a line
     * (it had content before) goes too.
     */
    private static String dropEmptiedLines(StringBuilder out, List<Integer> marks, EditedText.Runs runs) {
        if (marks.isEmpty()) {
            if (runs != null) {
                runs.add(0, 0, out.length());
            }
            return out.toString();
        }
        StringBuilder result = new StringBuilder(out.length());
        int copied = 0;
        int lastDropped = -1;
        int judged = -1; // the blanks after the last mark were read up to here
        for (int mark : marks) {
            if (mark <= judged) {
                continue; // in the same run of blanks as the last mark: its line is judged
            }
            // Only the blanks around the mark are read, never its whole line (linear in all).
            int lineStart = mark;
            while (lineStart > 0 && isBlank(out.charAt(lineStart - 1))) {
                lineStart--;
            }
            int lineEnd = mark;
            while (lineEnd < out.length() && isBlank(out.charAt(lineEnd))) {
                lineEnd++;
            }
            judged = lineEnd;
            if (lineEnd < out.length() && out.charAt(lineEnd) == '\r'
                    && (lineEnd + 1 == out.length() || out.charAt(lineEnd + 1) == '\n')) {
                lineEnd++; // a CRLF line
            } else if (lineStart == mark && lineEnd == mark && mark > 0 && out.charAt(mark - 1) == '\r'
                    && (mark == out.length() || out.charAt(mark) == '\n')) {
                lineStart = mark - 1; // the mark right after a CRLF line's CR
                while (lineStart > 0 && isBlank(out.charAt(lineStart - 1))) {
                    lineStart--;
                }
            }
            boolean blank = (lineStart == 0 || out.charAt(lineStart - 1) == '\n')
                    && (lineEnd == out.length() || out.charAt(lineEnd) == '\n');
            if (!blank || lineStart <= lastDropped || lineStart < copied) {
                continue;
            }
            int next = lineEnd < out.length() ? lineEnd + 1 : lineEnd;
            copy(result, out, copied, lineStart, runs);
            copied = next;
            lastDropped = lineStart;
        }
        copy(result, out, copied, out.length(), runs);
        return result.toString();
    }
}
