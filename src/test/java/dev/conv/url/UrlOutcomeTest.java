package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlOutcomeTest {

    @Test
    void aChangeToTheSameTextIsNoChange() {
        assertThat(UrlOutcome.changed("a", "a", "why").changed()).isFalse();
    }

    @Test
    void stepsInARowReadAsOneFromTheFirstOriginal() {
        UrlOutcome first = UrlOutcome.changed("a", "b", "one");
        UrlOutcome both = first.then(UrlOutcome.changed("b", "c", "two"));
        assertThat(both).isEqualTo(new UrlOutcome("c", "a", UrlOutcome.Status.CHANGED, "one; two"));
        assertThat(first.then(UrlOutcome.unchanged("b"))).isEqualTo(first);
        assertThat(UrlOutcome.unchanged("a").then(UrlOutcome.changed("a", "b", "two")))
                .isEqualTo(new UrlOutcome("b", "a", UrlOutcome.Status.CHANGED, "two"));
    }

    @Test
    void aLaterStepThatCannotReadTheUrlKeepsTheEarlierChange() {
        UrlOutcome out = UrlOutcome.changed("a", "b", "one").then(UrlOutcome.leftAsIs("b", "bad port"));
        assertThat(out.url()).isEqualTo("b");
        assertThat(out.changed()).isTrue();
        assertThat(out.reason()).contains("one").contains("bad port");
        assertThat(UrlOutcome.unchanged("a").then(UrlOutcome.leftAsIs("a", "bad port")).leftAsIs()).isTrue();
    }
}
