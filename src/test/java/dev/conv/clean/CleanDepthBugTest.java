package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.StepResult;
import org.junit.jupiter.api.Test;

/** Issue 19, section 3: jsoup's depth-limit bugs do not crash clean, on HTML or Markdown. */
class CleanDepthBugTest {
    private static final String TEMPLATE_MATH = "<template><math>".repeat(260);
    private static final String REOPENED_FORMATTING = "<p><b><p><b></p>" + "<div>".repeat(520) + "y\n";

    @Test
    void cleansHtmlThatTripsJsoup() {
        for (String html : new String[] {TEMPLATE_MATH, REOPENED_FORMATTING}) {
            StepResult result = new Clean().apply(Page.of(SourceKind.HTML, html));
            assertThat(result.page().text()).isEqualTo(html);
        }
        String withPixel = "<img src=\"https://t.example/p.gif\" width=1 height=1>" + TEMPLATE_MATH;
        assertThat(new Clean().apply(Page.of(SourceKind.HTML, withPixel)).page().text()).isEqualTo(TEMPLATE_MATH);
    }

    @Test
    void cleansMarkdownThatEmbedsIt() {
        String md = "# Title\n\n" + REOPENED_FORMATTING;
        assertThat(new Clean().apply(Page.of(SourceKind.MARKDOWN, md)).page().text()).isEqualTo(md);
    }
}
