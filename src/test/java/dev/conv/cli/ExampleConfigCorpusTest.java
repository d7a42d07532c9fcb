package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conv.config.ConfigParser;
import dev.conv.config.Settings;
import dev.conv.fix.StepCatalog;
import dev.conv.step.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented example test-fixtures/config/mh-news.conv.yml: it loads, and on a copy of the
 * corpus's mh-news mirror conv fix --check names the pages to fix without touching one, --write
 * fixes them, and a second --check passes.
 */
class ExampleConfigCorpusTest {
    private static final Path EXAMPLE = Path.of("test-fixtures/config/mh-news.conv.yml");
    private static final Path MIRROR = Path.of("../shared/corpus/mh-news");

    @TempDir
    Path dir;

    @Test
    void theExampleLoadsAndBuildsItsSteps() throws IOException {
        Settings s = Settings.of(java.util.List.of(ConfigParser.parse(EXAMPLE, Files.readString(EXAMPLE))), Map.of());
        assertThat(StepCatalog.standard().pipeline(s).steps()).extracting(Step::name).containsExactly("clean", "links");
        assertThat(s.string("base-url")).isEqualTo("https://github.com/gfw-breaker/mh-news/blob/master/");
        assertThat(s.path("root")).isEqualTo(EXAMPLE.toAbsolutePath().getParent().normalize());
    }

    @Test
    void fixChecksThenFixesACopyOfTheMirror() throws IOException {
        assumeTrue(Files.isDirectory(MIRROR), "corpus not found at " + MIRROR.toAbsolutePath() + ": skipped");
        Path copy = dir.resolve("mh-news");
        PathUtils.copyDirectory(MIRROR, copy);
        Files.copy(EXAMPLE, copy.resolve(".conv.yml"));
        Map<String, String> before = snapshot(copy);

        CliRun check = CliRun.run("", "fix", "--check", copy.toString());
        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        assertThat(check.err()).containsPattern("fix: \\d+ files, \\d+ would change, 0 failed");
        assertThat(check.out().lines().count()).isGreaterThan(10);
        assertThat(check.out().lines()).allSatisfy(l -> assertThat(l).startsWith(copy.toString()));
        assertThat(snapshot(copy)).as("--check touches nothing").containsExactlyInAnyOrderEntriesOf(before);

        CliRun write = CliRun.run("", "fix", "-q", copy.toString());
        assertThat(write.exitCode()).as(write.err()).isZero();
        CliRun again = CliRun.run("", "fix", "--check", copy.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).isEmpty();
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
