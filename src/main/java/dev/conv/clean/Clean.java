package dev.conv.clean;

import dev.conv.edit.Edit;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.page.Page;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The {@code clean} step: removes tracking pixels, custom tags and boilerplate from an HTML page,
 * or from the HTML inside a Markdown page, changing only the tags involved. Every byte outside
 * them stays as it was; running it again changes nothing. Thread-safe.
 */
public final class Clean {
    private final CleanPolicy policy;
    private final CleanRules defaultRules;

    public Clean(CleanPolicy policy) {
        this.policy = policy;
        this.defaultRules = new CleanRules(policy);
    }

    public Clean() {
        this(CleanPolicy.defaults());
    }

    public CleanResult apply(Page page) {
        String text = page.text();
        CleanRules rules = rulesFor(page);
        Edits edits = new Edits();
        Map<Change, Boolean> made = new IdentityHashMap<>();
        LineIndex lines = new LineIndex(text);
        for (HtmlRegion region : HtmlRegions.of(page)) {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(region.text(), "");
            List<CleanAction> actions = rules.decide(doc);
            for (CleanAction action : actions) {
                int at = region.start() + action.element().sourceRange().startPos();
                Change change = new Change(lines.lineOf(at), action.type().name().toLowerCase(Locale.ROOT),
                        action.kind(), action.detail(), action.reason());
                for (TextEdit e : CleanEdits.of(List.of(action))) {
                    edits.add(new Edit(region.start() + e.offset(), region.start() + e.end(), e.replacement(), change));
                }
            }
            for (TextEdit e : EntityRepair.find(region.text())) {
                int at = region.start() + e.offset();
                Change change = new Change(lines.lineOf(at), "repair", CleanKind.BROKEN_ENTITY,
                        region.text().substring(e.offset(), e.end()), "double-escaped");
                edits.add(new Edit(at, region.start() + e.end(), e.replacement(), change));
            }
        }
        if (edits.isEmpty()) {
            return new CleanResult(page, List.of(), false);
        }
        List<Change> changes = new ArrayList<>();
        for (Edit e : edits.effective()) {
            Change c = (Change) e.note();
            if (made.put(c, Boolean.TRUE) == null) {
                changes.add(c);
            }
        }
        String cleaned = edits.applyTo(text);
        return new CleanResult(page.withText(cleaned), changes, !cleaned.equals(text));
    }

    /** The self-counter rule needs the page's own path. */
    private CleanRules rulesFor(Page page) {
        if (page.path() == null || policy.pagePath() != null) {
            return defaultRules;
        }
        return new CleanRules(policy.toBuilder().pagePath(page.path().toString().replace('\\', '/')).build());
    }

    /** Line numbers of offsets, by binary search over line starts. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int[] found = new int[64];
            int n = 1;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = nl + 1;
            }
            starts = java.util.Arrays.copyOf(found, n);
        }

        int lineOf(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }
    }
}
