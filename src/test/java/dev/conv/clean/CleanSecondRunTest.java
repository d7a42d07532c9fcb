package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

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
}
