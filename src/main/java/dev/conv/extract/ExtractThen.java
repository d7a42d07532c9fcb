package dev.conv.extract;

import dev.conv.page.Page;
import dev.conv.step.Change;
import dev.conv.step.ParsedHtmlStep;
import dev.conv.step.StepResult;
import dev.conv.step.Step;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The extract step followed by a step that takes parsed HTML (html2md), as one step: a page cut
 * to its article is handed on as the DOM extraction parsed and cut, where the two steps in a
 * pipeline would serialize it and parse it again (a fifth of {@code --main}'s time). A serialized
 * DOM nearly always parses back to the same tree, so the output is the pipeline's (ExtractThenTest),
 * but not where the parser nested what it cannot re-make from tags (a heading inside a heading,
 * through misnested tags): there this step writes the DOM the page made, as plain html2md does,
 * and the pipeline another. A page kept whole, Markdown input, or front matter the next step does
 * not take goes on as text.
 */
final class ExtractThen implements Step {
    private final Extract extract;
    private final ParsedHtmlStep next;

    ExtractThen(Extract extract, ParsedHtmlStep next) {
        this.extract = extract;
        this.next = next;
    }

    @Override
    public String name() {
        return extract.name() + "+" + next.name();
    }

    @Override
    public StepResult apply(Page page) {
        Extraction extraction = extract.extract(page);
        Element body = extraction.cutBody();
        StepResult result = body != null && next.takesParsed(extraction.frontMatter())
                ? next.apply(page, extraction.frontMatter(), body)
                : next.apply(page.withText(extraction.text()));
        List<Change> changes = new ArrayList<>(extraction.changes());
        changes.addAll(result.changes());
        // as a pipeline says: changed when either step changed the text (html2md always does)
        boolean changed = result.changed() || !extraction.text().equals(page.text());
        return new StepResult(result.page(), changes, result.artifacts(), changed);
    }
}
