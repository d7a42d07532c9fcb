package dev.conv.clean;

import dev.conv.edit.Edit;
import dev.conv.edit.EditedText;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.edit.LineIndex;
import dev.conv.html.ParserGuard;
import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Document;

/**
 * The {@code clean} step: removes tracking pixels, custom tags and boilerplate from an HTML page,
 * or from the HTML inside a Markdown page, changing only the tags involved. Every byte outside
 * them stays as it was; running it again changes nothing. Thread-safe.
 */
public final class Clean implements Step {
    public static final String NAME = "clean";

    /**
     * Edits change how the rest parses (an end tag that a removed custom element kept from
     * closing a {@code <p>} now closes it, empty), so clean looks at its own output again until
     * nothing is left to do; a page still changing after this many passes is refused (each pass
     * is linear, so the whole stays linear).
     */
    static final int MAX_PASSES = 5;

    private final CleanPolicy policy;
    private final CleanRules defaultRules;
    private final boolean lines;
    private final boolean text;
    private final int maxPasses;

    /** Builds the rules once: every page of a run shares them. */
    public Clean(CleanPolicy policy) {
        this(policy, new CleanRules(policy), true, true, MAX_PASSES);
    }

    public Clean() {
        this(CleanPolicy.defaults());
    }

    private Clean(CleanPolicy policy, CleanRules rules, boolean lines, boolean text, int maxPasses) {
        this.policy = policy;
        this.defaultRules = rules;
        this.lines = lines;
        this.text = text;
        this.maxPasses = maxPasses;
    }

    /**
     * A faster clean for {@code --check} summaries: changes carry no line numbers (0) and the
     * result keeps the original text; {@link StepResult#changed()} is still exact.
     */
    public Clean checkOnly() {
        return new Clean(policy, defaultRules, false, false, maxPasses);
    }

    /** The same clean with another bound on its passes (tests reach the bound with it). */
    Clean maxPasses(int passes) {
        return new Clean(policy, defaultRules, lines, text, passes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StepResult apply(Page page) {
        String source = page.text();
        CleanRules rules = rulesFor(page);
        LineIndex index = lines ? new LineIndex(source) : null;
        List<EditedText> rounds = new ArrayList<>(); // each pass's result, to trace positions back
        IntUnaryOperator toSource = offset -> {
            int at = offset;
            for (int i = rounds.size() - 1; i >= 0; i--) {
                at = rounds.get(i).origin(at);
            }
            return at;
        };
        IntUnaryOperator lineOf = index == null ? offset -> 0 : offset -> index.lineOf(toSource.applyAsInt(offset));
        List<Found> found = new ArrayList<>();
        String current = source;
        for (int pass = 1; ; pass++) {
            Pass edits = pass(pass == 1 ? page : page.withText(current), rules, lineOf);
            if (edits.effective().isEmpty()) {
                break; // clean's own output: a second run would change nothing
            }
            if (pass > maxPasses) {
                throw new BadPageException("clean does not settle: its output still changes after "
                        + maxPasses + " passes; left as it is", null);
            }
            Map<Change, Boolean> made = new IdentityHashMap<>();
            for (Edit e : edits.effective()) {
                Change c = (Change) e.note();
                if (made.put(c, Boolean.TRUE) == null) {
                    found.add(new Found(toSource.applyAsInt(e.start()), found.size(), pass == 1 ? c : laterPass(c)));
                }
            }
            Edits kept = new Edits();
            kept.addAll(edits.effective());
            EditedText next = kept.applyMapped(current, edits.view());
            if (next.text().equals(current)) {
                break;
            }
            rounds.add(next);
            current = next.text();
        }
        if (found.isEmpty()) {
            return StepResult.unchanged(page);
        }
        // not Comparator.comparing...: a lambda made in an interface is never archived, so each run made it again
        found.sort((a, b) -> a.at() != b.at() ? Integer.compare(a.at(), b.at()) : Integer.compare(a.order(), b.order()));
        List<Change> changes = found.stream().map(Found::change).toList();
        boolean changed = !current.equals(source);
        return new StepResult(text ? page.withText(current) : page, changes, List.of(), changed);
    }

    /**
     * The edits of one look at the page, after the joins they would make are taken out, and the
     * page as the editor sees it (quote prefixes blanked in Markdown).
     */
    private Pass pass(Page page, CleanRules rules, IntUnaryOperator lineOf) {
        String source = page.text();
        boolean markdown = page.kind() == SourceKind.MARKDOWN;
        Edits edits = new Edits();
        List<HtmlRegion> regions = HtmlRegions.of(page);
        for (HtmlRegion region : regions) {
            Document doc = ParserGuard.parse(region.text(), true); // retried past jsoup's depth-limit bugs
            new RegionEdits(rules, source, region, markdown, lineOf, edits).collect(doc);
        }
        if (edits.isEmpty()) {
            return new Pass(List.of(), source);
        }
        List<Edit> effective = MarkupJoins.keepApart(source, edits.effective());
        return new Pass(effective, markdown ? new RegionView(source, regions) : source);
    }

    /**
     * A wrapper found empty on a later look was emptied by the edits before it (the page's parse
     * changed with them: an end tag now closes it); on the page as read it held something.
     */
    private static Change laterPass(Change c) {
        if (c.kind() == CleanKind.EMPTY_WRAPPER && c.reason().equals("no content")) {
            return new Change(c.step(), c.kind(), c.line(), c.action(), c.detail(), "emptied by the other rules");
        }
        return c;
    }

    private record Pass(List<Edit> effective, CharSequence view) {
    }

    /** A change with where it starts on the page as read, for page order across passes. */
    private record Found(int at, int order, Change change) {
    }

    /**
     * The page as its regions see it (a quote's {@code > } before an HTML line is blank there),
     * read where the editor looks rather than copied whole.
     */
    private static final class RegionView implements CharSequence {
        private final String text;
        private final List<HtmlRegion> regions;
        private final int[] starts;

        RegionView(String text, List<HtmlRegion> regions) {
            this.text = text;
            this.regions = regions;
            this.starts = new int[regions.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = regions.get(i).start();
            }
        }

        @Override
        public char charAt(int index) {
            int i = java.util.Arrays.binarySearch(starts, index);
            if (i < 0) {
                i = -i - 2;
            }
            if (i >= 0) {
                HtmlRegion r = regions.get(i);
                if (index < r.end()) {
                    return r.text().charAt(index - r.start());
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                sb.append(charAt(i));
            }
            return sb;
        }

        @Override
        public String toString() {
            return subSequence(0, length()).toString();
        }
    }

    /**
     * The self-counter rule needs the page's own path (as read) and public URL (when the run
     * placed it on its site); the rest of the rules is the run's.
     */
    private CleanRules rulesFor(Page page) {
        String path = page.path() == null ? null : page.path().toString().replace('\\', '/');
        String url = page.location() == null ? null : page.location().publicUrl();
        if (path == null && url == null) {
            return defaultRules;
        }
        return defaultRules.forPage(path, url);
    }
}
