package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A run of removed sibling blocks (ad slots, empty wrappers) asks {@link Flow} about each of
 * them, and each question looks through the removed neighbours: the work must stay linear in the
 * run, not grow with its square.
 */
class FlowWorkTest {
    private static long stepsFor(int count) {
        Element body = Jsoup.parse("<p>a</p>" + "<div class=ad>x</div>\n".repeat(count) + "<p>b</p>").body();
        List<Element> removed = body.select("div.ad");
        Flow flow = new Flow(el -> el.hasClass("ad"), el -> false);
        for (Element el : removed) {
            assertThat(flow.lineBreakKeeper(el)).isEmpty(); // blocks on both sides: nothing to keep
            assertThat(flow.blockNeeded(el)).isNull();
        }
        return flow.steps();
    }

    @Test
    void aRunOfRemovedSiblingsIsLookedThroughOnceNotOncePerSibling() {
        long small = stepsFor(500);
        long large = stepsFor(4000);
        // each removed div and each blank text between them is passed a bounded number of times
        assertThat(large).isLessThanOrEqualTo(4000 * 2 * 4L);
        assertThat((double) large / small).isLessThan(8 * 1.2);
    }
}
