package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.ParserGuard;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.testutil.Html2MdRun;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Converts as the CLI does, while parsing, and checks that the whole-DOM walk agrees. */
final class Streamed {
    private Streamed() {
    }

    static String convert(String html) {
        return convert(new Html2Md(), html);
    }

    static String convert(Html2Md html2md, String html) {
        StringBuilder out = new StringBuilder();
        try {
            html2md.convert(html, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(wholeDom(html2md, html)).as("the DOM walk of %s", html).isEqualTo(out.toString());
        return out.toString();
    }

    /** {@code conv html2md < html}, checking that the whole-DOM walk of the page agrees. */
    static String cli(String html) {
        String md = Html2MdRun.html(html);
        assertThat(wholeDom(new Html2Md(), html)).as("the DOM walk of %s", html).isEqualTo(md);
        return md;
    }

    /** {@code conv html2md --from markdown < markdown}, checking the whole-DOM walk of its HTML. */
    static String cliMarkdown(String markdown) {
        String md = Html2MdRun.markdown(markdown, Html2MdOptions.defaults());
        assertThat(wholeDom(new Html2Md(), MarkdownToHtml.render(markdown))).as("the DOM walk of %s", markdown).isEqualTo(md);
        return md;
    }

    /**
     * The Markdown of the page parsed whole, as {@code --main} writes a page it cut: Html2Md's
     * entry for a parsed body. {@link Html2Md#convert(String)} streams too, so it is no check.
     */
    static String wholeDom(Html2Md html2md, String html) {
        Page page = Page.of(SourceKind.HTML, html);
        return html2md.apply(page, "", ParserGuard.parse(html, true).body()).page().text();
    }
}
