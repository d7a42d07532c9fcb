package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.step.Change;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.ScriptFreeOutput;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The attack vectors of {@code test-fixtures/safety} ({@code NAME.in.html|md}, options in
 * {@code NAME.options}): the Markdown is {@code NAME.out.md}, the URLs refused are
 * {@code NAME.changes.txt}, no renderer can run script from it, and a second run changes nothing.
 * {@code -Dconv.updateGolden=true} rewrites the expected files.
 */
class SafetyFixturesTest {
    @Test
    void thereAreVectorsForBothInputKindsAndBothModes() {
        assertThat(Fixtures.safety().stream().map(f -> f.input().getFileName().toString())).contains(
                "script-vectors.in.html", "script-vectors-keep-html.in.html", "script-vectors-md.in.md",
                "script-vectors-md-keep-html.in.md");
    }

    @TestFactory
    Stream<DynamicTest> everyVector() {
        return Fixtures.safety().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            Html2MdOptions options = f.options();
            String md = Html2MdRun.file(f.input(), options);
            String changes = new Html2Md(options).apply(Html2MdRun.read(f.input())).changes().stream()
                    .map(Change::toString).collect(Collectors.joining("\n", "", "\n"));
            Path expected = f.expected();
            Path expectedChanges = f.expected().resolveSibling(f.name() + ".changes.txt");
            if (Fixtures.UPDATE) {
                Fixtures.write(expected, md);
                Fixtures.write(expectedChanges, changes);
            }
            ScriptFreeOutput.assertScriptFree(md, f.input().toString());
            assertThat(md).as(expected.toString()).isEqualTo(Fixtures.read(expected));
            assertThat(changes).as(expectedChanges.toString()).isEqualTo(Fixtures.read(expectedChanges));
            assertThat(Html2MdRun.markdown(md, options)).as("second run of %s", f.input()).isEqualTo(md);
        }));
    }
}
