package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.StepResult;
import org.junit.jupiter.api.Test;

/** Cleaning clean's output changes nothing: inputs the fuzzer found where it did. */
class CleanSecondRunTest {
    private static String cleanTwice(SourceKind kind, String text) {
        StepResult once = new Clean().apply(Page.of(kind, text));
        StepResult twice = new Clean().apply(Page.of(kind, once.page().text()));
        assertThat(twice.page().text()).as("second clean of %s", text).isEqualTo(once.page().text());
        assertThat(twice.changes()).as("changes of a second clean").isEmpty();
        return once.page().text();
    }

    @Test
    void tagBetweenTwoBackticksStaysSoTheRunsDoNotJoin() {
        // Without the <font>, "``" would open a code span and hide the second <font> in it.
        String md = "`a\n`<font>` <font>`</font>` b\n";
        assertThat(cleanTwice(SourceKind.MARKDOWN, md)).isEqualTo(md);
    }

    @Test
    void paragraphHoldingOnlyAFormattingCopyThatEmptiesGoesInTheFirstRun() {
        // jsoup re-opens <b> inside the second <p> for <x-y>; without <x-y> it does not, and the
        // second run found that <p> empty.
        assertThat(cleanTwice(SourceKind.HTML, "<p><b><p><x-y><form></form><template>x</template>"))
                .isEqualTo("<p><b><form></form><template>x</template>");
    }

    @Test
    void tagAfterALiteralLessThanStaysSoNoNewTagForms() {
        // Without the <x-y>, "<" and "x-z>" would join into a tag the second run unwraps
        // (the fuzzer's case: "<" before <annotation> inside a custom <math\uFFFD>).
        String html = "<p><<x-y>x-z>t</x-y></p>";
        assertThat(cleanTwice(SourceKind.HTML, html)).isEqualTo("<p><<x-y>x-z>t</p>");
    }

    @Test
    void runOfRemovedTagsAfterALiteralLessThanKeepsItsFirstTag() {
        // Each empty tag alone joins nothing ("<" before "<", ">" before "a"); both gone, "<a-b>" would.
        String html = "<p>1 <<x-y></x-y><x-z></x-z>a-b> 2</p>";
        assertThat(cleanTwice(SourceKind.HTML, html)).isEqualTo("<p>1 <<x-y></x-y>a-b> 2</p>");
    }

    @Test
    void tagBetweenAmpersandAndANameStaysSoNoEntityForms() {
        // Gone, the tag would turn the text "&lt;" into the entity for "<".
        for (SourceKind kind : SourceKind.values()) {
            String text = cleanTwice(kind, "<p>a &<x-y></x-y>lt; b</p>\n");
            assertThat(text).as("%s", kind).doesNotContain("&lt;");
        }
    }

    @Test
    void tagAfterALiteralLessThanInMarkdownStaysToo() {
        String md = "a <<x-y>x-z>t</x-y> b\n";
        assertThat(cleanTwice(SourceKind.MARKDOWN, md)).isEqualTo("a <<x-y>x-z>t b\n");
    }

    @Test
    void tagAfterALessThanAndANameInMarkdownStaysSoNoNewTagForms() {
        // "<asma" is text ("<" follows the name); without the <x-y ...>, "<asma" and "hpx >" would
        // join into the tag "<asmahpx >", which the second run unwraps (the fuzzer's case).
        String md = "a <asma<x-y href=\"u\">hpx > b\n";
        assertThat(cleanTwice(SourceKind.MARKDOWN, md)).isEqualTo(md);
    }

    @Test
    void endTagInsideABogusEndTagIsNoStrayEndTag() {
        // "</ms2</mn>" is one end tag the parser drops (name "ms2<", then an attribute): the
        // "</mn>" in it is not a tag. Cut out, it left "</ms2</msup>" for the second run.
        String html = "<p><math><msup><mn>2</mn></ms2</mn></msup></math></p>";
        assertThat(cleanTwice(SourceKind.HTML, html)).contains("</ms2</mn></msup>");
    }

    @Test
    void endTagInAnAttributeOfADroppedStartTagIsNoStrayEndTag() {
        // the parser merges a second <body>'s attributes and drops the tag: its text is no tag either
        String html = "<p>a<body title=\"</x-y>\">b</p>";
        assertThat(cleanTwice(SourceKind.HTML, html)).isEqualTo(html);
    }

    @Test
    void tagHoldingTheEndOfAMarkdownHtmlBlockStays() {
        // "<?" opens an HTML block that ends on the first line with "?>": without <x-y?> the block
        // would run on and take in "<x_y>" (text in Markdown: "_" is no tag-name character).
        String md = "<?php x>\n<x-y?>\n<x_y>t\n";
        assertThat(cleanTwice(SourceKind.MARKDOWN, md)).isEqualTo(md);
    }

    @Test
    void paragraphTheParserClosesOnlyOnceACustomTagIsGoneGoesInTheFirstRun() {
        // </form> closes no <p> while a custom element is the current node: <p> and <x-y> stay
        // open to the end, never judged empty. Without <x-y>, </form> closes the <p>, empty.
        assertThat(cleanTwice(SourceKind.HTML, "<form><p><x-y></form>")).isEqualTo("<form></form>");
    }

    @Test
    void changesTheSecondLookFindsAreReportedOnTheLinesOfTheInput() {
        String html = "<form>\n<img src=p.gif width=1 height=1>\n<p>\n<x-y>\n</form>\n";
        StepResult result = new Clean().apply(Page.of(SourceKind.HTML, html));
        assertThat(result.page().text()).isEqualTo("<form>\n</form>\n");
        assertThat(result.changes()).extracting(Object::toString).containsExactly(
                "2: remove tracking-pixel p.gif (width 1, height 1)",
                "3: remove empty-wrapper p (emptied by the other rules)",
                "4: unwrap custom-tag x-y (not HTML5)");
        assertThat(new Clean().checkOnly().apply(Page.of(SourceKind.HTML, html)).changes())
                .as("--check counts what --write does").hasSize(3);
    }

    @Test
    void wrapperLeftHoldingOnlyARepairedSpaceGoesInTheFirstRun() {
        // "&amp;#32;" is text; repaired to "&#32;" it is a space, and the <span> is empty
        assertThat(cleanTwice(SourceKind.HTML, "<p>a</p><span>&amp;#32;</span><p>b</p>")).isEqualTo("<p>a</p><p>b</p>");
    }

    @Test
    void aPageThatDoesNotSettleWithinTheBoundIsRefused() {
        // the minimal case needs a second pass: with one allowed, clean refuses the page
        Page page = Page.of(SourceKind.HTML, "<form><p><x-y></form>");
        assertThatThrownBy(() -> new Clean().maxPasses(1).apply(page))
                .isInstanceOf(BadPageException.class).hasMessageContaining("does not settle");
        assertThat(new Clean().maxPasses(2).apply(page).page().text()).isEqualTo("<form></form>");
    }
}
