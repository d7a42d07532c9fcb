package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.clean.Clean;
import dev.conv.markdown.Html2Md;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.step.Pipeline;
import dev.conv.step.StepResult;
import dev.conv.testutil.CleanFixture;
import dev.conv.testutil.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pipeline of steps gives the same bytes as the commands piped into each other: clean then
 * html2md in one {@link Pipeline} equals {@code conv clean | conv html2md}, for every clean fixture.
 */
class PipelineEquivalenceTest {
    static List<Path> inputs() {
        // The pipe is compared as UTF-8 text; pages in other charsets are clean's own tests.
        return Fixtures.clean().stream().map(CleanFixture::input).filter(PipelineEquivalenceTest::utf8).toList();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void cleanThenHtml2MdIsTheirPipe(Path input) throws Exception {
        String kind = SourceKind.fromFileName(input.getFileName().toString()).orElseThrow() == SourceKind.MARKDOWN
                ? "markdown" : "html";
        CliRun cleaned = CliRun.run(Files.readAllBytes(input), "clean", "--from", kind);
        assertThat(cleaned.exitCode()).as(cleaned.err()).isZero();
        CliRun piped = CliRun.run(cleaned.out(), "html2md", "--from", kind);
        assertThat(piped.exitCode()).as(piped.err()).isZero();

        Page page = new PageReader().read(input);
        StepResult result = Pipeline.of(new Clean(), new Html2Md()).apply(page);
        assertThat(result.page().text()).isEqualTo(piped.out());
        assertThat(result.page().kind()).isEqualTo(SourceKind.MARKDOWN);
    }

    private static boolean utf8(Path file) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
