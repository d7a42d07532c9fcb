package dev.conv.clean;

import dev.conv.edit.Edit;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.edit.LineIndex;
import dev.conv.html.ParserGuard;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The {@code clean} step: removes tracking pixels, custom tags and boilerplate from an HTML page,
 * or from the HTML inside a Markdown page, changing only the tags involved. Every byte outside
 * them stays as it was; running it again changes nothing. Thread-safe.
 */
public final class Clean implements Step {
    public static final String NAME = "clean";

    private final CleanPolicy policy;
    private final CleanRules defaultRules;
    private final boolean lines;
    private final boolean text;

    /** Builds the rules once: every page of a run shares them. */
    public Clean(CleanPolicy policy) {
        this(policy, new CleanRules(policy), true, true);
    }

    public Clean() {
        this(CleanPolicy.defaults());
    }

    private Clean(CleanPolicy policy, CleanRules rules, boolean lines, boolean text) {
        this.policy = policy;
        this.defaultRules = rules;
        this.lines = lines;
        this.text = text;
    }

    /**
     * A faster clean for {@code --check} summaries: changes carry no line numbers (0) and the
     * result keeps the original text; {@link StepResult#changed()} is still exact.
     */
    public Clean checkOnly() {
        return new Clean(policy, defaultRules, false, false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StepResult apply(Page page) {
        String source = page.text();
        CleanRules rules = rulesFor(page);
        boolean markdown = page.kind() == SourceKind.MARKDOWN;
        Edits edits = new Edits();
        LineIndex index = lines ? new LineIndex(source) : null;
        java.util.function.IntUnaryOperator lineOf = index != null ? index::lineOf : offset -> 0;
        List<HtmlRegion> regions = HtmlRegions.of(page);
        for (HtmlRegion region : regions) {
            Document doc = ParserGuard.parse(region.text(), true); // retried past jsoup's depth-limit bugs
            new RegionEdits(rules, source, region, markdown, lineOf, edits).collect(doc);
        }
        if (edits.isEmpty()) {
            return StepResult.unchanged(page);
        }
        List<Change> changes = new ArrayList<>();
        Map<Change, Boolean> made = new IdentityHashMap<>();
        List<Edit> effective = MarkupJoins.keepApart(source, edits.effective());
        for (Edit e : effective) {
            Change c = (Change) e.note();
            if (made.put(c, Boolean.TRUE) == null) {
                changes.add(c);
            }
        }
        if (!text) {
            return new StepResult(page, changes, List.of(), !effective.isEmpty());
        }
        Edits kept = new Edits();
        kept.addAll(effective);
        String cleaned = kept.applyTo(source, markdown ? new RegionView(source, regions) : source);
        return new StepResult(page.withText(cleaned), changes, List.of(), !cleaned.equals(source));
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
