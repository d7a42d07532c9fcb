package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.clean.EntityRepair;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.GfmMarkdown;
import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.VisibleText;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every HTML and Markdown file under {@code test-fixtures/} (html2md and clean inputs and
 * expectations, the CLI's sample site) through html2md as {@code conv html2md FILE} runs it: a
 * file that shows text never converts to empty Markdown, and no visible character is lost. A
 * page with a head once converted to nothing while every golden test passed.
 */
class EveryFixtureConvertsTest {
    static final Path FIXTURES = Fixtures.ROOT;

    static List<Path> files() {
        // The lenient fixture is invalid in its charset on purpose; LenientDecodingTest reads it.
        return Fixtures.everyFile().stream().filter(p -> !p.startsWith(FIXTURES.resolve("cli/lenient")))
                .filter(p -> SourceKind.fromFileName(p.getFileName().toString()).isPresent())
                .toList();
    }

    /**
     * What a reader of the input sees: decoded as conv decodes it, Markdown as GitHub shows it, with
     * double escapes repaired as html2md repairs them ({@code O&amp;#039;Brien} shows O'Brien).
     */
    static String visibleInput(Path file) {
        Page page = Html2MdRun.read(file);
        String html = page.kind() == SourceKind.MARKDOWN ? GfmMarkdown.toHtml(page.text()) : page.text();
        return VisibleText.ofHtml(EntityRepair.apply(html));
    }

    @Test
    void theFixturesShowText() {
        long withText = files().stream().filter(f -> !visibleInput(f).isBlank()).count();
        assertThat(withText).as("fixtures that show text").isGreaterThan(200);
    }

    @TestFactory
    Stream<DynamicTest> aFileThatShowsTextNeverConvertsToNothing() {
        return files().stream().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> {
            String shown = visibleInput(file);
            String md = Html2MdRun.file(file, Html2MdOptions.defaults());
            if (!shown.isBlank()) {
                assertThat(md).as("Markdown of %s, which shows \"%.60s\"", file, shown).isNotBlank();
            }
            String out = VisibleText.ofMarkdown(md);
            int lost = CorpusHtml2MdTest.firstLoss(shown, out);
            assertThat(lost).as("%s lost its visible text from \"%.60s\"", file, lost < 0 ? "" : shown.substring(lost))
                    .isEqualTo(-1);
        }));
    }
}
