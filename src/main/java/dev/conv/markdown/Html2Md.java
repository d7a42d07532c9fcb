package dev.conv.markdown;

import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The {@code html2md} step: HTML, or Markdown with embedded HTML, in; GitHub-flavoured Markdown
 * out. YAML front matter is kept verbatim at the top. Thread-safe: every call has its own state.
 */
public final class Html2Md {
    private final Html2MdOptions options;

    public Html2Md(Html2MdOptions options) {
        this.options = options;
    }

    public Html2Md() {
        this(Html2MdOptions.defaults());
    }

    /** Converts a page; the result is a Markdown page with the same name and path. */
    public Page apply(Page page) {
        String text = page.text();
        int front = FrontMatter.length(text);
        String body = text.substring(front);
        String html = page.kind() == SourceKind.MARKDOWN ? MarkdownToHtml.render(body) : body;
        String markdown = convert(html);
        if (front > 0) {
            String frontMatter = text.substring(0, front).replace("\r\n", "\n");
            markdown = markdown.isEmpty() ? frontMatter : frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "\n" + markdown;
        }
        return page.withText(SourceKind.MARKDOWN, markdown);
    }

    /** Converts an HTML document or fragment to Markdown. */
    public String convert(String html) {
        Parser parser = Parser.htmlParser();
        Document doc = parser.parseInput(html, "");
        Element body = doc.body();
        return new MarkdownWriter(options).write(body != null ? body : doc);
    }
}
