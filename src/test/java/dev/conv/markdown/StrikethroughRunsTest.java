package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.Html2MdRun;
import org.junit.jupiter.api.Test;

/**
 * GFM strikes only a run of one or two tildes: two strike-throughs whose delimiters touch make a
 * run of four, which is text. Found by the html2md fuzz target: {@code <del>} three deep wrote
 * {@code ~~ab~~c~~~~}, and a second run escaped the tildes.
 */
class StrikethroughRunsTest {
    @Test
    void strikeThroughsWhoseDelimitersWouldTouchAreNotWrittenAsFourTildes() {
        String md = Html2MdRun.html("<p><del>a<del>b<del>c</p>");
        assertThat(md).doesNotContain("~~~");
        assertThat(md.replace("~", "")).isEqualTo("abc\n");
        assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults())).isEqualTo(md);
    }

    @Test
    void adjacentStrikeThroughsStayStable() {
        for (String html : new String[] {"<p><del>a</del><del>b</del>", "<p><del>a<s>b</s><del>c</p>",
            "<p>x<del><del>a</del>b</del>y", "<p><del>a<em><del>b</del></em></del>"}) {
            String md = Html2MdRun.html(html);
            assertThat(md).as(html).doesNotContain("~~~");
            assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults())).as(html).isEqualTo(md);
        }
    }

    @Test
    void strikeThroughInsideStrikeThroughIsOne() {
        // found by the html2md fuzz target: ~~d~~)~~ paired the wrong tildes on a second run
        String md = Html2MdRun.html("<p><del>a<sup><del>b</del></sup>)c</del>");
        assertThat(md).isEqualTo("~~aᵇ)c~~\n"); // was ~~a~~ᵇ~~)c~~, read back with text tildes
        assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults())).isEqualTo(md);
    }

    @Test
    void strikeThroughsThatTouchOnceEmphasisIsDroppedAreCheckedAgain() {
        // found by the html2md fuzz target: the emphasis between the two strike-throughs could not
        // be written and went, after the tildes had been checked; they then touched as ~~~~.
        String md = Html2MdRun.html("<p><em>a<em>a<s>e</s></em><s>b</s></em></p>");
        assertThat(md).doesNotContain("~~~");
        assertThat(md.replace("~", "")).isEqualTo("aaeb\n");
        assertThat(Html2MdRun.markdown(md, Html2MdOptions.defaults())).isEqualTo(md);
    }
}
