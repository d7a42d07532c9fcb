package dev.conv.step;

import dev.conv.page.Page;
import org.jsoup.nodes.Element;

/**
 * A step that reads HTML and can be handed it parsed: a step before it that parsed the page (and
 * changed the DOM) passes the DOM on, rather than serializing it for this step to parse again.
 */
public interface ParsedHtmlStep extends Step {
    /**
     * Whether {@link #apply(Page, String, Element)} with this front matter gives what
     * {@link #apply(Page)} gives on the text: the front matter, then the body's document as HTML.
     */
    boolean takesParsed(String frontMatter);

    /**
     * Applies the step to a page of front matter ({@link #takesParsed taken}) and HTML parsed into
     * {@code body}'s document, which it may change.
     *
     * @param page the page, for its name, path and kind; its text is not read
     */
    StepResult apply(Page page, String frontMatter, Element body);
}
