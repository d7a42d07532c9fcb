package dev.conv.clean;

import dev.conv.edit.Edit;
import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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
        boolean markdown = page.kind() == SourceKind.MARKDOWN;
        Edits edits = new Edits();
        LineIndex lines = new LineIndex(text);
        List<HtmlRegion> regions = HtmlRegions.of(page);
        for (HtmlRegion region : regions) {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(region.text(), "");
            new RegionEdits(rules, text, region, markdown, lines::lineOf, edits).collect(doc);
        }
        if (edits.isEmpty()) {
            return new CleanResult(page, List.of(), false);
        }
        List<Change> changes = new ArrayList<>();
        Map<Change, Boolean> made = new IdentityHashMap<>();
        for (Edit e : edits.effective()) {
            Change c = (Change) e.note();
            if (made.put(c, Boolean.TRUE) == null) {
                changes.add(c);
            }
        }
        String cleaned = edits.applyTo(text, markdown ? view(text, regions) : text);
        return new CleanResult(page.withText(cleaned), changes, !cleaned.equals(text));
    }

    /** The page as the regions see it: a quote's {@code > } before an HTML line is blank. */
    private static CharSequence view(String text, List<HtmlRegion> regions) {
        char[] chars = text.toCharArray();
        for (HtmlRegion r : regions) {
            r.text().getChars(0, r.text().length(), chars, r.start());
        }
        return java.nio.CharBuffer.wrap(chars);
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
