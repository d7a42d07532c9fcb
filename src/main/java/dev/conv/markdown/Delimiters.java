package dev.conv.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * CommonMark's rules for emphasis delimiters, applied to a block's tokens: which characters
 * flank a delimiter, whether it can open or close, and a replay of the spec's "process emphasis"
 * algorithm that tells whether the delimiters as chosen pair up the way the spans nest.
 */
final class Delimiters {
    private Delimiters() {
    }

    /** Class of the output character just before token i (markup counts as punctuation). */
    static int edgeBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.dropped) {
                continue;
            }
            // a break by what it is written as: in a paragraph, a backslash then a line end
            if (t.type == Token.TEXT || t.type == Token.BREAK) {
                if (t.text.isEmpty()) {
                    continue;
                }
                return CharClass.of(t.text.codePointBefore(t.text.length()));
            }
            return CharClass.PUNCTUATION;
        }
        return CharClass.WHITESPACE;
    }

    /** Class of the output character just after token i. */
    static int edgeAfter(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.dropped) {
                continue;
            }
            if (t.type == Token.TEXT || t.type == Token.BREAK) {
                if (t.text.isEmpty()) {
                    continue;
                }
                return CharClass.of(t.text.codePointAt(0));
            }
            return CharClass.PUNCTUATION;
        }
        return CharClass.WHITESPACE;
    }

    /** Can a delimiter of {@code c} between these classes open (or close)? Both CommonMark readings must agree. */
    static boolean flanks(int before, int after, char c, boolean opening) {
        for (int reading = 0; reading < 2; reading++) {
            int p = resolve(before, reading);
            int n = resolve(after, reading);
            boolean left = leftFlanking(p, n);
            boolean right = rightFlanking(p, n);
            boolean ok;
            if (opening) {
                ok = c == '_' ? left && (!right || p == CharClass.PUNCTUATION) : left;
            } else {
                ok = c == '_' ? right && (!left || n == CharClass.PUNCTUATION) : right;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Could a literal {@code c} between these classes open or close, in either reading? */
    static boolean couldDelimit(int before, int after, char c) {
        for (int reading = 0; reading < 2; reading++) {
            int p = resolve(before, reading);
            int n = resolve(after, reading);
            boolean left = leftFlanking(p, n);
            boolean right = rightFlanking(p, n);
            if (c == '_') {
                if (left && (!right || p == CharClass.PUNCTUATION) || right && (!left || n == CharClass.PUNCTUATION)) {
                    return true;
                }
            } else if (left || right) {
                return true;
            }
        }
        return false;
    }

    private static boolean leftFlanking(int p, int n) {
        return n != CharClass.WHITESPACE
                && (n != CharClass.PUNCTUATION || p == CharClass.WHITESPACE || p == CharClass.PUNCTUATION);
    }

    private static boolean rightFlanking(int p, int n) {
        return p != CharClass.WHITESPACE
                && (p != CharClass.PUNCTUATION || n == CharClass.WHITESPACE || n == CharClass.PUNCTUATION);
    }

    static int resolve(int cls, int reading) {
        if (cls != CharClass.AMBIGUOUS) {
            return cls;
        }
        return reading == 0 ? CharClass.PUNCTUATION : CharClass.OTHER;
    }

    // ---------------------------------------------------------------- replay

    /**
     * A run of delimiter tokens that touch. Its tokens are a slice of one list for the block, and
     * both readings reset and reuse the same runs: the replay allocated a copy of every run per
     * reading, and on a long block that memory traffic was most of its time.
     */
    private static final class Run {
        final char c;
        /** Where its tokens start in the block's list of delimiter tokens, and how many. */
        final int first;
        int count;
        int length;
        /** Position among the block's runs. */
        final int index;
        int before;
        int after;
        int remaining;
        int consumedFront;
        boolean canOpen;
        boolean canClose;
        Run prev;
        Run next;

        Run(char c, int first, int index) {
            this.c = c;
            this.first = first;
            this.index = index;
        }
    }

    /**
     * True when CommonMark pairs the chosen emphasis delimiters exactly as the spans nest (in both
     * readings). Needed once delimiters of one character touch and form a longer run. Linear in
     * the number of tokens.
     */
    static boolean pairAsIntended(List<Token> tokens) {
        List<Token> delimiters = new ArrayList<>();
        Run[] runs = runs(tokens, delimiters);
        int intended = 0;
        for (Token t : delimiters) {
            if (t.type == Token.OPEN) {
                intended++;
            }
        }
        for (int reading = 0; reading < 2; reading++) {
            if (!replayPairsAsIntended(runs, delimiters, reading, intended)) {
                return false;
            }
        }
        return true;
    }

    /** The token of a run that starts at this offset in it (runs are a few tokens long), or null. */
    private static Token tokenAt(Run r, List<Token> delimiters, int offset) {
        int at = 0;
        for (int k = r.first; k < r.first + r.count; k++) {
            Token t = delimiters.get(k);
            if (at == offset) {
                return t;
            }
            at += t.delimiterLength();
        }
        return null;
    }

    /** The block's runs, in order; their tokens are added to {@code delimiters}. */
    private static Run[] runs(List<Token> tokens, List<Token> delimiters) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        int lastIndex = -2;
        int previousLive = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.dropped || t.type == Token.TEXT && t.text.isEmpty()) {
                continue;
            }
            boolean delimiter = t.isSpan() && t.isEmphasis() && t.delimiter != 0 && t.delimiter != '~';
            if (!delimiter) {
                if (current != null) {
                    current.after = edgeAfter(tokens, lastIndex);
                }
                current = null;
                previousLive = i;
                continue;
            }
            if (current == null || current.c != t.delimiter || lastIndex != previousLive) {
                if (current != null) {
                    current.after = edgeAfter(tokens, lastIndex);
                }
                current = new Run(t.delimiter, delimiters.size(), runs.size());
                current.before = edgeBefore(tokens, i);
                runs.add(current);
            }
            delimiters.add(t);
            current.count++;
            current.length += t.delimiterLength();
            lastIndex = i;
            previousLive = i;
        }
        if (current != null) {
            current.after = edgeAfter(tokens, lastIndex);
        }
        return runs.toArray(new Run[0]);
    }

    /**
     * The spec's "process emphasis" over the runs: true when every pair it makes is one of the
     * spans (the opening and closing tokens of one span, of its length) and it makes one per span.
     * As in the spec, the search for an opener stops where an earlier search for the same kind of
     * closer found none ({@code openers_bottom}), so the replay is linear.
     */
    private static boolean replayPairsAsIntended(Run[] runs, List<Token> delimiters, int reading, int intended) {
        Run prev = null;
        for (Run r : runs) {
            r.remaining = r.length;
            r.consumedFront = 0;
            int p = resolve(r.before, reading);
            int n = resolve(r.after, reading);
            r.canOpen = flanks(p, n, r.c, true);
            r.canClose = flanks(p, n, r.c, false);
            r.prev = prev;
            r.next = null;
            if (prev != null) {
                prev.next = r;
            }
            prev = r;
        }
        int made = 0;
        // openers_bottom by character, whether the closer can open, and its length modulo 3
        int[] bottom = new int[12];
        java.util.Arrays.fill(bottom, -1);
        Run cur = runs.length == 0 ? null : runs[0];
        while (cur != null) {
            if (!cur.canClose) {
                cur = cur.next;
                continue;
            }
            int kind = (cur.c == '*' ? 0 : 6) + (cur.canOpen ? 3 : 0) + cur.length % 3;
            Run opener = cur.prev;
            while (opener != null && opener.index > bottom[kind]
                    && !(opener.c == cur.c && opener.canOpen && !ruleOfThree(opener, cur))) {
                opener = opener.prev;
            }
            if (opener == null || opener.index <= bottom[kind]) {
                bottom[kind] = cur.index - 1;
                Run next = cur.next;
                if (!cur.canOpen) {
                    unlink(cur);
                }
                cur = next;
                continue;
            }
            int use = cur.remaining >= 2 && opener.remaining >= 2 ? 2 : 1;
            Token open = tokenAt(opener, delimiters, opener.remaining - use);
            Token close = tokenAt(cur, delimiters, cur.consumedFront);
            if (open == null || close == null || open.type != Token.OPEN || open.partner != close
                    || open.delimiterLength() != use) {
                return false;
            }
            made++;
            opener.remaining -= use;
            cur.remaining -= use;
            cur.consumedFront += use;
            opener.next = cur;
            cur.prev = opener;
            if (opener.remaining == 0) {
                unlink(opener);
            }
            if (cur.remaining == 0) {
                Run next = cur.next;
                unlink(cur);
                cur = next;
            }
        }
        return made == intended;
    }

    private static boolean ruleOfThree(Run opener, Run closer) {
        return (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 == 0
                && !(opener.length % 3 == 0 && closer.length % 3 == 0);
    }

    private static void unlink(Run r) {
        if (r.prev != null) {
            r.prev.next = r.next;
        }
        if (r.next != null) {
            r.next.prev = r.prev;
        }
    }
}
