package dev.conv.extract;

import dev.conv.step.Change;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the extract step made of a page: its front matter, what it did, and its HTML, either as
 * text (unchanged, or Markdown input) or as the parsed document cut to the article, which
 * html2md may walk as it is rather than parse its serialization again. A page kept whole stays
 * text: html2md converts it exactly as it does without extraction.
 */
final class Extraction {
    private final String frontMatter;
    private final List<Change> changes;
    /** The page's HTML (or Markdown) text after the front matter when unchanged, else null. */
    private final String unchanged;
    /** The parsed page cut to its article, or null. */
    private final Document doc;

    private Extraction(String frontMatter, List<Change> changes, String unchanged, Document doc) {
        this.frontMatter = frontMatter;
        this.changes = changes;
        this.unchanged = unchanged;
        this.doc = doc;
    }

    /** The page's text is kept after the front matter. */
    static Extraction kept(String frontMatter, List<Change> changes, String text) {
        return new Extraction(frontMatter, changes, text, null);
    }

    /** The page was cut: {@code doc} holds what is left. */
    static Extraction cut(String frontMatter, List<Change> changes, Document doc) {
        return new Extraction(frontMatter, changes, null, doc);
    }

    String frontMatter() {
        return frontMatter;
    }

    List<Change> changes() {
        return changes;
    }

    /** The cut body, to convert without parsing again; null when there is only text. */
    Element cutBody() {
        return doc == null ? null : doc.body();
    }

    /** The page's new text: front matter, then the HTML as it came or as the cut left it. */
    String text() {
        if (unchanged != null) {
            return frontMatter + unchanged;
        }
        doc.outputSettings().prettyPrint(false);
        return frontMatter + doc.outerHtml();
    }
}
