package dev.conv.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chooses the delimiter of every emphasis span of a block so that CommonMark reads it back as
 * written: delimiters of one character do not touch unless a replay of the spec's pairing agrees,
 * edge punctuation moves outside a span that could not open or close ({@code 「**台灣**」主題}),
 * and a span that fits no way is dropped (its text stays).
 */
final class EmphasisPlan {
    /** Spans given one shared character at most: a longer chain of touching spans is a hostile page. */
    static final int MAX_GROUP = 8;
    /** Rounds of checking delimiters again after drops; real blocks settle in one or two. */
    static final int MAX_VERIFY_ROUNDS = 8;
    /** First passes after text moved out of spans; each move settles a span's edge for good. */
    static final int MAX_MOVE_ROUNDS = 4;
    private static final char[] TILDE = {'~'};
    private static final char[] STAR_UNDERSCORE = {'*', '_'};

    private final List<Token> live;
    /**
     * Tokens the replays of CommonMark's pairing may still read in this block. Each replay reads
     * the whole block, so their number is bounded, not the block's length: past it, a span that
     * fits no way on its own is dropped without trying.
     */
    private long replayBudget;
    /** Token reads by the replays and searches, for tests: linear in the block's length. */
    long steps;

    EmphasisPlan(List<Token> live) {
        this.live = live;
        this.replayBudget = 16L * live.size() + 4096;
    }

    void choose() {
        chooseDelimiters();
    }

    /**
     * Gives each emphasis span a delimiter. First pass: delimiters of one character never touch
     * (they would merge into one run). Spans that fit no other way may then touch, as in
     * {@code *foo**bar***}, if a replay of CommonMark's pairing confirms the result, sharing one
     * character with the spans they touch or keeping their own; spans that still fit nowhere are
     * dropped, their text kept.
     */
    private void chooseDelimiters() {
        makeRoom();
        List<Token> failed = new ArrayList<>();
        // Text moved out of a span changes what the spans before it touch: choose again, as a
        // second run reading the result would, until nothing moves.
        for (int round = 1; chooseEach(failed) && round < MAX_MOVE_ROUNDS; round++) {
            failed.clear();
        }
        // Even when every span fits on its own, delimiters chosen one at a time can pair
        // otherwise ({@code **__**<>**__**}: the inner ** closes the first): the replay of
        // CommonMark's pairing at the end of verifyDelimiters has the last word on every block.
        indexTokens();
        for (Token open : failed) {
            if (open.span == Token.DEL || !delimitTogether(open) && !delimitAlone(open)) {
                open.dropped = true;
                open.partner.dropped = true;
            }
        }
        verifyDelimiters();
    }

    /**
     * The first pass: each span, in order, gets a delimiter that does not touch its neighbours',
     * moving edge text out of it or into a link it holds when none fits; the spans that fit no
     * way go to {@code failed}. Returns true if text moved.
     */
    private boolean chooseEach(List<Token> failed) {
        boolean moves = false;
        for (Token t : live) {
            if (isEmphasisOpen(t)) {
                setDelimiter(t, (char) 0); // as on the first pass: the spans after it are not chosen yet
            }
        }
        for (int i = 0; i < live.size(); i++) {
            Token open = live.get(i);
            if (open.type != Token.OPEN || open.dropped || !open.isEmphasis()) {
                continue;
            }
            int close = indexOfPartner(i);
            char chosen = choose(i, close);
            if (chosen == 0) {
                pinEdgeMath(i, close);
                int moved = moveEdgesOut(i, close);
                if (moved >= 0) {
                    moves = true;
                    i = moved;
                    close = indexOfPartner(i);
                    chosen = choose(i, close);
                }
            }
            if (chosen == 0) {
                int moved = moveInsideLink(i, close);
                if (moved >= 0) {
                    moves = true;
                    i = moved;
                    close = indexOfPartner(i);
                    chosen = choose(i, close);
                }
            }
            setDelimiter(open, chosen);
            if (chosen == 0) {
                failed.add(open);
            }
        }
        return moves;
    }

    /**
     * Dropping a span changes what its neighbours touch: check every delimiter again as it will
     * be read, and drop what no longer opens and closes, until all hold. A replay of CommonMark's
     * pairing is the last word; if it still disagrees, no emphasis is written (the text stays),
     * and the strike-throughs, which it does not replay, are checked once more: with the
     * emphasis between them gone, two may touch.
     */
    private void verifyDelimiters() {
        if (!settleDelimiters()) {
            return;
        }
        steps += live.size();
        if (!Delimiters.pairAsIntended(live)) {
            for (Token t : live) {
                if (t.isSpan() && t.isEmphasis() && t.span != Token.DEL) {
                    t.dropped = true;
                }
            }
            settleDelimiters();
        }
    }

    /** Drops what no longer opens and closes until all holds; false if it gave up and dropped all. */
    private boolean settleDelimiters() {
        boolean changed = true;
        for (int round = 0; changed; round++) {
            if (round == MAX_VERIFY_ROUNDS) {
                dropAllEmphasis(); // a cascade of drops across the block: only a hostile page
                return false;
            }
            changed = false;
            for (int i = 0; i < live.size(); i++) {
                Token open = live.get(i);
                if (!isEmphasisOpen(open) || open.dropped || open.delimiter == 0) {
                    continue;
                }
                int close = indexOfPartner(i);
                boolean holds = open.span == Token.DEL
                        // GFM strikes runs of one or two tildes only: touching tildes are text
                        ? canOpen(i, '~') && canClose(close, '~') && !touchesDelimiter(i) && !touchesDelimiter(close)
                        : (canOpen(i, open.delimiter) || touchesDelimiter(i))
                                && (canClose(close, open.delimiter) || touchesDelimiter(close));
                if (!holds) {
                    open.dropped = true;
                    open.partner.dropped = true;
                    changed = true;
                }
            }
        }
        return true;
    }

    private void dropAllEmphasis() {
        for (Token t : live) {
            if (t.isSpan() && t.isEmphasis()) {
                t.dropped = true;
            }
        }
    }

    /** A delimiter next to another one of the same character: a merged run, judged by the replay. */
    private boolean touchesDelimiter(int i) {
        char c = live.get(i).delimiter;
        Token before = neighbour(i, -1);
        Token after = neighbour(i, +1);
        return before != null && before.isSpan() && before.isEmphasis() && before.delimiter == c
                || after != null && after.isSpan() && after.isEmphasis() && after.delimiter == c;
    }

    /**
     * Gives a span that fits no other way, and every span whose delimiters touch it, one shared
     * character, kept only if CommonMark then pairs them as they nest ({@code foo***bar***baz}).
     */
    private boolean delimitTogether(Token failed) {
        List<Token> group = new ArrayList<>();
        group.add(failed);
        for (int g = 0; g < group.size(); g++) {
            Token open = group.get(g);
            for (Token edge : new Token[] {open, open.partner}) {
                int i = edge.position;
                for (Token neighbour : new Token[] {neighbour(i, -1), neighbour(i, +1)}) {
                    if (neighbour != null && neighbour.isSpan() && neighbour.isEmphasis() && neighbour.span != Token.DEL) {
                        Token o = neighbour.type == Token.OPEN ? neighbour : neighbour.partner;
                        if (!group.contains(o)) {
                            group.add(o);
                        }
                    }
                }
            }
            if (group.size() > MAX_GROUP) {
                return false;
            }
        }
        return share(group);
    }

    /**
     * Gives a span that fits no other way a delimiter of its own, its neighbours' kept, if the
     * replay confirms how they pair: in {@code __**t****} the bold's closing run merges with its
     * parent's, though the chain of spans touching it was too long to share one character. A
     * second run meets such merged runs as they were written, and must find them again.
     */
    private boolean delimitAlone(Token failed) {
        return share(List.of(failed));
    }

    /**
     * Tries one character, {@code *} then {@code _}, for every span of the group, kept if the
     * replay of CommonMark's pairing agrees; otherwise the delimiters are as before, the first
     * span's none.
     */
    private boolean share(List<Token> group) {
        if (replayBudget < 2L * live.size()) {
            return false;
        }
        char[] before = new char[group.size()];
        for (int g = 0; g < group.size(); g++) {
            before[g] = group.get(g).delimiter;
        }
        for (char c : STAR_UNDERSCORE) {
            for (Token o : group) {
                setDelimiter(o, c);
            }
            replayBudget -= live.size();
            steps += live.size();
            if (Delimiters.pairAsIntended(live)) {
                return true;
            }
        }
        for (int g = 0; g < group.size(); g++) {
            setDelimiter(group.get(g), before[g]);
        }
        setDelimiter(group.get(0), (char) 0);
        return false;
    }

    /** The next live, non-empty token from i in direction step. */
    private Token neighbour(int i, int step) {
        for (int k = i + step; k >= 0 && k < live.size(); k += step) {
            steps++;
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return t;
            }
        }
        return null;
    }

    private static void setDelimiter(Token open, char c) {
        open.delimiter = c;
        open.partner.delimiter = c;
    }

    /** A forward search: emphasis nests at most three deep per kind, so this adds up to a few passes. */
    private int indexOfPartner(int open) {
        Token partner = live.get(open).partner;
        for (int k = open + 1; k < live.size(); k++) {
            steps++;
            if (live.get(k) == partner) {
                return k;
            }
        }
        throw new IllegalStateException("unpaired span");
    }

    private char choose(int open, int close) {
        Token t = live.get(open);
        char before = delimiterAt(open, -1);
        char after = delimiterAt(close, +1);
        char[] candidates = t.span == Token.DEL ? TILDE : STAR_UNDERSCORE;
        for (char c : candidates) {
            if (c != before && c != after && canOpen(open, c) && canClose(close, c)) {
                return c;
            }
        }
        return 0;
    }

    /** The delimiter of an emphasis token right next to position i, or 0. */
    private char delimiterAt(int i, int step) {
        for (int k = i + step; k >= 0 && k < live.size(); k += step) {
            Token t = live.get(k);
            if (t.dropped || t.type == Token.TEXT && t.text.isEmpty()) {
                continue;
            }
            return t.isSpan() && t.isEmphasis() ? t.delimiter : 0;
        }
        return 0;
    }

    private boolean canOpen(int i, char c) {
        return Delimiters.flanks(edgeBefore(i), edgeAfter(i), c, true);
    }

    private boolean canClose(int i, char c) {
        return Delimiters.flanks(edgeBefore(i), edgeAfter(i), c, false);
    }

    private int edgeBefore(int i) {
        return Delimiters.edgeBefore(live, i);
    }

    private int edgeAfter(int i) {
        return Delimiters.edgeAfter(live, i);
    }

    /**
     * Moves punctuation and white space at the inner edges of a span outside it, so the delimiters
     * touch a letter: {@code **「台灣」**主題} becomes {@code 「**台灣**」主題}. The edge text may sit
     * inside spans nested at the edge ({@code <b><i>「x」</i></b>}): it moves out of all of them.
     * Returns where the span's start now is, or -1 if nothing moved.
     */
    private int moveEdgesOut(int open, int close) {
        boolean moved = false;
        int k = open + 1;
        while (k < close && (isEmpty(live.get(k)) || isEmphasisOpen(live.get(k)))) {
            k++;
        }
        Token first = k < close ? live.get(k) : null;
        if (first != null && first.type == Token.TEXT) {
            String s = first.text;
            int cut = 0;
            while (cut < s.length() && CharClass.of(s.codePointAt(cut)) != CharClass.OTHER) {
                cut += Character.charCount(s.codePointAt(cut));
            }
            if (cut > 0 && cut < s.length()) {
                first.text = s.substring(cut);
                if (isRoom(open - 1)) {
                    live.get(open - 1).text = s.substring(0, cut);
                } else {
                    steps += live.size() - open; // the rest of the list moves
                    live.add(open, Token.text(s.substring(0, cut)));
                    open++;
                    close++;
                }
                moved = true;
            }
        }
        k = close - 1;
        while (k > open && (isEmpty(live.get(k)) || isEmphasisClose(live.get(k)))) {
            k--;
        }
        Token last = k > open ? live.get(k) : null;
        if (last != null && last.type == Token.TEXT) {
            String s = last.text;
            int cut = s.length();
            while (cut > 0 && CharClass.of(s.codePointBefore(cut)) != CharClass.OTHER) {
                cut -= Character.charCount(s.codePointBefore(cut));
            }
            if (cut > 0 && cut < s.length()) {
                last.text = s.substring(0, cut);
                if (isRoom(close + 1)) {
                    live.get(close + 1).text = s.substring(cut);
                } else {
                    steps += live.size() - close;
                    live.add(close + 1, Token.text(s.substring(cut)));
                }
                moved = true;
            }
        }
        return moved ? open : -1;
    }

    /**
     * {@link #moveEdgesOut} moves no formula, but a second run reads one as text ({@code $m$})
     * and would move its dollar, with the punctuation beside it, out of the span: a formula at
     * either inner edge, or behind a text of punctuation there, is {@linkplain Token#pinned pinned}.
     */
    private void pinEdgeMath(int open, int close) {
        int k = open + 1;
        while (k < close && (isEmpty(live.get(k)) || isEmphasisOpen(live.get(k)))) {
            k++;
        }
        pinFrom(k, 1, open, close);
        k = close - 1;
        while (k > open && (isEmpty(live.get(k)) || isEmphasisClose(live.get(k)))) {
            k--;
        }
        pinFrom(k, -1, open, close);
    }

    /** Pins the formula at {@code k}, or past a text of no letter at {@code k}, going {@code step}. */
    private void pinFrom(int k, int step, int open, int close) {
        if (k > open && k < close && live.get(k).type == Token.TEXT && !holdsOther(live.get(k).text)) {
            do {
                k += step;
            } while (k > open && k < close && isEmpty(live.get(k)));
        }
        if (k > open && k < close && live.get(k).type == Token.MATH) {
            live.get(k).pinned = true;
        }
    }

    private static boolean holdsOther(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (CharClass.of(s.codePointAt(i)) == CharClass.OTHER) {
                return true;
            }
        }
        return false;
    }

    /**
     * An empty text before each emphasis start and after each end, where {@link #moveEdgesOut}
     * puts what it moves: inserting into the list would shift the rest of the block each time.
     * Empty texts are read as nothing and dropped after the plan.
     */
    private void makeRoom() {
        List<Token> padded = new ArrayList<>(live.size() * 2);
        for (Token t : live) {
            boolean emphasis = t.isSpan() && t.isEmphasis() && !t.dropped;
            if (emphasis && t.type == Token.OPEN) {
                padded.add(Token.text(""));
            }
            padded.add(t);
            if (emphasis && t.type == Token.CLOSE) {
                padded.add(Token.text(""));
            }
        }
        live.clear();
        live.addAll(padded);
    }

    private boolean isRoom(int i) {
        if (i < 0 || i >= live.size()) {
            return false;
        }
        Token t = live.get(i);
        return t.type == Token.TEXT && t.text.isEmpty() && !t.dropped;
    }

    private static boolean isEmpty(Token t) {
        return t.dropped || t.type == Token.TEXT && t.text.isEmpty();
    }

    private static boolean isEmphasisOpen(Token t) {
        return t.type == Token.OPEN && t.isEmphasis();
    }

    private static boolean isEmphasisClose(Token t) {
        return t.type == Token.CLOSE && t.isEmphasis();
    }

    /**
     * {@code **[a](u)**x} cannot close; {@code [**a**](u)x} can and looks the same. Returns where
     * the span's start now is, or -1.
     */
    private int moveInsideLink(int open, int close) {
        int linkOpen = nextVisible(open);
        int linkClose = previousVisible(close);
        Token first = linkOpen < 0 ? null : live.get(linkOpen);
        if (first == null || first.type != Token.OPEN || first.span != Token.LINK || linkClose < 0
                || first.partner != live.get(linkClose)) {
            return -1;
        }
        // Only empty tokens lie between the span's ends and the link's: the moves are short.
        Collections.rotate(live.subList(linkClose, close + 1), 1);
        Collections.rotate(live.subList(open, linkOpen + 1), -1);
        return linkOpen;
    }

    private int nextVisible(int i) {
        for (int k = i + 1; k < live.size(); k++) {
            steps++;
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return k;
            }
        }
        return -1;
    }

    private int previousVisible(int i) {
        for (int k = i - 1; k >= 0; k--) {
            steps++;
            Token t = live.get(k);
            if (!t.dropped && !(t.type == Token.TEXT && t.text.isEmpty())) {
                return k;
            }
        }
        return -1;
    }

    /** Where each token is, once the first pass has stopped inserting and moving them. */
    /** Each token's position in {@code live}, kept on the token: a map of them cost a fifth of the time. */
    private void indexTokens() {
        for (int i = 0; i < live.size(); i++) {
            live.get(i).position = i;
        }
    }
}
