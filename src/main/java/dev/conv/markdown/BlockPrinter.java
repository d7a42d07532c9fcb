package dev.conv.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out Markdown blocks: container prefixes ({@code > }, list markers and their continuation
 * indent), the blank lines between blocks, and tight lists where blocks inside an item follow
 * each other without a blank line when Markdown allows it. Output has no trailing spaces, at most
 * one blank line in a row, and ends with one newline.
 */
final class BlockPrinter {
    enum Block { NONE, PARAGRAPH, HEADING, SETEXT_HEADING, CODE, INDENTED_CODE, RULE, TABLE, LIST, QUOTE, ITEM }

    private static final int NO_SEPARATOR = 0;
    private static final int NEWLINE = 1;
    private static final int BLANK = 2;

    /** An open container: the document, a block quote, a list or a list item. */
    private static final class Frame {
        final Block kind;
        final String firstPrefix;
        final String prefix;
        final boolean tight;
        boolean started;
        Block last = Block.NONE;
        /** Marker character of a list that just ended here, so the next list can differ. */
        char lastListMarker;
        /**
         * For a tight list: where a line followed another without a blank line inside it, and
         * the blank line that would go there. If a blank line turns out to be needed anywhere in
         * the list, Markdown reads the whole list as loose, so all of these become blank lines
         * and a second conversion writes the same text.
         */
        List<Integer> gapAt;
        List<String> gapLine;
        /** A reader would count one of the gaps, made a blank line, for the items around it ({@link #tipCounts}). */
        boolean aGapCounts;
        boolean loosened;
        /**
         * For a list: a reader reads it loose as written so far, whatever its gaps become: a
         * blank line it counts was written in one of its items before a block of that item.
         */
        boolean readLoose;
        /** For a list: an item followed another; a blank line before an item loosens it for a reader. */
        boolean itemFollows;
        /** A list whose items hold paragraphs: it turns loose when one is written in an item. */
        boolean looseWithParagraphs;
        /**
         * A list that has written nothing yet: how it parts from the block before it is decided
         * by what it writes first (an item, or a block straight in it, which a reader takes for
         * the enclosing container's); an empty list parts from nothing.
         */
        boolean separationDeferred;
        /** For a deferred list: may its first item follow a paragraph line directly? */
        boolean canInterrupt;
        /**
         * For an item: a blank line was written inside it, between blocks at any depth. A reader
         * (commonmark-java) keeps that in mind, and when the item then gains a block of its own,
         * reads the item's list as loose.
         */
        boolean blankInside;

        Frame(Block kind, String firstPrefix, String prefix, boolean tight) {
            this.kind = kind;
            this.firstPrefix = firstPrefix;
            this.prefix = prefix;
            this.tight = tight;
        }

        /** For a list: what a reader's list starting here knows, no gap and no looseness yet. */
        void startReadersList() {
            gapAt = new ArrayList<>();
            gapLine = new ArrayList<>();
            aGapCounts = false;
            loosened = false;
            readLoose = false;
            itemFollows = false;
        }
    }

    private final StringBuilder out;
    /** Output already handed on: the document is not empty even if {@link #out} is. */
    private boolean drained;
    private final List<Frame> frames = new ArrayList<>();
    private int pending = NO_SEPARATOR;
    /** The tight list whose tightness allowed the pending NEWLINE. */
    private Frame pendingOwner;
    /**
     * Would a blank line written now count for the items around it? commonmark-java's item
     * notes a blank line only while the block it holds open is a paragraph or an item (an
     * empty one, or one whose fenced code has closed), not a heading, rule, table or indented
     * code: "- ## a", blank, "  b" is a tight list.
     */
    private boolean tipCounts;

    BlockPrinter(StringBuilder out) {
        this.out = out;
        Frame document = new Frame(Block.NONE, "", "", false);
        document.started = true;
        frames.add(document);
    }

    /** Writes a leaf block; {@code text} may hold several lines. */
    void leaf(Block kind, String text) {
        Frame f = current();
        if (kind == Block.PARAGRAPH && f.kind == Block.ITEM && frames.get(frames.size() - 2).looseWithParagraphs) {
            frames.get(frames.size() - 2).loosened = true;
        }
        separate(kind, false);
        writeLines(text);
        current().last = kind;
        // a fence closes its code: the block a reader holds open is then the container around it
        tipCounts = kind == Block.PARAGRAPH || kind == Block.CODE && frames.get(itemAround(frames.size())).kind == Block.ITEM;
    }

    /** Opens a block quote. */
    void openQuote() {
        separate(Block.QUOTE, false);
        push(new Frame(Block.QUOTE, "> ", "> ", false));
    }

    /**
     * Opens a list. Returns the marker character to use: the preferred one, or the alternative
     * when a list with the same marker just ended at this level (they would merge).
     * {@code looseWithParagraphs}: the list is loose if a paragraph is written straight in one of
     * its items (not when its paragraphs write nothing: a reader would see a tight list).
     * {@code canInterrupt}: the list may follow a paragraph line directly (not an ordered list
     * starting past 1); whether its first item's line is empty is seen when it is written.
     */
    char openList(char preferred, char alternative, boolean looseWithParagraphs, boolean canInterrupt) {
        Frame parent = current();
        char marker;
        if (parent.kind == Block.LIST && parent.last == Block.NONE
                && (parent.lastListMarker == preferred || parent.lastListMarker == alternative)) {
            marker = parent.lastListMarker; // first in a list that has no item yet: the reader's first list
        } else {
            // A list straight in a list after its items, marked alike, would merge into it after
            // a blank line and loosen it: it takes the other marker and is a list of its own.
            boolean follows = parent.last == Block.LIST || parent.kind == Block.LIST && parent.last == Block.ITEM;
            marker = follows && parent.lastListMarker == preferred ? alternative : preferred;
        }
        Frame list = new Frame(Block.LIST, "", "", true);
        list.separationDeferred = true;
        list.canInterrupt = canInterrupt;
        list.startReadersList();
        list.looseWithParagraphs = looseWithParagraphs;
        push(list);
        current().lastListMarker = marker;
        return marker;
    }

    /**
     * Has text (or a list) been written straight into the innermost list since its last item? In Markdown
     * that text ends the list, and the next item opens a list of its own.
     */
    boolean listBrokenByText() {
        Block last = current().last;
        return last != Block.ITEM && last != Block.NONE;
    }

    /**
     * The list the next item opens after {@link #listBrokenByText}: marked {@code preferred}, or
     * {@code alternative} when the innermost list ends with a list so marked. Returns the marker.
     */
    char restartList(char preferred, char alternative) {
        Frame list = current();
        char marker = list.last == Block.LIST && list.lastListMarker == preferred ? alternative : preferred;
        list.lastListMarker = marker;
        return marker;
    }

    /** Opens a list item with its marker ("- ", "3. "). */
    void openItem(String marker) {
        Frame list = current();
        if (list.separationDeferred) {
            separate(Block.ITEM, false);
        }
        if (list.last == Block.ITEM) {
            list.itemFollows = true;
            request(list.tight ? NEWLINE : BLANK, list.tight ? list : null);
        } else if (list.last != Block.NONE) {
            // Text written straight into the list: a marker right under it would continue it, or
            // underline it as a setext heading when the item is empty.
            loosenAroundInnermost();
            request(BLANK, null);
        }
        push(new Frame(Block.ITEM, marker, " ".repeat(marker.length()), list.tight));
    }

    /** Closes the innermost container; an empty quote or item still shows its marker. */
    void close() {
        Frame f = frames.remove(frames.size() - 1);
        if (f.kind == Block.LIST) {
            settleGaps(f);
        }
        if (!f.started && (f.kind == Block.ITEM || f.kind == Block.QUOTE)) {
            frames.add(f);
            writeLines("");
            frames.remove(frames.size() - 1);
            tipCounts = f.kind == Block.ITEM; // an empty item is the block a reader holds open
        }
        Frame parent = current();
        if (f.kind != Block.LIST) {
            parent.last = f.kind;
        } else if (f.last == Block.ITEM || f.last == Block.LIST) {
            parent.last = Block.LIST;
            parent.lastListMarker = f.lastListMarker;
        } else if (f.last != Block.NONE) {
            // A reader's list ends with its last item: text written straight in the list after
            // it (or in a list without items) is what the next block follows, not a list.
            parent.last = f.last;
        }
    }

    /** The block written last in the innermost container. */
    Block lastBlock() {
        return current().last;
    }

    /** True when the next line will be the first of the innermost (unstarted) list item. */
    boolean atItemStart() {
        Frame f = current();
        return f.kind == Block.ITEM && !f.started;
    }

    /**
     * The bullet characters the next line starts with: the markers of the unstarted items it
     * opens (through lists that hold no item yet), innermost first; empty when it opens none.
     */
    String bulletsOnLine() {
        StringBuilder bullets = new StringBuilder(2);
        for (int i = frames.size() - 1; i > 0; i--) {
            Frame f = frames.get(i);
            if (f.kind == Block.LIST) {
                continue; // a block straight in a list stands on its item's line
            }
            if (f.kind != Block.ITEM || f.started) {
                break;
            }
            char marker = frames.get(i - 1).lastListMarker;
            if (marker == '-' || marker == '*' || marker == '+') {
                bullets.append(marker);
            }
        }
        return bullets.toString();
    }

    /** Ends the document: exactly one trailing newline, or nothing for an empty one. */
    void finish() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        if (end > 0 || drained) {
            out.append('\n');
        }
    }

    /** The start of {@link #out} was handed on (it never ends in a newline). */
    void drained() {
        drained = true;
    }

    private Frame current() {
        return frames.get(frames.size() - 1);
    }

    private void push(Frame f) {
        frames.add(f);
    }

    private void separate(Block next, boolean canInterrupt) {
        separate(frames.size() - 1, next, canInterrupt);
    }

    /** Parts {@code next} from the last block of the container {@code frames[index]}. */
    private void separate(int index, Block next, boolean canInterrupt) {
        Frame f = frames.get(index);
        if (f.separationDeferred) {
            f.separationDeferred = false;
            boolean item = next == Block.ITEM;
            separate(index - 1, item ? Block.LIST : next, item ? f.canInterrupt : canInterrupt);
        }
        if (f.last == Block.NONE) {
            return;
        }
        // Blocks straight in a list are the enclosing item's to a reader: they part as its
        // blocks do, and an item that ended the list is the end of a list.
        int owner = f.kind == Block.LIST ? itemAround(index) : index;
        Block last = f.kind == Block.LIST && f.last == Block.ITEM ? Block.LIST : f.last;
        if (last == Block.LIST && f.kind == Block.LIST) {
            // The reader's list ends here, at the first block after its items; the items after
            // this block are a list of its own to the reader, loose or tight by what it holds.
            settleGaps(f);
            f.startReadersList();
        }
        Frame item = frames.get(owner);
        Frame list = item.kind == Block.ITEM && item.tight ? frames.get(owner - 1) : null;
        if (list != null && item.blankInside) {
            list.loosened = true;
            list.readLoose = true;
        }
        if (list != null && fitsTight(last, next, canInterrupt)) {
            request(NEWLINE, list);
        } else {
            if (list != null) {
                list.loosened = true;
                list.readLoose |= tipCounts;
            }
            request(BLANK, null);
        }
    }

    /** {@link #loosenAround} the innermost container. */
    private void loosenAroundInnermost() {
        loosenAround(frames.size() - 1);
    }

    /**
     * A blank line between blocks written straight into the list {@code frames[index]} (text
     * beside its items): Markdown has no such blocks in a list, it reads them as blocks of the
     * item around the list, so that item's tight list turns loose.
     */
    private void loosenAround(int index) {
        int i = itemAround(index);
        Frame item = frames.get(i);
        if (item.kind == Block.ITEM && item.tight) {
            frames.get(i - 1).loosened = true;
            frames.get(i - 1).readLoose |= tipCounts;
        }
    }

    /**
     * The container a reader puts the blocks written straight into the list {@code frames[index]}
     * in: the nearest one around it that is not a list.
     */
    private int itemAround(int index) {
        int i = index - 1;
        while (i > 0 && frames.get(i).kind == Block.LIST) {
            i--; // a list straight in a list: its blocks too belong to the container further out
        }
        return i;
    }

    /** True while a list is open: its text may still change, so it must not be drained. */
    boolean inList() {
        for (Frame f : frames) {
            if (f.kind == Block.LIST) {
                return true;
            }
        }
        return false;
    }

    /**
     * Will the next line's text be the first character of the document? A U+FEFF there is read
     * back as a byte-order mark and dropped.
     */
    boolean atDocumentStart() {
        return out.length() == 0 && !drained && prefixWidth() == 0;
    }

    /** Columns the container prefixes take before the next line's text. */
    int prefixWidth() {
        int w = 0;
        for (Frame f : frames) {
            w += f.started ? f.prefix.length() : f.firstPrefix.length();
        }
        return w;
    }

    /**
     * In a tight list item, blocks may follow without a blank line only where the second one
     * interrupts the first instead of continuing it (a paragraph line after a paragraph, quote or
     * list would be a lazy continuation; two lists or two quotes would merge).
     */
    private static boolean fitsTight(Block last, Block next, boolean canInterrupt) {
        boolean endsWithText = last == Block.PARAGRAPH || last == Block.QUOTE;
        boolean endsCleanly = last == Block.HEADING || last == Block.CODE;
        switch (next) {
            case PARAGRAPH:
                return endsCleanly;
            case LIST:
                return endsCleanly || endsWithText && canInterrupt;
            case QUOTE:
                return endsCleanly || last == Block.PARAGRAPH || last == Block.LIST;
            case CODE:
            case HEADING:
                return endsCleanly || endsWithText || last == Block.LIST;
            default:
                return false;
        }
    }

    private void request(int separator, Frame owner) {
        if (separator > pending) {
            pending = separator;
            pendingOwner = owner;
        } else if (separator == pending && separator == NEWLINE && pendingOwner == null) {
            pendingOwner = owner;
        }
    }

    private void writeLines(String text) {
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            writeLine(text, start, nl < 0 ? text.length() : nl);
            if (nl < 0) {
                return;
            }
            start = nl + 1;
        }
    }

    private void writeLine(String text, int from, int to) {
        if (isWhiteSpace(text, from, to) && inItem()) {
            to = from; // a reader drops the spaces of such a line in a list item, in code too
        }
        if (pending == NEWLINE && from == to && opensEmptyListAfterText()) {
            // An empty item cannot interrupt a paragraph: its marker would underline the text as
            // a heading or continue it. The tight list this line was to stay in turns loose.
            pending = BLANK;
            if (pendingOwner != null) {
                pendingOwner.loosened = true;
                pendingOwner.readLoose |= tipCounts;
            }
        }
        if (pending == BLANK && (out.length() > 0 || drained)) {
            out.append(blankLine()).append('\n');
            if (tipCounts) {
                markBlankInside();
            }
        } else if (pending == NEWLINE && pendingOwner != null) {
            pendingOwner.gapAt.add(out.length());
            pendingOwner.gapLine.add(blankLine());
            pendingOwner.aGapCounts |= tipCounts;
        }
        pending = NO_SEPARATOR;
        pendingOwner = null;
        int lineStart = out.length();
        int run = 0;
        char runMarker = 0;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.started) {
                out.append(f.prefix);
                continue;
            }
            f.started = true;
            if (f.firstPrefix.isEmpty()) {
                continue; // a list: its items carry the markers
            }
            char bullet = bullet(f);
            run = bullet != 0 && bullet == runMarker ? run + 1 : bullet != 0 ? 1 : 0;
            runMarker = bullet;
            if (run == 3 && from == to) {
                // "- - -" alone reads as a rule: this item's marker goes on a line of its own,
                // indented into the items before it.
                trimTrailing(lineStart);
                out.append('\n');
                lineStart = out.length();
                for (int j = 0; j < i; j++) {
                    out.append(frames.get(j).prefix);
                }
                run = 1;
            }
            out.append(f.firstPrefix);
        }
        if (from == to) {
            trimTrailing(lineStart);
        } else {
            out.append(text, from, to);
        }
        out.append('\n');
    }

    /**
     * Makes the list's gaps blank lines if it turned loose, and a reader counts one of them or
     * something else for its looseness: else they would leave it tight to the reader, and a second
     * run writes it tight, so they stay single line ends.
     */
    private void settleGaps(Frame list) {
        if (list.loosened && (list.readLoose || list.itemFollows || list.aGapCounts)) {
            if (!list.gapAt.isEmpty()) {
                insertGaps(list);
                shiftLaterGaps(list);
            }
            if (list.aGapCounts) {
                markBlankInside(); // its gaps are blank lines in the items around it
            }
        }
    }

    /**
     * Writes the list's gap lines where it recorded them (ascending), in one copy of the output
     * from the first on: inserting each in turn moved the rest of it every time, quadratic in a
     * long list's gaps, and a list a reader ends again and again settles its gaps each time.
     */
    private void insertGaps(Frame list) {
        int extra = 0;
        for (String line : list.gapLine) {
            extra += line.length() + 1;
        }
        int first = list.gapAt.get(0);
        StringBuilder tail = new StringBuilder(out.length() - first + extra);
        int from = first;
        for (int i = 0; i < list.gapAt.size(); i++) {
            int at = list.gapAt.get(i);
            tail.append(out, from, at).append(list.gapLine.get(i)).append('\n');
            from = at;
        }
        tail.append(out, from, out.length());
        out.setLength(first);
        out.append(tail);
    }

    /**
     * The blank lines of {@code inner} went in: an enclosing list's gaps kept after the first of them
     * (blocks written straight in the inner list, parted as its enclosing item's) move with them.
     * Only the gaps kept while the inner list was open are looked at.
     */
    private void shiftLaterGaps(Frame inner) {
        int first = inner.gapAt.get(0);
        for (Frame outer : frames) {
            if (outer == inner || outer.gapAt == null) {
                continue;
            }
            List<Integer> at = outer.gapAt;
            int k = at.size();
            while (k > 0 && at.get(k - 1) > first) {
                k--;
            }
            int g = 0;
            int shift = 0;
            for (int e = k; e < at.size(); e++) {
                while (g < inner.gapAt.size() && inner.gapAt.get(g) < at.get(e)) {
                    shift += inner.gapLine.get(g).length() + 1;
                    g++;
                }
                at.set(e, at.get(e) + shift);
            }
        }
    }

    /**
     * A blank line a reader counts ({@link #tipCounts}) was just written: the started items it is
     * blank for (those inside the last started quote; a quote's blank line keeps its {@code >})
     * have a blank line inside them.
     */
    private void markBlankInside() {
        for (int i = frames.size() - 1; i > 0; i--) {
            Frame f = frames.get(i);
            if (!f.started) {
                continue;
            }
            if (f.kind == Block.QUOTE) {
                return;
            }
            if (f.kind == Block.ITEM) {
                f.blankInside = true;
            }
        }
    }

    private static boolean isWhiteSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean inItem() {
        for (Frame f : frames) {
            if (f.kind == Block.ITEM) {
                return true;
            }
        }
        return false;
    }

    /** Does the next line open a list whose first item is empty, just under text? */
    private boolean opensEmptyListAfterText() {
        int k = 0;
        while (k < frames.size() && frames.get(k).started) {
            k++;
        }
        int item = k;
        while (item < frames.size() && frames.get(item).kind == Block.LIST) {
            item++; // a list straight in a list opens on the same line as the one it is in
        }
        if (k == 0 || item == k || item >= frames.size() || frames.get(item).kind != Block.ITEM) {
            return false;
        }
        Block last = frames.get(k - 1).last;
        return last == Block.PARAGRAPH || last == Block.QUOTE;
    }

    /** The bullet of an item marked "- " or "* ", else 0: three alone on a line are a rule. */
    private static char bullet(Frame f) {
        String m = f.firstPrefix;
        return f.kind == Block.ITEM && m.length() == 2 && "-*".indexOf(m.charAt(0)) >= 0 ? m.charAt(0) : 0;
    }

    /** A blank line between blocks: the prefixes of the containers around both, no trailing spaces. */
    private String blankLine() {
        StringBuilder line = new StringBuilder();
        for (Frame f : frames) {
            if (!f.started) {
                break;
            }
            line.append(f.prefix);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        return line.toString();
    }

    private void trimTrailing(int lineStart) {
        int end = out.length();
        while (end > lineStart && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
