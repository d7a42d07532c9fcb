package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.page.SourceKind;
import dev.conv.testutil.Html2MdRun;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 19, section 3: jsoup's depth-limit bugs do not crash html2md. */
class ParserCrashTest {
    private static String html2md(String html, SourceKind kind) {
        return Html2MdRun.stdin(html.getBytes(StandardCharsets.UTF_8), kind, Html2MdOptions.defaults());
    }

    @Test
    void templateInMathNestedToTheLimitConverts() {
        // The repro: 260 pairs.
        assertThat(html2md("<template><math>".repeat(260), SourceKind.HTML)).isEmpty();
        assertThat(html2md("<p>before</p>" + "<template><math>".repeat(260), SourceKind.HTML)).isEqualTo("before\n");
    }

    @Test
    void aFormattingElementReopenedAboveDeepDivsConverts() {
        assertThat(html2md("<p><b><p><b></p>" + "<div>".repeat(520) + "y\n", SourceKind.HTML)).isEqualTo("**__y__**\n");
    }

    @Test
    void markdownEmbeddingSuchHtmlConverts() {
        assertThat(html2md("# Title\n\n<p><b><p><b></p>" + "<div>".repeat(520) + "y\n", SourceKind.MARKDOWN))
                .isEqualTo("# Title\n\n**__y__**\n");
    }

    @Test
    void frontMatterIsWrittenOnceWhenTheParseIsRetried() {
        assertThat(html2md("---\ntitle: t\n---\n<p>x</p>" + "<template><math>".repeat(260), SourceKind.HTML))
                .isEqualTo("---\ntitle: t\n---\n\nx\n");
    }

    @Test
    void aPageThatFailsAtTheDeeperLimitIsBadInput() {
        assertThatThrownBy(() -> html2md("<template><math>".repeat(1100), SourceKind.HTML))
                .hasMessage("-: HTML nested too deeply for the HTML parser (jsoup: "
                        + "org.jsoup.helper.ValidationException: Bug: no template insertion mode on stack!)");
    }
}
