package dev.conv.testutil;

import dev.conv.clean.CleanAction;
import dev.conv.clean.CleanPolicy;
import dev.conv.clean.CleanRules;
import dev.conv.clean.EntityRepair;
import dev.conv.clean.TextEdit;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.html.HtmlVocabulary;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * An outside view of what {@code conv clean} may change in a page, for whole-file properties: the
 * rules' decisions region by region ({@link CleanRules#decide} on each {@link HtmlRegions} region),
 * turned into the source characters they concern by this class's own reading of jsoup's source
 * ranges, not by the editor's. A REMOVE concerns its element from start tag to end tag, an
 * UNWRAP or RETAG its start and end tags, an entity repair the double escape. The editor may also
 * take the white space that a deletion leaves behind: the spaces before a deletion that ends its
 * line, and a whole line once nothing but such characters is left on it.
 *
 * <p>{@link #unexplainedChange} then checks that the output keeps every other character, in
 * order: the input's characters outside the allowed set must appear in the output verbatim, with
 * anything in place of the allowed runs (a glob match, so no diff heuristic can misattribute a
 * change).
 */
public final class CleanOracle {
    private CleanOracle() {
    }

    /** The rules' decisions for one region of a page, and the entity repairs in it. */
    public record RegionActions(HtmlRegion region, Document doc, List<CleanAction> actions, List<TextEdit> repairs) {
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9:_.-]*)(?:\\s[^<>]*)?(/?)>");
    private static final java.util.Set<String> VOID = java.util.Set.of("basefont", "spacer");

    /**
     * The blank lines of a page, a line of nothing but quote markers counted as blank: clean may
     * take lines away, never leave more blank ones than the page had.
     */
    public static long blankLines(String text) {
        return text.lines().filter(l -> l.matches("[ \\t]*(>[ \\t]*)*")).count();
    }

    /**
     * The end tags of custom and presentational elements (what clean unwraps) in a page's HTML that
     * close nothing, by tag name: tags are paired across the page's regions in order (a Markdown
     * blank line may split an element), by name, as written. HTML5 elements are left out: their
     * end tags are implied in ways a count cannot follow (a block start tag closes an open {@code <p>}).
     */
    public static java.util.Map<String, Integer> strayEndTags(Page page) {
        java.util.Map<String, Integer> open = new java.util.HashMap<>();
        java.util.Map<String, Integer> stray = new java.util.TreeMap<>();
        for (HtmlRegion r : HtmlRegions.of(page)) {
            java.util.regex.Matcher m = TAG.matcher(r.text());
            while (m.find()) {
                String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (VOID.contains(name) || !m.group(3).isEmpty()
                        || HtmlVocabulary.isKnown(name) && !HtmlVocabulary.isPresentational(name)) {
                    continue;
                }
                if (m.group(1).isEmpty()) {
                    open.merge(name, 1, Integer::sum);
                } else if (open.getOrDefault(name, 0) > 0) {
                    open.merge(name, -1, Integer::sum);
                } else {
                    stray.merge(name, 1, Integer::sum);
                }
            }
        }
        return stray;
    }

    /** The policy as {@code Clean} applies it to a page: with the page's own path for the self-counter rule. */
    public static CleanPolicy policyFor(Page page, CleanPolicy policy) {
        if (page.path() == null || policy.pagePath() != null) {
            return policy;
        }
        return policy.toBuilder().pagePath(page.path().toString().replace('\\', '/')).build();
    }

    /** Every region's decisions, in page order. */
    public static List<RegionActions> decide(Page page, CleanPolicy policy) {
        CleanRules rules = new CleanRules(policyFor(page, policy));
        List<RegionActions> out = new ArrayList<>();
        for (HtmlRegion region : HtmlRegions.of(page)) {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(region.text(), "");
            out.add(new RegionActions(region, doc, rules.decide(doc), EntityRepair.find(region.text())));
        }
        return out;
    }

    /**
     * The page characters that the decisions concern. An unwrapped or retagged element still open
     * where its region ends (a Markdown blank line split it) also concerns its end tag in a later
     * region, where the parser sees a stray end tag: the first such one of its name. A custom or
     * presentational end tag that closes nothing is acted on too (clean removes it).
     */
    public static BitSet acted(List<RegionActions> decisions) {
        BitSet acted = new BitSet();
        List<String> open = new ArrayList<>();
        for (RegionActions r : decisions) {
            int base = r.region().start();
            actOnStrayEndTags(acted, r, open);
            for (CleanAction a : r.actions()) {
                Element el = a.element();
                Range start = el.sourceRange();
                if (a.type() == CleanAction.Type.REMOVE) {
                    acted.set(base + start.startPos(), base + extentEnd(el));
                    continue;
                }
                acted.set(base + start.startPos(), base + start.endPos());
                setEndTag(acted, base, el);
                for (Element copy : a.copies()) {
                    setEndTag(acted, base, copy);
                }
                Range end = el.endSourceRange();
                if (r.region().kind() != HtmlRegion.Kind.DOCUMENT && (!end.isTracked() || end.isImplicit())) {
                    open.add(el.normalName());
                }
            }
            for (TextEdit e : r.repairs()) {
                acted.set(base + e.offset(), base + e.end());
            }
        }
        return acted;
    }

    /** Marks the end tags in {@code r} that close no element there and match an element left open before. */
    private static void actOnStrayEndTags(BitSet acted, RegionActions r, List<String> open) {
        BitSet ends = new BitSet();
        for (Element e : r.doc().getAllElements()) {
            Range end = e.endSourceRange();
            if (end.isTracked() && !end.isImplicit()) {
                ends.set(end.startPos());
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("</([a-zA-Z][^\\s/>]*)\\s*>").matcher(r.region().text());
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            // A custom or presentational end tag that closes nothing goes whatever opened it.
            boolean unwrappable = !dev.conv.html.HtmlVocabulary.isKnown(name) || dev.conv.html.HtmlVocabulary.isPresentational(name);
            if (!ends.get(m.start()) && (open.remove(name) || unwrappable)) {
                acted.set(r.region().start() + m.start(), r.region().start() + m.end());
            }
        }
    }

    private static void setEndTag(BitSet acted, int base, Element el) {
        Range end = el.endSourceRange();
        if (end.isTracked() && !end.isImplicit() && end.startPos() >= el.sourceRange().endPos()) {
            acted.set(base + end.startPos(), base + end.endPos());
        }
    }

    /** The end of an element's source: the end of its end tag, else of its last tracked descendant. */
    public static int extentEnd(Element el) {
        int max = el.sourceRange().endPos();
        for (Node n : el.nodeStream().toList()) {
            Range r = n.sourceRange();
            if (r.isTracked() && !r.isImplicit()) {
                max = Math.max(max, r.endPos());
            }
            if (n instanceof Element e) {
                Range end = e.endSourceRange();
                if (end.isTracked() && !end.isImplicit()) {
                    max = Math.max(max, end.endPos());
                }
            }
        }
        return max;
    }

    /**
     * The acted characters plus the white space the editor may take with them: on a line where
     * every non-blank character is acted on (a quote marker of the line counting as blank), the
     * whole line with its line break (for a last line without one, the line break before it); and the spaces and tabs before or after an acted
     * run that reaches the end of its line (with only blanks between).
     */
    public static BitSet allowed(String text, List<RegionActions> decisions) {
        return allowed(text, acted(decisions), containerMarkers(text, decisions));
    }

    /**
     * The container markers of Markdown (a quote's {@code >} at the start of a line, and whatever
     * else a block region blanks): a line of nothing else is as good as blank.
     */
    public static BitSet containerMarkers(String text, List<RegionActions> decisions) {
        BitSet markers = new BitSet();
        boolean markdown = false;
        for (RegionActions r : decisions) {
            if (r.region().kind() == HtmlRegion.Kind.DOCUMENT) {
                continue;
            }
            markdown = true;
            if (r.region().kind() != HtmlRegion.Kind.BLOCK) {
                continue;
            }
            String masked = r.region().text();
            for (int i = 0; i < masked.length(); i++) {
                char c = text.charAt(r.region().start() + i);
                if (masked.charAt(i) == ' ' && c != ' ' && c != '\t') {
                    markers.set(r.region().start() + i);
                }
            }
        }
        if (markdown) {
            java.util.regex.Matcher m = QUOTE_PREFIX.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (text.charAt(i) == '>') {
                        markers.set(i);
                    }
                }
            }
        }
        return markers;
    }

    private static final java.util.regex.Pattern QUOTE_PREFIX =
            java.util.regex.Pattern.compile("(?m)^[ \\t]{0,3}>(?:[ \\t]*>)*");

    public static BitSet allowed(String text, BitSet acted, BitSet markers) {
        BitSet allowed = (BitSet) acted.clone();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int next = lineEnd;
            if (next < text.length() && text.charAt(next) == '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            boolean anyActed = false;
            boolean allActed = true;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (acted.get(i)) {
                    anyActed = true;
                } else if (c != ' ' && c != '\t' && !markers.get(i)) {
                    allActed = false;
                }
            }
            if (anyActed && allActed) {
                allowed.set(lineStart, next);
                if (next == text.length() && next == lineEnd && lineStart > 0) {
                    int prev = lineStart - 1;
                    if (prev > 0 && text.charAt(prev) == '\n' && text.charAt(prev - 1) == '\r') {
                        prev--;
                    }
                    allowed.set(prev, lineStart);
                }
            } else if (anyActed) {
                int lastActed = acted.previousSetBit(lineEnd - 1);
                if (lastActed >= lineStart && isBlank(text, lastActed + 1, lineEnd)) {
                    allowed.set(lastActed + 1, lineEnd);
                    int i = lastActed;
                    while (i >= lineStart && acted.get(i)) {
                        i--;
                    }
                    while (i >= lineStart && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        allowed.set(i);
                        i--;
                    }
                }
            }
            if (next == lineEnd) {
                break;
            }
            lineStart = next;
        }
        return allowed;
    }

    /**
     * Every character on a line that an HTML region of the page touches, line breaks included
     * (and, when such a line is the last one and has no line break, the line break before it):
     * what a change confined to the HTML of a Markdown page may touch.
     */
    public static BitSet regionLines(String text, List<HtmlRegion> regions) {
        BitSet lines = new BitSet();
        for (HtmlRegion r : regions) {
            if (r.end() == r.start()) {
                continue;
            }
            int from = r.start();
            while (from > 0 && text.charAt(from - 1) != '\n') {
                from--;
            }
            int to = r.end();
            if (to > from && text.charAt(to - 1) == '\n') {
                lines.set(from, to);
                continue;
            }
            while (to < text.length() && text.charAt(to) != '\n') {
                to++;
            }
            if (to < text.length()) {
                to++;
            } else if (from > 0) {
                from--;
                if (from > 0 && text.charAt(from - 1) == '\r') {
                    from--;
                }
            }
            lines.set(from, to);
        }
        return lines;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Null when {@code out} keeps every character of {@code in} outside {@code allowed}, in order,
     * with anything at all in place of each allowed run; else where the first kept run went missing.
     */
    public static String unexplainedChange(String in, BitSet allowed, String out) {
        int i = 0;
        int o = 0;
        boolean anchoredAtStart = true;
        while (i < in.length()) {
            if (allowed.get(i)) {
                i = allowed.nextClearBit(i);
                anchoredAtStart = false;
                continue;
            }
            int j = allowed.nextSetBit(i);
            if (j < 0) {
                j = in.length();
            }
            String kept = in.substring(i, j);
            boolean last = j == in.length();
            int at;
            if (anchoredAtStart && last) {
                at = out.equals(kept) ? 0 : -1;
            } else if (anchoredAtStart) {
                at = out.startsWith(kept) ? 0 : -1;
            } else if (last) {
                at = out.endsWith(kept) && out.length() - kept.length() >= o ? out.length() - kept.length() : -1;
            } else {
                at = out.indexOf(kept, o);
            }
            if (at < 0) {
                return "input [" + i + ", " + j + ") is outside every acted-on tag, element and entity, but the"
                        + " output does not keep it" + (anchoredAtStart ? " at the start" : last ? " at the end" : "")
                        + " after output offset " + o + ": " + show(kept) + "\n  output from there: "
                        + show(out.substring(Math.min(o, out.length()), Math.min(out.length(), o + 300)));
            }
            o = at + kept.length();
            anchoredAtStart = false;
            i = j;
        }
        return null;
    }

    private static String show(String s) {
        String t = s.length() > 300 ? s.substring(0, 150) + "[...]" + s.substring(s.length() - 150) : s;
        return "\"" + t.replace("\r", "\\r").replace("\n", "\\n\n    ") + "\"";
    }

    /**
     * The text a reader loses with each REMOVEd element, in page order: its visible text, or for
     * an element in the inline tags of a Markdown paragraph (where the region holds masked text),
     * the visible text of its source rendered as Markdown. Elements under an element that never
     * shows (script, noscript, head, a hidden one) lose nothing visible.
     */
    public static List<String> removedVisibleTexts(Page page, List<RegionActions> decisions) {
        List<String> out = new ArrayList<>();
        for (RegionActions r : decisions) {
            for (CleanAction a : r.actions()) {
                if (a.type() != CleanAction.Type.REMOVE || !shows(a.element())) {
                    continue;
                }
                String text;
                if (r.region().kind() == HtmlRegion.Kind.INLINE) {
                    int from = r.region().start() + a.element().sourceRange().startPos();
                    int to = r.region().start() + extentEnd(a.element());
                    text = VisibleText.ofMarkdown(page.text().substring(from, to));
                } else {
                    text = VisibleText.of(a.element());
                }
                if (!comparable(text).isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static boolean shows(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (VisibleText.NOT_SHOWN.contains(p.normalName()) || VisibleText.isHidden(p)) {
                return false;
            }
        }
        return true;
    }

    /** The visible text of a page as a reader sees it: HTML as a browser, Markdown as GitHub shows it. */
    public static String visibleText(Page page) {
        return page.kind() == SourceKind.MARKDOWN ? VisibleText.ofMarkdown(page.text()) : VisibleText.ofHtml(page.text());
    }

    /**
     * Visible text compared without white space (a removed block leaves a line break or space
     * behind, which says nothing about lost text) and with character references decoded until none
     * is left (a repaired {@code &amp;amp;#039;} shows as {@code '} instead of {@code &amp;#039;}).
     */
    public static String comparable(String visible) {
        String decoded = visible;
        for (int i = 0; i < 8 && decoded.indexOf('&') >= 0; i++) {
            String next = Parser.unescapeEntities(decoded, false);
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        StringBuilder sb = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xA0 && c != 0x3000)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Null when the cleaned page shows what the input showed minus, in order, the text of the
     * removed elements (compared as {@link #comparable}); else the first difference.
     */
    public static String lostText(String inputVisible, List<String> removed, String outputVisible) {
        String in = comparable(inputVisible);
        String out = comparable(outputVisible);
        List<String> gone = removed.stream().map(CleanOracle::comparable).filter(s -> !s.isEmpty()).toList();
        int[] budget = {10_000};
        if (subtract(in, 0, gone, 0, out, 0, budget)) {
            return null;
        }
        int common = 0;
        while (common < in.length() && common < out.length() && in.charAt(common) == out.charAt(common)) {
            common++;
        }
        return "the cleaned page does not show the input's text minus the removed elements' text " + gone
                + "\n  first difference at " + common + "\n  input:  ..."
                + in.substring(Math.max(0, common - 40), Math.min(in.length(), common + 120))
                + "\n  output: ..." + out.substring(Math.max(0, common - 40), Math.min(out.length(), common + 120));
    }

    /** Does out[o..] equal in[i..] with gone[g..] cut out of it, in order? Bounded backtracking. */
    private static boolean subtract(String in, int i, List<String> gone, int g, String out, int o, int[] budget) {
        if (--budget[0] < 0) {
            return false;
        }
        int common = 0;
        while (i + common < in.length() && o + common < out.length()
                && in.charAt(i + common) == out.charAt(o + common)) {
            common++;
        }
        if (g == gone.size()) {
            return i + common == in.length() && o + common == out.length();
        }
        String next = gone.get(g);
        for (int k = i + common; k >= i; k--) {
            if (in.startsWith(next, k) && subtract(in, k + next.length(), gone, g + 1, out, o + (k - i), budget)) {
                return true;
            }
        }
        return false;
    }
}
