package dev.conv.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits class and id words without a regular expression: they are split for every element of
 * a page, twice, and {@code String.split} with a pattern cost a tenth of {@code --main}'s time.
 */
final class WordParts {
    private WordParts() {
    }

    /**
     * Lower-case class/id text split at runs of characters other than {@code a-z 0-9 _ -}, as
     * {@code s.split("[^a-z0-9_-]+")} does: a leading empty word when {@code s} starts with such
     * a run, no trailing one.
     */
    static String[] split(String s) {
        List<String> words = null;
        int start = 0;
        for (int i = 0; i < s.length(); ) {
            if (wordChar(s.charAt(i))) {
                i++;
                continue;
            }
            if (words == null) {
                words = new ArrayList<>();
            }
            words.add(s.substring(start, i));
            while (i < s.length() && !wordChar(s.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (words == null) {
            return new String[] {s};
        }
        words.add(s.substring(start));
        int n = words.size();
        while (n > 0 && words.get(n - 1).isEmpty()) {
            n--;
        }
        return words.subList(0, n).toArray(new String[0]);
    }

    /** Whether a part of {@code w} between '-' and '_' (the whole word when it has none) is in {@code set}. */
    static boolean anyPartIn(String w, Set<String> set) {
        int start = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i == w.length() || separator(w.charAt(i))) {
                if (i > start && set.contains(w.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The index after the next '-' or '_' at or after {@code from}, or -1. */
    static int nextStart(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (separator(w.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || separator(c);
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_';
    }
}
