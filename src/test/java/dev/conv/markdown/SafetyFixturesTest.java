package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.step.Change;
import dev.conv.testutil.GoldenFixtures;
import dev.conv.testutil.Html2MdRun;
import dev.conv.testutil.ScriptFreeOutput;
import java.io.IOException;
import java.nio.file.Files;
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
    static final Path DIR = Path.of("test-fixtures", "safety");

    static Stream<Path> inputs() throws IOException {
        return Files.list(DIR).filter(p -> p.getFileName().toString().matches(".*\\.in\\.(html|md)")).sorted();
    }

    @Test
    void thereAreVectorsForBothInputKindsAndBothModes() throws IOException {
        assertThat(inputs().map(p -> p.getFileName().toString())).contains("script-vectors.in.html",
                "script-vectors-keep-html.in.html", "script-vectors-md.in.md", "script-vectors-md-keep-html.in.md");
    }

    @TestFactory
    Stream<DynamicTest> everyVector() throws IOException {
        return inputs().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String file = input.getFileName().toString();
            String name = file.substring(0, file.indexOf(".in."));
            Path optionsFile = DIR.resolve(name + ".options");
            Html2MdOptions options = Files.exists(optionsFile)
                    ? GoldenFixtures.options(GoldenFixtures.read(optionsFile)) : Html2MdOptions.defaults();
            String md = Html2MdRun.file(input, options);
            String changes = new Html2Md(options).apply(Html2MdRun.read(input)).changes().stream()
                    .map(Change::toString).collect(Collectors.joining("\n", "", "\n"));
            Path expected = DIR.resolve(name + ".out.md");
            Path expectedChanges = DIR.resolve(name + ".changes.txt");
            if (GoldenFixtures.UPDATE) {
                GoldenFixtures.write(expected, md);
                GoldenFixtures.write(expectedChanges, changes);
            }
            ScriptFreeOutput.assertScriptFree(md, input.toString());
            assertThat(md).as(expected.toString()).isEqualTo(GoldenFixtures.read(expected));
            assertThat(changes).as(expectedChanges.toString()).isEqualTo(GoldenFixtures.read(expectedChanges));
            assertThat(Html2MdRun.markdown(md, options)).as("second run of %s", input).isEqualTo(md);
        }));
    }
}
