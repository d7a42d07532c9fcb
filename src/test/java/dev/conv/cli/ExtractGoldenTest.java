package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.extract.MainOutputProperties;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Fixtures.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for {@code conv html2md --main} and {@code --front-matter}
 * ({@link Fixtures#extract()}): each whole page goes through {@code conv html2md -v} on stdin
 * with the options of its {@code NAME.options}, and must give exactly {@code NAME.out.md} and the
 * report of {@code NAME.changes.txt}. {@code -Dconv.updateGolden=true} rewrites them. On every
 * fixture: the output is never empty when the page has text, every line of it is a line of the
 * page converted whole (in order), and a second run gives the same bytes.
 */
class ExtractGoldenTest {
    static List<Fixture> fixtures() {
        return Fixtures.extract();
    }

    private static List<String> options(Fixture f) {
        List<String> options = new ArrayList<>();
        for (String line : f.optionLines().split("\n")) {
            if (!line.isBlank()) {
                options.add(line.strip());
            }
        }
        return options;
    }

    private static CliRun run(Fixture f, List<String> options) {
        List<String> args = new ArrayList<>(List.of("html2md", "-v", "--stdin-filepath=" + f.input().getFileName()));
        args.addAll(options);
        CliRun r = CliRun.run(Fixtures.readBytes(f.input()), args.toArray(String[]::new));
        assertThat(r.exitCode()).as("%s: %s", f.name(), r.err()).isZero();
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void convertsAsExpected(Fixture f) {
        CliRun r = run(f, options(f));
        String prefix = f.input().getFileName() + ":";
        StringBuilder changes = new StringBuilder();
        for (String line : r.err().lines().toList()) {
            assertThat(line).as("%s: stderr", f.name()).startsWith(prefix);
            changes.append(line.substring(prefix.length())).append('\n');
        }
        if (Fixtures.UPDATE) {
            Fixtures.write(f.expected(), r.out());
            Fixtures.write(f.changes(), changes.toString());
            return;
        }
        assertThat(r.out()).as(f.name()).isEqualTo(Fixtures.read(f.expected()));
        assertThat(changes.toString()).as(f.name() + " report").isEqualTo(Fixtures.read(f.changes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void dropsOnlyNeverEmptiesAndRunsTheSameTwice(Fixture f) {
        List<String> options = options(f);
        String main = run(f, options).out();
        String whole = run(f, List.of()).out();
        MainOutputProperties.assertNotEmpty(f.name(), main, whole);
        MainOutputProperties.assertDropsOnly(f.name(), main, whole);
        assertThat(run(f, options).out()).as("%s: second run", f.name()).isEqualTo(main);
    }
}
