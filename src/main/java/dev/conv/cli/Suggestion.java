package dev.conv.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The name a user probably meant ({@code htm2md} for {@code html2md}, {@code --wirte} for
 * {@code --write}): the closest candidate by edit distance, counting a swap of two neighbours as
 * one edit. picocli's own suggestions match options by their first two letters only, and always
 * offer some command however far it is.
 */
final class Suggestion {
    private Suggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> candidates) {
        String bare = stripDashes(typed);
        int limit = Math.max(1, bare.length() / 4);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(bare, stripDashes(candidate));
            if (d <= limit && d < bestDistance && dashes(candidate) == dashes(typed)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int dashes(String s) {
        return s.startsWith("--") ? 2 : s.startsWith("-") ? 1 : 0;
    }

    private static String stripDashes(String s) {
        return s.substring(dashes(s));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
