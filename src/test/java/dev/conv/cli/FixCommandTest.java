package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.step.Pipeline;
import dev.conv.step.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * conv fix: the configured steps over each file, exit codes 0/1/2, configuration errors before any
 * file is touched, stdin to stdout, the whole tree from a terminal, bad files reported and passed.
 */
class FixCommandTest {
    static final String DIRTY = "# Page\n\n<p>a<font>b</font></p>\n\n[x](https://e.example/p?utm_source=feed)\n";
    static final String FIXED = "# Page\n\n<p>ab</p>\n\n[x](https://e.example/p)\n";

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean, links]\n");
        Files.createDirectories(repo.resolve("pages"));
        Files.writeString(repo.resolve("pages/a.md"), DIRTY);
        Files.writeString(repo.resolve("pages/b.md"), FIXED);
    }

    @Test
    void checkListsWhatWouldChangeExitsOneAndWritesNothing() throws IOException {
        CliRun r = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(repo.resolve("pages/a.md") + "\n");
        assertThat(r.err()).contains("fix: 2 files, 1 would change, 0 failed");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(DIRTY);
    }

    @Test
    void writesByDefaultWithEveryStepThenASecondCheckPasses() throws IOException {
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("fix: 2 files, 1 changed, 0 failed").contains("presentational tag")
                .contains("tracking parameter");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(FIXED);
        CliRun again = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void eachFileIsReadAndWrittenOnceThroughOnePipeline() throws IOException {
        List<Step> given = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), repo, Terminal.NONE);
        int code = Main.run(console, step -> {
            given.add(step);
            return step;
        }, "fix", repo.resolve("pages").toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(given).hasSize(1);
        assertThat(given.get(0)).isInstanceOf(Pipeline.class);
        assertThat(((Pipeline) given.get(0)).steps()).extracting(Step::name).containsExactly("clean", "links");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(FIXED);
    }

    @Test
    void diffShowsTheChangeOfAllSteps() {
        CliRun r = CliRun.runIn(repo, "", "fix", "--diff", repo.resolve("pages/a.md").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("-<p>a<font>b</font></p>\n+<p>ab</p>\n")
                .contains("-[x](https://e.example/p?utm_source=feed)\n+[x](https://e.example/p)\n");
    }

    @Test
    void stdinGoesToStdoutWithTheWorkingDirectorysConfiguration() {
        CliRun r = CliRun.runIn(repo, DIRTY, "fix", "--stdin-filepath", "pages/new.md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(FIXED);
        CliRun check = CliRun.runIn(repo, DIRTY, "fix", "--check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(CliRun.runIn(repo, DIRTY, "fix", "--write").exitCode()).isEqualTo(2);
    }

    @Test
    void noPathAndATerminalOnStdinFixesTheWholeTreeUnderTheRoot() throws IOException {
        Files.createDirectories(repo.resolve("deep/er"));
        Files.writeString(repo.resolve("deep/er/c.html"), "<p>c<font>d</font></p>\n");
        CliRun r = CliRun.runOn(new Terminal(true, false, false), repo.resolve("deep"), "", "fix", "--check");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(repo.resolve("deep/er/c.html").toString(),
                repo.resolve("pages/a.md").toString());
    }

    @Test
    void aBrokenConfigurationStopsTheRunBeforeAnyFileIsTouched() throws IOException {
        Files.createDirectories(repo.resolve("z"));
        Files.writeString(repo.resolve("z/c.md"), DIRTY);
        Files.writeString(repo.resolve("z/.conv.yml"), "# fine so far\nhtml2md:\n  wrap: wide\n");
        Map<String, String> before = snapshot();
        CliRun r = CliRun.run("", "fix", repo.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("conv: " + repo.resolve("z/.conv.yml")
                + ":3: html2md.wrap: must be a whole number, not 'wide'\n");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownStepIsAConfigurationErrorNamingItsLine() throws IOException {
        Files.writeString(repo.resolve(".conv.yml"), "steps:\n  - clean\n  - qrcode\n");
        CliRun r = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("conv: " + repo.resolve(".conv.yml")
                + ":3: steps: must be one of extract, clean, links, qr, html2md, not 'qrcode'");
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean]\n");
        CliRun cli = CliRun.run("", "fix", "--check", "--steps", "clean,qrcode", repo.resolve("pages").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("conv: unknown step 'qrcode' (available: clean, links, html2md, qr, extract)");
    }

    @Test
    void qrInStepsWritesEachPagesImageAndCheckReportsAMissingOne() throws IOException {
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean, qr]\nbase-url: https://e.example/site/\n"
                + "qr:\n  preset: legacy\n");
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path image = repo.resolve("pages/a.md.png");
        assertThat(dev.conv.qr.QrDecoder.png(Files.readAllBytes(image))).isEqualTo("https://e.example/site/pages/a.md");
        assertThat(dev.conv.qr.QrDecoder.png(Files.readAllBytes(repo.resolve("pages/b.md.png"))))
                .isEqualTo("https://e.example/site/pages/b.md");
        assertThat(javax.imageio.ImageIO.read(image.toFile()).getWidth()).as("legacy preset: ECC L, 4 px, border 4")
                .isIn(4 * (21 + 8), 4 * (25 + 8), 4 * (29 + 8));
        CliRun again = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        Files.delete(image);
        CliRun missing = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEqualTo(image + " (missing)\n");
        assertThat(image).doesNotExist();
    }

    @Test
    void qrOnAFileOutsideTheRootNamesTheFileAndTheRootNotAMissingBaseUrl() throws IOException {
        Path site = Files.createDirectories(repo.resolve("site"));
        Path page = repo.resolve("pages/b.md");
        CliRun r = CliRun.run("", "fix", "--steps", "qr", "--base-url", "https://e.example/", "--root", site.toString(),
                page.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(page + ": outside the root " + site + ": it has no public URL for its QR image")
                .doesNotContain("give --base-url");
        assertThat(repo.resolve("pages/b.md.png")).doesNotExist();
    }

    @Test
    void qrWithoutABaseUrlSaysWhereToGiveOne() {
        Path page = repo.resolve("pages/b.md");
        CliRun r = CliRun.run("", "fix", "--steps", "qr", page.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(page + ": no public URL for its QR image: give --base-url, or base-url: in .conv.yml");
    }

    @Test
    void vanishedBinaryAndUnreadableFilesAreReportedAndTheRunGoesOn() throws IOException {
        Files.write(repo.resolve("pages/bin.md"), new byte[] {'#', ' ', 0, 1, 2, 0, 'x', '\n'});
        CliRun r = CliRun.run("", "fix", repo.resolve("pages/gone.md").toString(), repo.resolve("pages/bin.md").toString(),
                repo.resolve("pages/a.md").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(repo.resolve("pages/gone.md") + ": ").contains(repo.resolve("pages/bin.md") + ": ")
                .contains("fix: 3 files, 1 changed, 2 failed");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(FIXED);
    }

    @Test
    void filesUnderAnotherConfigurationGetItsSteps() throws IOException {
        Files.createDirectories(repo.resolve("raw"));
        Files.writeString(repo.resolve("raw/.conv.yml"), "steps: [links]\n");
        Files.writeString(repo.resolve("raw/c.md"), DIRTY);
        CliRun r = CliRun.run("", "fix", repo.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(repo.resolve("raw/c.md")))
                .isEqualTo("# Page\n\n<p>a<font>b</font></p>\n\n[x](https://e.example/p)\n");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(FIXED);
    }

    @Test
    void noConfigMeansTheDefaultStepsAndConfigNamesOneFile() throws IOException {
        CliRun none = CliRun.run(DIRTY, "fix", "--no-config", "--stdin-filepath", repo.resolve("pages/a.md").toString());
        assertThat(none.out()).isEqualTo("# Page\n\n<p>ab</p>\n\n[x](https://e.example/p?utm_source=feed)\n");
        Path other = repo.resolve("other.yml");
        Files.writeString(other, "steps: [links]\n");
        CliRun named = CliRun.run(DIRTY, "fix", "--config", other.toString(), "--stdin-filepath",
                repo.resolve("pages/a.md").toString());
        assertThat(named.out()).isEqualTo("# Page\n\n<p>a<font>b</font></p>\n\n[x](https://e.example/p)\n");
        CliRun missing = CliRun.run(DIRTY, "fix", "--config", repo.resolve("none.yml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("conv: " + repo.resolve("none.yml") + ": no such file\n");
        assertThat(CliRun.run(DIRTY, "fix", "--config", other.toString(), "--no-config").exitCode()).isEqualTo(2);
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(repo)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(repo.relativize(p).toString(), Files.readString(p) + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
