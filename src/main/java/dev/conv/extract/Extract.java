package dev.conv.extract;

import dev.conv.edit.VerbatimFrontMatter;
import dev.conv.html.ParserGuard;
import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.step.Change;
import dev.conv.step.ParsedHtmlStep;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code extract} step: keeps the main content of an HTML page ({@link MainContent}) and
 * writes its metadata as YAML front matter ({@link PageMetadata}), each when asked. The result is
 * HTML again, for html2md or any later step. A page with no clear article keeps its whole body,
 * as it came, and says so. Markdown input is left as it is (with a warning when extraction was
 * asked), but gains front matter.
 */
public final class Extract implements Step {
    public static final String NAME = "extract";

    private final boolean main;
    private final boolean frontMatter;

    /**
     * @param main keep the main content only
     * @param frontMatter write the page's metadata as front matter (existing keys win)
     */
    public Extract(boolean main, boolean frontMatter) {
        this.main = main;
        this.frontMatter = frontMatter;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StepResult apply(Page page) {
        if (page.kind() != SourceKind.MARKDOWN && !main && !frontMatter) {
            return StepResult.unchanged(page);
        }
        Extraction extraction = extract(page);
        return StepResult.of(page, page.withText(extraction.text()), extraction.changes());
    }

    /**
     * This step followed by {@code next} as one step, with the pipeline's output: a page cut to its
     * article reaches {@code next} as the cut DOM, not parsed a second time.
     */
    public Step then(ParsedHtmlStep next) {
        return new ExtractThen(this, next);
    }

    /** The page's front matter and its HTML, cut when asked; changes nothing when nothing is asked. */
    Extraction extract(Page page) {
        String text = page.text();
        // of an HTML page, only the front matter html2md keeps: the rest it converts as content,
        // as part of the page, which the cut must then see where plain html2md sees it
        int front = page.kind() == SourceKind.MARKDOWN ? FrontMatter.length(text) : VerbatimFrontMatter.length(text);
        String existing = text.substring(0, front);
        String rest = text.substring(front);
        List<Change> changes = new ArrayList<>();
        if (page.kind() == SourceKind.MARKDOWN) {
            if (main) {
                changes.add(new Change(NAME, ExtractKind.MARKDOWN_INPUT, 0, "skip", "--main",
                        "reads HTML pages only; converted whole"));
            }
            String fm = frontMatter ? YamlFrontMatter.merge(existing, PageMetadata.ofMarkdown(rest), changes) : existing;
            return Extraction.kept(fm, changes, rest);
        }
        if (!main && !frontMatter) {
            return Extraction.kept("", changes, text);
        }
        Document doc = ParserGuard.parse(rest, main);
        String fm = frontMatter ? YamlFrontMatter.merge(existing, PageMetadata.of(doc), changes) : existing;
        if (!main) {
            return Extraction.kept(fm, changes, rest);
        }
        Element body = doc.body();
        MainContent.Selection selection = MainContent.select(body);
        if (selection.whole()) {
            changes.add(new Change(NAME, ExtractKind.WHOLE_PAGE, 0, "keep", "whole page", selection.wholePage()));
            return Extraction.kept(fm, changes, rest);
        }
        Cut.apply(body, selection, selection.page(), changes);
        return Extraction.cut(fm, changes, doc);
    }
}
