package dev.conv.markdown;

import dev.conv.html.TrackingPixels;
import dev.conv.html.ParserGuard;
import dev.conv.html.ParserGuard.UnparsableHtmlException;
import dev.conv.edit.VerbatimFrontMatter;
import dev.conv.page.Page;
import dev.conv.page.BadInputException;
import dev.conv.page.SourceKind;
import dev.conv.page.TextSource;
import dev.conv.step.Change;
import dev.conv.step.ParsedHtmlStep;
import dev.conv.step.StepResult;
import dev.conv.step.StreamingStep;
import java.io.IOException;
import java.util.List;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Element;

/**
 * The {@code html2md} step: HTML, or Markdown with embedded HTML, in; GitHub-flavoured Markdown
 * out. YAML front matter is kept verbatim at the top. Thread-safe: every call has its own state.
 */
public final class Html2Md implements StreamingStep, ParsedHtmlStep {
    public static final String NAME = "html2md";

    private final Html2MdOptions options;
    /** Built once: every page of a run is judged by the same list. */
    private final TrackingPixels pixels;

    public Html2Md(Html2MdOptions options) {
        this.options = options;
        this.pixels = new TrackingPixels(options.trackerHosts());
    }

    public Html2Md() {
        this(Html2MdOptions.defaults());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Converts a page; the result is a Markdown page with the same name and path. */
    @Override
    public StepResult apply(Page page) {
        StringBuilder out = new StringBuilder(page.text().length() / 2 + 16);
        List<Change> refused;
        try {
            refused = write(page, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        Page markdown = page.converted(SourceKind.MARKDOWN, out.toString());
        return new StepResult(markdown, refused, List.of(), true);
    }

    /**
     * Converts a page, writing the Markdown to {@code out} as it is produced. YAML front matter
     * comes first, verbatim, followed by a blank line when there is a body.
     */
    public void apply(Page page, Appendable out) throws IOException {
        write(page, out);
    }

    /** Front matter html2md writes verbatim: one it would convert as content is not taken. */
    @Override
    public boolean takesParsed(String frontMatter) {
        return VerbatimFrontMatter.length(frontMatter) == frontMatter.length();
    }

    /** The Markdown of the page's front matter and body, walking the DOM as it is. */
    @Override
    public StepResult apply(Page page, String frontMatter, Element body) {
        if (!takesParsed(frontMatter)) {
            throw new IllegalArgumentException("front matter converted as content: convert the text");
        }
        StringBuilder out = new StringBuilder(frontMatter.length() + 1024);
        MarkdownWriter writer = new MarkdownWriter(options, pixels);
        try {
            frontMatter(frontMatter, frontMatter.length(), out).append(writer.write(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new StepResult(page.converted(SourceKind.MARKDOWN, out.toString()), writer.refused(), List.of(), true);
    }

    /** Writes the page's Markdown and says which URLs were refused. */
    private List<Change> write(Page page, Appendable out) throws IOException {
        String text = page.text();
        int front = VerbatimFrontMatter.length(text);
        Appendable body = frontMatter(text, front, out);
        String rest = text.substring(front);
        String html = page.kind() == SourceKind.MARKDOWN ? MarkdownToHtml.render(rest) : rest;
        return walk(() -> new StringReader(html), body);
    }

    /** Opens the HTML to walk, from its start each time. */
    private interface HtmlReader {
        Reader open() throws IOException;
    }

    /**
     * Walks the HTML into {@code body}; if jsoup fails on it ({@link ParserGuard}) before any
     * output went out, walks it again with the deeper limit. Says which URLs were refused.
     *
     * @throws UnparsableHtmlException when jsoup fails either way
     */
    private List<Change> walk(HtmlReader html, Appendable body) throws IOException {
        for (int depth : new int[] {ParserGuard.DEFAULT_DEPTH, ParserGuard.RETRY_DEPTH}) {
            MarkdownWriter writer = new MarkdownWriter(options, pixels);
            StreamingWalk walk = new StreamingWalk(writer, body, depth);
            try (Reader reader = html.open()) {
                walk.run(reader);
                return writer.refused();
            } catch (StreamingWalk.ParserFailure e) {
                if (walk.drained() || depth == ParserGuard.RETRY_DEPTH) {
                    throw new UnparsableHtmlException(e.getCause());
                }
            }
        }
        throw new AssertionError("the last try returns or throws");
    }

    /**
     * Converts a source without loading it: HTML is parsed and written as a stream, so memory
     * grows with the page's largest block, not with the page. Markdown is loaded (it is parsed as
     * a whole).
     */
    @Override
    public void apply(TextSource source, Appendable out) throws IOException, BadInputException {
        try {
            if (source.kind() == SourceKind.MARKDOWN) {
                apply(source.load(), out);
            } else {
                stream(source, out);
            }
        } catch (UnparsableHtmlException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(source.name() + ": " + e.getMessage(), e); // a bug: say where
        }
    }

    private void stream(TextSource source, Appendable out) throws IOException {
        String start;
        try (Reader reader = source.openReader()) {
            char[] head = new char[VerbatimFrontMatter.LIMIT];
            int n = 0;
            for (int r; n < head.length && (r = reader.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
            start = new String(head, 0, n);
        }
        int front = VerbatimFrontMatter.length(start);
        Appendable body = frontMatter(start, front, out);
        walk(() -> skip(source.openReader(), front), body);
    }

    /**
     * Writes the front matter ({@code text}'s first {@code front} characters) verbatim, and gives
     * where the body goes: after a blank line, when there is front matter and a body.
     */
    private static Appendable frontMatter(String text, int front, Appendable out) throws IOException {
        if (front == 0) {
            return out;
        }
        String frontMatter = text.substring(0, front).replace("\r\n", "\n").replace('\r', '\n'); // a CR alone ends a line too
        out.append(frontMatter).append(frontMatter.endsWith("\n") ? "" : "\n");
        return new SeparatedAppendable(out, "\n");
    }

    /** The reader past its first {@code n} characters (the front matter). */
    private static Reader skip(Reader reader, int n) throws IOException {
        for (long left = n; left > 0; ) {
            long skipped = reader.skip(left);
            if (skipped <= 0) {
                break;
            }
            left -= skipped;
        }
        return reader;
    }


    /**
     * Converts HTML to Markdown while parsing, writing to {@code out} as it goes: memory grows
     * with the largest block of the page, not with the page.
     */
    public void convert(String html, Appendable out) throws IOException {
        walk(() -> new StringReader(html), out);
    }

    /**
     * Converts an HTML document or fragment to Markdown, through the same streaming walk as
     * files and stdin: one walk, so what a caller gets is what the command writes.
     */
    public String convert(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2 + 16);
        try {
            convert(html, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
