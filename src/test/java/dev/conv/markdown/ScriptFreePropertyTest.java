package dev.conv.markdown;

import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.ScriptFreeOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 19's safety property ({@link ScriptFreeOutput}) on every fixture under
 * {@code test-fixtures/} and every corpus page (skipped with a message when ../shared/corpus is
 * absent), converted as {@code conv html2md FILE} converts them, with and without
 * {@code --keep-html}. The attack vectors have their own golden test, {@link SafetyFixturesTest}.
 */
class ScriptFreePropertyTest {
    private static final List<Html2MdOptions> MODES = List.of(Html2MdOptions.defaults(),
            Html2MdOptions.defaults().withKeepHtml(true));

    private static Stream<DynamicTest> check(List<Path> files, Path root) {
        return files.stream().flatMap(file -> MODES.stream().map(options -> {
            String name = root.relativize(file) + (options.keepHtml() ? " --keep-html" : "");
            return DynamicTest.dynamicTest(name,
                    () -> ScriptFreeOutput.assertScriptFree(Html2MdRun.file(file, options), name));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        return check(EveryFixtureConvertsTest.files(), EveryFixtureConvertsTest.FIXTURES);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusPage() throws IOException {
        return check(CorpusHtml2MdTest.pages(), CorpusHtml2MdTest.CORPUS);
    }
}
