package dev.conv.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.helper.ValidationException;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.junit.jupiter.api.Test;

/**
 * jsoup's own bugs at its 512-element depth limit, as of 1.24.1, which {@link ParserGuard} works
 * around. When a jsoup upgrade makes one of these tests fail, the bug is fixed upstream: the
 * retry can go.
 */
class JsoupDepthBugsTest {
    /** The smallest repetition that fails: 256 pairs reach the limit. */
    static final String TEMPLATE_MATH = "<template><math>".repeat(256);
    /** The smallest run of divs that fails after the misnested formatting elements. */
    static final String REOPENED_FORMATTING = "<p><b><p><b></p>" + "<div>".repeat(510) + "y";

    private static void stream(String html, int maxDepth) {
        try (StreamParser parser = new StreamParser(Parser.htmlParser().setMaxDepth(maxDepth))) {
            parser.parse(html, "");
            parser.stream().count();
        }
    }

    @Test
    void templateInMathAtTheDepthLimitFails() {
        assertThatThrownBy(() -> Jsoup.parse(TEMPLATE_MATH)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no template insertion mode on stack");
        assertThatThrownBy(() -> stream(TEMPLATE_MATH, 512)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aFormattingElementReopenedAtTheDepthLimitFails() {
        assertThatThrownBy(() -> Jsoup.parse(REOPENED_FORMATTING)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> stream(REOPENED_FORMATTING, 512)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void bothParseBelowTheDeeperLimitOfTheRetry() {
        stream(TEMPLATE_MATH, ParserGuard.RETRY_DEPTH);
        stream(REOPENED_FORMATTING, ParserGuard.RETRY_DEPTH);
        assertThat(ParserGuard.parse(REOPENED_FORMATTING, true).body().text()).isEqualTo("y");
    }

    @Test
    void theRetryFailsTooWhenThePatternReachesItsLimit() {
        String deeper = "<template><math>".repeat(ParserGuard.RETRY_DEPTH / 2 + 10);
        assertThatThrownBy(() -> ParserGuard.parse(deeper, false))
                .isInstanceOf(ParserGuard.UnparsableHtmlException.class)
                .hasMessageStartingWith("HTML nested too deeply for the HTML parser (jsoup: ");
    }
}
