package dev.conv.extract;

import dev.conv.step.Kind;
import java.util.Locale;

/** What the extract step reports: the blocks it dropped, and the pages it kept whole. */
public enum ExtractKind implements Kind {
    /** A block of the page that is not the article (navigation, footer, comments...). */
    DROPPED_BLOCK("dropped block"),
    /** No clear article (an index page, a page of links): the whole body is kept. */
    WHOLE_PAGE("page kept whole", "pages kept whole"),
    /** Markdown input: extraction reads HTML pages only; the page is converted as it is. */
    MARKDOWN_INPUT("Markdown page not extracted", "Markdown pages not extracted") {
        @Override
        public boolean problem() {
            return true;
        }
    },
    /** Front matter written from the page's metadata. */
    FRONT_MATTER("front matter", "front matters");

    private final String singular;
    private final String plural;

    ExtractKind(String singular) {
        this(singular, singular + "s");
    }

    ExtractKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
