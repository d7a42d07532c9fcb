package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-ish inputs under {@code test-fixtures/clean/rules/}: {@code NAME.in.html} gives
 * {@code NAME.actions.txt} (one {@code -v} line per action) and {@code NAME.out.html} (the source
 * after range edits). {@code -Dconv.updateGolden=true} rewrites the expected files.
 */
class RulesFixtureTest {
    private static final Path DIR = Path.of("test-fixtures/clean/rules");
    private static final boolean UPDATE = Boolean.getBoolean("conv.updateGolden");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".in.html"))
                    .map(n -> n.substring(0, n.length() - ".in.html".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decisionsAndResult(String name) throws IOException {
        String in = Files.readString(DIR.resolve(name + ".in.html"), StandardCharsets.UTF_8);
        Document doc = Cleaning.parse(in);
        String before = doc.outerHtml();
        List<CleanAction> actions = new CleanRules().decide(doc);
        assertThat(doc.outerHtml()).as("decide must not change the DOM").isEqualTo(before);

        String actionLines = actions.stream().map(CleanAction::toString).collect(Collectors.joining("\n", "", "\n"));
        String out = Cleaning.applyToSource(in, actions);
        check(DIR.resolve(name + ".actions.txt"), actions.isEmpty() ? "" : actionLines);
        check(DIR.resolve(name + ".out.html"), out);

        assertThat(new CleanRules().decide(Cleaning.parse(out))).as("idempotent on the edited source").isEmpty();
        assertThat(new CleanRules().decide(Cleaning.applyToCopy(doc, actions))).as("idempotent on the DOM").isEmpty();
    }

    private static void check(Path expected, String actual) throws IOException {
        if (UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
