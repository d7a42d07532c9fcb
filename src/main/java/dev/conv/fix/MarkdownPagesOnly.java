package dev.conv.fix;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Step;
import dev.conv.step.StepResult;

/**
 * html2md in a pipeline that rewrites files in place: a Markdown page becomes clean Markdown in its
 * own file; an HTML page is left as it is, since writing Markdown into {@code page.html} would
 * break it ({@code conv html2md --out-dir} converts those).
 */
final class MarkdownPagesOnly implements Step {
    private final Step html2md;

    MarkdownPagesOnly(Step html2md) {
        this.html2md = html2md;
    }

    @Override
    public String name() {
        return html2md.name();
    }

    @Override
    public StepResult apply(Page page) {
        return page.kind() == SourceKind.MARKDOWN ? html2md.apply(page) : StepResult.unchanged(page);
    }
}
