package dev.conv.clean;

import dev.conv.edit.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a removal from joining the text on its two sides into markup that was not there: a
 * literal {@code <} (or {@code </}) before a removed tag and a name after it would become a new
 * tag, which a second run then removes in turn, and so would {@code <name} (text while a tag's
 * {@code <} follows it) and what goes on from there; {@code &} and a name would become an entity,
 * changing the text. Such a run of adjacent removals keeps its first tag: what follows a tag's
 * {@code >} joins nothing.
 */
final class MarkupJoins {
    /** Longer than any entity name, so that a whole one is seen; bounds the look back. */
    private static final int ENTITY_REACH = 40;

    private MarkupJoins() {
    }

    /**
     * The edits, sorted and not overlapping (as {@link dev.conv.edit.Edits#effective()} gives
     * them), without the removals that would join markup on {@code source}.
     */
    static List<Edit> keepApart(String source, List<Edit> edits) {
        List<Edit> kept = new ArrayList<>(edits.size());
        int i = 0;
        while (i < edits.size()) {
            Edit first = edits.get(i);
            if (!first.isDeletion()) {
                kept.add(first);
                i++;
                continue;
            }
            int j = i + 1; // the run of removals that meet, [i, j)
            while (j < edits.size() && edits.get(j).isDeletion() && edits.get(j).start() == edits.get(j - 1).end()) {
                j++;
            }
            int after = edits.get(j - 1).end();
            // Only text reaches a run's side: an edit beside it would be a replacement, a whole tag.
            boolean textAfter = j == edits.size() || edits.get(j).start() > after;
            // The text before the run, with the tags kept so far: it starts where the last kept edit ends.
            int textFrom = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).end();
            int from = i;
            while (from < j && textAfter && joins(source, textFrom, edits.get(from).start(), after)) {
                from++; // this tag stays: the ">" it ends with is what the rest of the run follows
            }
            for (int k = i; k < j; k++) {
                if (k >= from) {
                    kept.add(edits.get(k));
                }
            }
            i = j;
        }
        return kept;
    }

    /** Would {@code source[from, start)} followed directly by {@code source[after...]} form markup? */
    static boolean joins(String source, int from, int start, int after) {
        if (start <= from || after >= source.length()) {
            return false;
        }
        char next = source.charAt(after);
        char last = source.charAt(start - 1);
        if (last == '<' || last == '/' && start - 2 >= from && source.charAt(start - 2) == '<') {
            return isLetter(next) || last == '<' && (next == '/' || next == '!' || next == '?');
        }
        if (continuesTag(next) && opensTagBefore(source, from, start)) {
            return true;
        }
        if (!(isAlnum(next) || next == '#' || next == ';')) {
            return false;
        }
        for (int k = start - 1; k >= from && k >= start - ENTITY_REACH; k--) {
            char c = source.charAt(k);
            if (c == '&') {
                return true;
            }
            if (!isAlnum(c) && c != '#') {
                return false;
            }
        }
        return false;
    }

    /**
     * Does {@code source[from, start)} end with {@code <} or {@code </} and a tag name? Markdown
     * reads that as text when a {@code <} follows the name (a removed tag's), as a tag when what
     * {@link #continuesTag} allows does. Looks back over the name only, which no other run's
     * look back crosses: a removed tag ends with {@code >}.
     */
    private static boolean opensTagBefore(String source, int from, int start) {
        int k = start - 1;
        while (k >= from && (isAlnum(source.charAt(k)) || source.charAt(k) == '-')) {
            k--;
        }
        if (k == start - 1 || k + 1 >= start || !isLetter(source.charAt(k + 1))) {
            return false; // no name, or one that does not start with a letter
        }
        if (k >= from && source.charAt(k) == '/') {
            k--;
        }
        return k >= from && source.charAt(k) == '<';
    }

    /** A character that, after {@code <name}, goes on into a tag: more name, attributes, its end. */
    private static boolean continuesTag(char c) {
        return isAlnum(c) || c == '-' || c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
    }
}
