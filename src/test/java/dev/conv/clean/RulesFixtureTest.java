package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Fixtures.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-ish inputs under {@code test-fixtures/clean/rules/} ({@link Fixtures#cleanRules()}):
 * {@code NAME.in.html} gives {@code NAME.changes.txt} (one {@code -v} line per action of the rules)
 * and {@code NAME.out.html} (the source after range edits). {@code -Dconv.updateGolden=true}
 * rewrites the expected files.
 */
class RulesFixtureTest {
    static List<Fixture> fixtures() {
        return Fixtures.cleanRules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decisionsAndResult(Fixture fixture) throws IOException {
        String in = Files.readString(fixture.input(), StandardCharsets.UTF_8);
        Document doc = Cleaning.parse(in);
        String before = doc.outerHtml();
        List<CleanAction> actions = new CleanRules().decide(doc);
        assertThat(doc.outerHtml()).as("decide must not change the DOM").isEqualTo(before);

        String actionLines = actions.stream().map(CleanAction::toString).collect(Collectors.joining("\n", "", "\n"));
        String out = Cleaning.applyToSource(in, actions);
        check(fixture.changes(), actions.isEmpty() ? "" : actionLines);
        check(fixture.expected(), out);

        assertThat(new CleanRules().decide(Cleaning.parse(out))).as("idempotent on the edited source").isEmpty();
        assertThat(new CleanRules().decide(Cleaning.applyToCopy(doc, actions))).as("idempotent on the DOM").isEmpty();
    }

    private static void check(Path expected, String actual) throws IOException {
        if (Fixtures.UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
