package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.ParserGuard;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
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

    /**
     * The Markdown of the page parsed whole, as {@code --main} writes a page it cut: Html2Md's
     * entry for a parsed body. {@link Html2Md#convert(String)} streams too, so it is no check.
     */
    static String wholeDom(Html2Md html2md, String html) {
        Page page = Page.of(SourceKind.HTML, html);
        return html2md.apply(page, "", ParserGuard.parse(html, true).body()).page().text();
    }
}
