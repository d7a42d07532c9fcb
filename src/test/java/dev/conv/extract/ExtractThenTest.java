package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.markdown.Html2Md;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.step.Pipeline;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import dev.conv.testutil.ExtractBench;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.GfmMarkdown;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Extract#then} walks the cut DOM into Markdown where the pipeline extract, html2md
 * serializes it and parses it again: the two give the same Markdown, changes and verdict, with
 * {@code --main}, {@code --main --front-matter} and {@code --front-matter}, on every HTML
 * fixture, on every fourth corpus page rendered as a whole HTML page, and on every twentieth
 * page of the extract bench (real pages from many sites), the last two skipped with a message
 * when absent (a sample: each page is converted six times).
 */
class ExtractThenTest {
    private static final boolean[][] MODES = {{true, false}, {true, true}, {false, true}};

    @TestFactory
    Stream<DynamicTest> sameAsThePipelineOnTheFixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Fixtures.ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files.stream().map(path -> DynamicTest.dynamicTest(path.toString(),
                () -> assertSameAsPipeline(path.toString(), read(Files.readAllBytes(path)))));
    }

    @TestFactory
    Stream<DynamicTest> sameAsThePipelineOnTheCorpusAsHtml() throws IOException {
        return every(4, ExtractCorpusTest.pages()).stream().map(path -> DynamicTest.dynamicTest(path.toString(), () -> {
            String html = "<!DOCTYPE html><html><head><title>page</title></head><body>"
                    + GfmMarkdown.toHtml(GfmMarkdown.body(Fixtures.read(path))) + "</body></html>";
            assertSameAsPipeline(path.toString(), Page.of(SourceKind.HTML, html));
        }));
    }

    @TestFactory
    Stream<DynamicTest> sameAsThePipelineOnBenchPages() throws IOException {
        return every(20, ExtractBench.pages()).stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(),
                () -> assertSameAsPipeline(path.toString(), read(ExtractBench.read(path)))));
    }

    @Test
    void frontMatterHtml2mdConvertsAsContentGoesTheTextWay() {
        String article = "<p>The council met on Tuesday evening, and after a long debate, it agreed to keep the "
                + "library open on Sundays, at least until the end of the year.</p>";
        String page = "---\ntitle: <b>x</b>\n---\n<html><body><nav><a href='/'>Home</a></nav><div class=post>"
                + article.repeat(4) + "</div></body></html>";
        String md = assertSameAsPipeline("tag in front matter", Page.of(SourceKind.HTML, page));
        assertThat(md).contains("keep the library open").doesNotContain("Home");
    }

    @Test
    void markdownInputIsConvertedWhole() {
        String md = assertSameAsPipeline("markdown", Page.of(SourceKind.MARKDOWN, "---\na: 1\n---\n# T\n\ntext\n"));
        assertThat(md).contains("# T");
    }

    @Test
    void isNamedAsThePipeline() {
        assertThat(new Extract(true, false).then(new Html2Md()).name())
                .isEqualTo(Pipeline.of(new Extract(true, false), new Html2Md()).name());
    }

    private static List<Path> every(int n, List<Path> files) {
        List<Path> some = new ArrayList<>();
        for (int i = 0; i < files.size(); i += n) {
            some.add(files.get(i));
        }
        return some;
    }

    /** An HTML page as the command line reads it: its declared encoding, else UTF-8 leniently. */
    private static Page read(byte[] bytes) throws BadInputException {
        return new PageReader(SourceKind.HTML, null, PageReader.DEFAULT_MAX_SIZE, true).read(new ByteArrayInputStream(bytes));
    }

    /** The Markdown of {@code --main}, after checking every mode. */
    private static String assertSameAsPipeline(String name, Page page) {
        String md = null;
        for (boolean[] mode : MODES) {
            Step pipeline = Pipeline.of(new Extract(mode[0], mode[1]), new Html2Md());
            Step fused = new Extract(mode[0], mode[1]).then(new Html2Md());
            StepResult expected = pipeline.apply(page);
            StepResult actual = fused.apply(page);
            String as = name + " main=" + mode[0] + " front matter=" + mode[1];
            assertThat(actual.page().text()).as(as).isEqualTo(expected.page().text());
            assertThat(actual.changes()).as(as).isEqualTo(expected.changes());
            assertThat(actual.changed()).as(as).isEqualTo(expected.changed());
            assertThat(actual.page().kind()).as(as).isEqualTo(expected.page().kind());
            md = md == null ? actual.page().text() : md;
        }
        return md;
    }
}
