package dev.conv.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Html2MdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pairs: each input in {@code test-fixtures/html2md/} converts to exactly its expected
 * Markdown. The expected files are the specification, reviewed by hand; with
 * {@code -Dconv.updateGolden=true} the test rewrites them instead, so a change in output is
 * reviewed as a git diff.
 */
class GoldenTest {
    static List<Html2MdFixture> fixtures() {
        return Fixtures.html2md();
    }

    @Test
    void theFolderHoldsFixtures() {
        assertThat(fixtures()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void convertsToTheExpectedMarkdown(Html2MdFixture fixture) {
        String actual = fixture.convert();
        if (Fixtures.UPDATE) {
            if (!actual.equals(fixture.expectedText())) {
                Fixtures.write(fixture.expected(), actual);
            }
            return;
        }
        assertThat(fixture.expectedText())
                .as("%s is missing: run with -Dconv.updateGolden=true, then review it", fixture.expected())
                .isNotNull();
        assertThat(actual).as(fixture.name()).isEqualTo(fixture.expectedText());
    }
}
