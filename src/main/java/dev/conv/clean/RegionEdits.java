package dev.conv.clean;

import dev.conv.edit.Edit;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.LineStart;
import dev.conv.html.HtmlVocabulary;
import dev.conv.html.SourceChars;
import dev.conv.html.TagPolicy;
import dev.conv.step.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The edits for one HTML region: the rules' actions as source edits, with what a Markdown page
 * needs on top: a tag that opens a Markdown HTML block is kept (as a {@code <div>}) when removing
 * it would turn the lines after it into Markdown; a tag removed from the start of a paragraph
 * line leaves an escape where the rest would start a list or heading; an end tag whose element
 * was cut off by a blank line (so it sits in a region of its own) goes too.
 */
final class RegionEdits {
    private static final String KEPT_AS_DIV = "kept as div: opens a Markdown HTML block";

    private final CleanRules rules;
    private final String source;
    private final HtmlRegion region;
    private final boolean markdown;
    private final IntUnaryOperator lineOf;
    private final Edits edits;

    /**
     * @param source the page's text
     * @param markdown whether the page is Markdown (then the Markdown guards apply)
     * @param lineOf the 1-based line of a page offset, for reporting
     */
    RegionEdits(CleanRules rules, String source, HtmlRegion region, boolean markdown, IntUnaryOperator lineOf,
                Edits edits) {
        this.rules = rules;
        this.source = source;
        this.region = region;
        this.markdown = markdown;
        this.lineOf = lineOf;
        this.edits = edits;
    }

    void collect(Document doc) {
        List<CleanAction> actions = rules.decide(doc);
        if (markdown && region.kind() == HtmlRegion.Kind.BLOCK) {
            actions = guardBlockStart(actions);
        }
        for (CleanAction action : actions) {
            int at = region.start() + action.element().sourceRange().startPos();
            Change change = new Change(Clean.NAME, action.kind(), lineOf.applyAsInt(at),
                    action.type().name().toLowerCase(Locale.ROOT), action.detail(), action.reason());
            for (TextEdit e : CleanEdits.of(List.of(action))) {
                add(e, change);
            }
        }
        strayEndTags(doc);
        for (TextEdit e : EntityRepair.find(region.text())) {
            int at = region.start() + e.offset();
            Change change = new Change(Clean.NAME, CleanKind.BROKEN_ENTITY, lineOf.applyAsInt(at), "repair",
                    region.text().substring(e.offset(), e.end()), "double-escaped");
            edits.add(new Edit(at, region.start() + e.end(), e.replacement(), change));
        }
    }

    private void add(TextEdit e, Change change) {
        int start = region.start() + e.offset();
        int end = region.start() + e.end();
        String replacement = e.replacement();
        if (markdown && region.kind() == HtmlRegion.Kind.INLINE && replacement.isEmpty() && joinsBackticks(start, end)) {
            return; // the tag stays: gone, it would join two backtick runs into one, a new code span
        }
        if (markdown && region.kind() == HtmlRegion.Kind.INLINE && replacement.isEmpty() && atLineStart(e.offset())) {
            int escape = lineStartEscape(e.end());
            if (escape == 0) {
                replacement = "\\";
            } else if (escape > 0) {
                edits.add(new Edit(end + escape, end + escape, "\\", change));
            }
        }
        if (endsBlock(e.offset(), e.end())) {
            return; // the tag stays: gone, the Markdown HTML block would run on over the lines after it
        }
        edits.add(new Edit(start, end, replacement, change));
    }

    /**
     * Would removing {@code [from, to)} of the region take away what ends its Markdown HTML block?
     * A block opened by {@code <?}, {@code <!--}, {@code <![CDATA[}, {@code <!X} or {@code <script>}
     * ends on the first line holding {@code ?>}, {@code -->}, {@code ]]>}, {@code >} or the end
     * tag; a tag holding it ({@code <x-y?>}) stays.
     */
    private boolean endsBlock(int from, int to) {
        if (!markdown || region.kind() != HtmlRegion.Kind.BLOCK) {
            return false;
        }
        if (blockEnd == null) {
            blockEnd = BlockEnd.of(region.text());
        }
        return blockEnd.overlaps(from, to);
    }

    private BlockEnd blockEnd;

    /** Would deleting the page's text from {@code start} to {@code end} put a backtick against a backtick? */
    private boolean joinsBackticks(int start, int end) {
        return start > 0 && end < source.length() && source.charAt(start - 1) == '`' && source.charAt(end) == '`';
    }

    /**
     * A Markdown HTML block exists because its first line starts with a tag. Unwrapping that tag
     * keeps it as a {@code <div>}; removing an element there is left undone when the text after
     * it does not start with a tag (it would be read as Markdown, even as code).
     */
    private List<CleanAction> guardBlockStart(List<CleanAction> actions) {
        String text = region.text();
        int blockStart = 0;
        while (blockStart < text.length() && Character.isWhitespace(text.charAt(blockStart))) {
            blockStart++;
        }
        List<CleanAction> out = new ArrayList<>(actions.size());
        for (CleanAction a : actions) {
            Range range = a.element().sourceRange();
            if (range.startPos() != blockStart) {
                out.add(a);
                continue;
            }
            switch (a.type()) {
                case UNWRAP -> out.add(CleanAction.retag(a.element(), a.kind(), a.detail(), KEPT_AS_DIV, "<div>", "div",
                        a.copies()));
                case REMOVE -> {
                    List<TextEdit> removal = CleanEdits.of(List.of(a));
                    int after = removal.isEmpty() ? range.endPos() : removal.get(removal.size() - 1).end();
                    if (startsWithTag(text, after)) {
                        out.add(a);
                    }
                }
                default -> out.add(a);
            }
        }
        return out;
    }

    private static boolean startsWithTag(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i + 1 >= text.length() || text.charAt(i) != '<') {
            return i >= text.length(); // nothing follows: the block simply ends
        }
        char c = text.charAt(i + 1);
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Only blanks (a quote's prefix is blanked in the region) before {@code offset} on its line. */
    private boolean atLineStart(int offset) {
        String text = region.text();
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Where a backslash must go so the rest of the line after {@code offset} stays text, or -1. */
    private int lineStartEscape(int offset) {
        String text = region.text();
        int lineEnd = offset;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String pageText = regionSource(offset, lineEnd);
        int firstContent = 0;
        while (firstContent < region.text().length() && Character.isWhitespace(region.text().charAt(firstContent))) {
            firstContent++;
        }
        boolean firstLine = region.text().lastIndexOf('\n', offset - 1) < firstContent;
        return LineStart.escapeIndex(pageText, false, firstLine);
    }

    /** The page's text of part of the region (the region itself may be masked). */
    private String regionSource(int from, int to) {
        return source.substring(region.start() + from, region.start() + to);
    }

    /**
     * End tags the parser dropped because their element is not in this region (a blank line in
     * a Markdown page split it off): removed when their tag would have been unwrapped.
     */
    private void strayEndTags(Document doc) {
        String text = region.text();
        java.util.BitSet endTags = null;
        java.util.BitSet dropped = null;
        for (int at = text.indexOf("</"); at >= 0; at = text.indexOf("</", at + 2)) {
            int nameEnd = at + 2;
            while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd), nameEnd == at + 2)) {
                nameEnd++;
            }
            int close = nameEnd;
            while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
                close++;
            }
            if (nameEnd == at + 2 || close >= text.length() || text.charAt(close) != '>') {
                continue;
            }
            String name = text.substring(at + 2, nameEnd).toLowerCase(Locale.ROOT);
            CleanKind kind;
            if (HtmlVocabulary.isPresentational(name)) {
                kind = CleanKind.PRESENTATIONAL_TAG;
            } else if (!HtmlVocabulary.isKnown(name)) {
                kind = CleanKind.CUSTOM_TAG;
            } else {
                continue;
            }
            if (rules.policy().tagOverrides().get(name) == TagPolicy.KEEP
                    || kind == CleanKind.CUSTOM_TAG && rules.policy().policyFor(name) == TagPolicy.KEEP) {
                continue;
            }
            if (endTags == null) {
                endTags = endTagStarts(doc);
            }
            if (endTags.get(at)) {
                continue; // it closes its element: the rules dealt with it
            }
            if (dropped == null) {
                dropped = droppedEndTags(text, sourceTaken(doc));
            }
            if (!isDropped(dropped, at)) {
                continue; // text, or inside another tag ("</ms2</mn>" is one end tag)
            }
            if (markdown && region.kind() == HtmlRegion.Kind.INLINE
                    && joinsBackticks(region.start() + at, region.start() + close + 1)) {
                continue;
            }
            if (endsBlock(at, close + 1)) {
                continue;
            }
            String tag = text.substring(at, close + 1);
            Change change = new Change(Clean.NAME, kind, lineOf.applyAsInt(region.start() + at), "remove", tag,
                    "stray end tag");
            edits.add(Edit.delete(region.start() + at, region.start() + close + 1, change));
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return first ? letter : letter || c >= '0' && c <= '9' || c == ':' || c == '_' || c == '-';
    }

    private static java.util.BitSet endTagStarts(Document doc) {
        java.util.BitSet starts = new java.util.BitSet();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el) {
                Range end = el.endSourceRange();
                if (end.isTracked() && !end.isImplicit()) {
                    starts.set(end.startPos());
                }
            }
        }, doc);
        return starts;
    }

    /**
     * Source positions the parser accounted for: every node's text, tags, comments. A bit per
     * position, so that each end tag is one look-up (a list of ranges scanned per end tag was
     * quadratic on deeply nested custom tags). The ranges do not overlap: marking is linear.
     */
    private static java.util.BitSet sourceTaken(Document doc) {
        java.util.BitSet taken = new java.util.BitSet();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                mark(taken, node.sourceRange());
                if (node instanceof Element el) {
                    mark(taken, el.endSourceRange());
                }
            }
        }, doc);
        return taken;
    }

    private static void mark(java.util.BitSet taken, Range range) {
        if (range.isTracked() && !range.isImplicit() && range.endPos() > range.startPos()) {
            taken.set(range.startPos(), range.endPos());
        }
    }

    /**
     * Where the end tags start that the parser read and dropped: the source it did not account
     * for is such tokens, read here one after the other as its tokenizer does, so that a
     * {@code </x>} inside a dropped tag ({@code </ms2</mn>}, {@code <body title="</x>">}) is not
     * taken for one. Each gap is read once.
     */
    private static java.util.BitSet droppedEndTags(String text, java.util.BitSet taken) {
        java.util.BitSet starts = new java.util.BitSet();
        for (int gap = taken.nextClearBit(0); gap < text.length(); gap = taken.nextClearBit(gap)) {
            int next = taken.nextSetBit(gap);
            int end = next < 0 ? text.length() : next;
            int p = gap;
            while (p < end) {
                p = afterToken(text, p, end, starts);
            }
            gap = end;
        }
        return starts;
    }

    /** Where the token at {@code p} ends (a character of dropped text is one), noting end tags. */
    private static int afterToken(String text, int p, int end, java.util.BitSet endTagStarts) {
        if (text.charAt(p) != '<' || p + 1 >= end) {
            return p + 1;
        }
        char c = text.charAt(p + 1);
        if (isNameChar(c, true)) {
            return SourceChars.tagEnd(text, p + 1, end);
        }
        if (c == '/' && p + 2 < end && isNameChar(text.charAt(p + 2), true)) {
            endTagStarts.set(p);
            return SourceChars.tagEnd(text, p + 2, end);
        }
        if (SourceChars.startsWith(text, p, end, "<!--")) {
            int close = SourceChars.indexOf(text, "-->", p + 4, end);
            return close < 0 ? end : close + 3;
        }
        if (c == '!' || c == '?' || c == '/') { // a bogus comment, up to its ">"
            int close = SourceChars.indexOf(text, ">", p + 2, end);
            return close < 0 ? end : close + 1;
        }
        return p + 1;
    }

    private boolean isDropped(java.util.BitSet dropped, int pos) {
        rangeChecks++;
        return dropped.get(pos);
    }

    /** Look-ups made while looking for stray end tags (tests check there is one per end tag). */
    long rangeChecks() {
        return rangeChecks;
    }

    private long rangeChecks;
}
