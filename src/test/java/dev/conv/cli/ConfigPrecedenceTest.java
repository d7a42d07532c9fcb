package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which value wins: the command line, then the nearest .conv.yml, then one farther up (to the git
 * root, not past it), then the default; conv config says where each came from, and every command
 * that takes an option honours the file under it.
 */
class ConfigPrecedenceTest {
    @TempDir
    Path dir;

    Path repo;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve(".conv.yml"), "steps: [html2md]\n"); // above the git root: never read
        repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve(".conv.yml"), """
                base-url: https://far.example/
                steps: [clean, links]
                html2md:
                  wrap: 30
                custom-tags: drop
                """);
        Files.writeString(repo.resolve("docs/.conv.yml"), "# nearer\nbase-url: https://near.example/site/\n");
    }

    @Test
    void configSaysWhereEachValueCameFrom() {
        CliRun r = CliRun.run("", "config", repo.resolve("docs/page.md").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path far = repo.resolve(".conv.yml");
        Path near = repo.resolve("docs/.conv.yml");
        assertThat(r.out()).contains("# files read, nearest last: " + far + ", " + near + "\n");
        assertThat(line(r.out(), "base-url:")).isEqualTo("base-url: https://near.example/site/ # " + near + ":2");
        assertThat(line(r.out(), "steps:")).isEqualTo("steps: [clean, links] # " + far + ":2");
        assertThat(line(r.out(), "  wrap:")).isEqualTo("  wrap: 30 # " + far + ":4");
        assertThat(line(r.out(), "  bullet:")).isEqualTo("  bullet: \"-\" # default");
        assertThat(line(r.out(), "root:")).isEqualTo("root: " + repo + " # default: the git root, else the current directory");

        CliRun cli = CliRun.run("", "config", "--base-url", "https://cli.example/", repo.resolve("docs/page.md").toString());
        assertThat(line(cli.out(), "base-url:")).isEqualTo("base-url: https://cli.example/ # command line (--base-url)");
        CliRun none = CliRun.run("", "config", "--no-config", repo.resolve("docs/page.md").toString());
        assertThat(line(none.out(), "steps:")).isEqualTo("steps: [clean] # default");
    }

    @Test
    void cleanHonoursTheFileAndItsOptionsOutrankIt() {
        String page = "<p>a <x-widget>b</x-widget> c</p>\n";
        String name = repo.resolve("docs/page.html").toString();
        assertThat(CliRun.run(page, "clean", "--stdin-filepath", name).out()).isEqualTo("<p>a  c</p>\n");
        assertThat(CliRun.run(page, "clean", "--stdin-filepath", name, "--custom-tags", "unwrap").out())
                .isEqualTo("<p>a b c</p>\n");
        assertThat(CliRun.run(page, "clean", "--stdin-filepath", name, "--no-config").out()).isEqualTo("<p>a b c</p>\n");
    }

    @Test
    void html2mdAndLinksHonourTheFileAndTheirOptionsOutrankIt() {
        String name = repo.resolve("docs/page.md").toString();
        String words = "<p>one two three four five six seven eight nine ten</p>";
        assertThat(CliRun.run(words, "html2md", "--stdin-filepath", "x.html", "--from", "html").out())
                .isEqualTo("one two three four five six seven eight nine ten\n");
        CliRun wrapped = CliRun.run(words, "html2md", "--from", "html", "--stdin-filepath", name);
        assertThat(wrapped.out()).as(wrapped.err()).isEqualTo("one two three four five six\nseven eight nine ten\n");
        assertThat(CliRun.run(words, "html2md", "--from", "html", "--stdin-filepath", name, "--wrap", "0").out())
                .isEqualTo("one two three four five six seven eight nine ten\n");

        CliRun links = CliRun.run("[up](../a.md)\n", "links", "--stdin-filepath", name);
        assertThat(links.out()).as(links.err()).isEqualTo("[up](https://near.example/site/a.md)\n");
        CliRun cli = CliRun.run("[up](../a.md)\n", "links", "--stdin-filepath", name, "--base-url", "https://cli.example/");
        assertThat(cli.out()).isEqualTo("[up](https://cli.example/a.md)\n");
    }

    @Test
    void aBadValueInTheFileIsReportedWithItsLineByEveryCommand() throws IOException {
        Files.writeString(repo.resolve("docs/.conv.yml"), "custom-tag:\n  - ok=link\n  - widget\n");
        for (String command : new String[] {"clean", "html2md", "fix", "config"}) {
            CliRun r = CliRun.run("<p>x</p>\n", command, "--stdin-filepath", repo.resolve("docs/page.md").toString());
            if (command.equals("config")) {
                r = CliRun.run("", command, repo.resolve("docs/page.md").toString());
            }
            assertThat(r.exitCode()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("conv: " + repo.resolve("docs/.conv.yml") + ":3: custom-tag: ");
            assertThat(r.out()).as(command).isEmpty();
        }
    }

    private static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow().replaceAll(" {2,}#", " #");
    }
}
