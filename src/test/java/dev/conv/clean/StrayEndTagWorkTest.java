package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.Edits;
import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested {@code <font>} or custom tags leave many end tags the parser did not match (its
 * depth is capped); each is checked against the source the parser accounted for. Comparing each
 * with every tag's range made 512 KB take 2 s (×4 per doubling): the check must cost a bounded
 * amount per end tag (counted, not timed).
 */
class StrayEndTagWorkTest {
    private static long checks(int depth) {
        String html = "<font>".repeat(depth) + "x" + "</font>".repeat(depth);
        Page page = Page.of(SourceKind.HTML, html);
        HtmlRegion region = HtmlRegions.of(page).get(0);
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(region.text(), "");
        RegionEdits edits = new RegionEdits(new CleanRules(), html, region, false, offset -> 0, new Edits());
        edits.collect(doc);
        return edits.rangeChecks();
    }

    @Test
    void strayEndTagsCostABoundedCheckEach() {
        int depth = 4000;
        assertThat(checks(depth)).isLessThanOrEqualTo(4L * depth);
    }
}
