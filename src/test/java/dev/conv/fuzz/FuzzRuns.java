package dev.conv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.clean.Clean;
import dev.conv.extract.Extract;
import dev.conv.markdown.Html2Md;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.page.TextSource;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The paths the fuzz targets drive, as the command runs them: bytes through {@link PageReader}
 * (binary refused, charset from BOM or meta, invalid bytes read as U+FFFD as
 * {@code --lenient-decoding} does, so that mutated bytes reach the converter), then the step.
 * A {@link BadInputException} is the one documented refusal of bad input: a target returns on it;
 * any other exception is a finding.
 */
final class FuzzRuns {
    private static final PageReader HTML = new PageReader(SourceKind.HTML, null, PageReader.DEFAULT_MAX_SIZE, true);
    private static final PageReader MARKDOWN =
            new PageReader(SourceKind.MARKDOWN, null, PageReader.DEFAULT_MAX_SIZE, true);
    private static final Html2Md HTML2MD = new Html2Md();
    private static final Clean CLEAN = new Clean();
    /**
     * {@code conv html2md --main}: the step Html2MdCommand builds for it, on default settings, which
     * hands the cut DOM to html2md (a pipeline would serialize it, and a page the parser nested in
     * ways it cannot re-make, a heading inside a heading, parses back to another tree).
     */
    private static final Step HTML2MD_MAIN = new Extract(true, false).then(new Html2Md());

    private FuzzRuns() {
    }

    /** {@code conv html2md --from html|markdown --lenient-decoding < bytes}: the streaming path for HTML. */
    static String html2md(byte[] bytes, SourceKind kind) throws BadInputException {
        TextSource source = reader(kind).open(new ByteArrayInputStream(bytes));
        StringBuilder out = new StringBuilder();
        try {
            HTML2MD.apply(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** {@code conv html2md --main --lenient-decoding < bytes}: the whole page read, its main content converted. */
    static String html2mdMain(byte[] bytes) throws BadInputException {
        return HTML2MD_MAIN.apply(page(bytes, SourceKind.HTML)).page().text();
    }

    /** The page a command reads from {@code bytes} with {@code --from kind --lenient-decoding}. */
    static Page page(byte[] bytes, SourceKind kind) throws BadInputException {
        return reader(kind).read(new ByteArrayInputStream(bytes));
    }

    /** {@code conv clean --from html|markdown --lenient-decoding < bytes}. */
    static StepResult clean(byte[] bytes, SourceKind kind) throws BadInputException {
        return CLEAN.apply(page(bytes, kind));
    }

    /** html2md's output read back as Markdown must give the same bytes: a second run changes nothing. */
    static void assertHtml2MdStable(String markdown) throws BadInputException {
        String again = html2md(markdown.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN);
        assertThat(again).as("html2md --from markdown of html2md's output").isEqualTo(markdown);
    }

    /** Cleaning clean's output changes nothing. */
    static void assertCleanStable(StepResult first, SourceKind kind) {
        String once = first.page().text();
        StepResult second = CLEAN.apply(Page.of(kind, once));
        assertThat(second.page().text()).as("clean of clean's output").isEqualTo(once);
        assertThat(second.changes()).as("changes reported by a second clean").isEmpty();
    }

    private static PageReader reader(SourceKind kind) {
        return kind == SourceKind.MARKDOWN ? MARKDOWN : HTML;
    }
}
