package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.qr.QrDecoder;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Fixtures.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code conv qr --share-block} over {@code test-fixtures/qr}: each page placed at
 * {@code pages/7/NAME.EXT} under the mirror's base URL gets its block (inserted, refreshed, or the
 * old pipeline's replaced), byte for byte as expected, with its change report; a second run
 * changes nothing, and the image reads back as the page's URL.
 */
class QrShareBlockGoldenTest {
    private static final String BASE = "https://github.com/example-mirror/news/blob/master/";

    @TempDir
    Path dir;

    static List<Fixture> fixtures() {
        return Fixtures.qr();
    }

    private CliRun run(Path page, String options) {
        List<String> args = new ArrayList<>(List.of("qr", "--share-block", "-v", "--base-url", BASE, "--root",
                dir.toString()));
        options.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(args::add);
        args.add(page.toString());
        return CliRun.run("", args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachPageGetsItsShareBlockOnceAndNothingElseChanges(Fixture f) throws IOException {
        String name = f.input().getFileName().toString().replace(".in.", ".");
        Path page = Files.createDirectories(dir.resolve("pages/7")).resolve(name);
        Files.copy(f.input(), page);

        CliRun first = run(page, f.optionLines());

        assertThat(first.exitCode()).as(first.err()).isZero();
        String changes = first.err().lines().filter(l -> l.startsWith(page + ":"))
                .map(l -> l.substring(page.toString().length() + 1)).collect(Collectors.joining("\n", "", "\n"));
        byte[] out = Files.readAllBytes(page);
        if (Fixtures.UPDATE) {
            Fixtures.write(f.expected(), out);
            Fixtures.write(f.changes(), changes.equals("\n") ? "" : changes);
        }
        assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Fixtures.read(f.expected()));
        assertThat(out).isEqualTo(Fixtures.readBytes(f.expected()));
        assertThat(changes.equals("\n") ? "" : changes).isEqualTo(Fixtures.read(f.changes()));
        assertThat(QrDecoder.png(Files.readAllBytes(page.resolveSibling(name + ".png")))).isEqualTo(BASE + "pages/7/" + name);

        CliRun second = run(page, f.optionLines());
        assertThat(second.exitCode()).isZero();
        assertThat(Files.readAllBytes(page)).as("a second run changes nothing").isEqualTo(out);
        assertThat(second.err()).doesNotContain(page + ":");
    }

    @Test
    void aTemplateFromAFileFillsItsPlaceholdersEscapedForHtml() throws IOException {
        Path template = Files.writeString(dir.resolve("share.txt"), "Share: <a href=\"{url}\">{url}</a> ![qr]({image}) {image_url}\n");
        Path page = Files.writeString(Files.createDirectories(dir.resolve("pages/7")).resolve("it's.md"), "# t\n");

        CliRun run = CliRun.run("", "qr", "--share-block", "--share-template", template.toString(), "--base-url", BASE,
                "--root", dir.toString(), page.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(page)).isEqualTo("# t\n\n<!-- conv:share -->\n"
                + "Share: <a href=\"" + BASE + "pages/7/it&#39;s.md\">" + BASE + "pages/7/it&#39;s.md</a> "
                + "![qr](it&#39;s.md.png) " + BASE + "pages/7/it&#39;s.md.png\n<!-- /conv:share -->\n");
    }

    @Test
    void aBadTemplateIsAUsageErrorBeforeAnyPageIsTouched() throws IOException {
        Path template = Files.writeString(dir.resolve("bad.txt"), "{url} {title}\n");
        Path page = Files.writeString(dir.resolve("a.md"), "# a\n");
        CliRun run = CliRun.run("", "qr", "--share-block", "--share-template", template.toString(), "--base-url", BASE,
                "--root", dir.toString(), page.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown placeholder {title}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.txt", "a.md");
        }
    }

    @Test
    void anOpenMarkerWithoutItsCloseIsNamedAndThePageLeftAlone() throws IOException {
        Path page = Files.writeString(dir.resolve("a.md"), "# a\n\n<!-- conv:share -->\nhalf a block\n");
        CliRun run = CliRun.run("", "qr", "--share-block", "--base-url", BASE, "--root", dir.toString(), page.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 3: <!-- conv:share --> has no <!-- /conv:share -->");
        assertThat(Files.readString(page)).isEqualTo("# a\n\n<!-- conv:share -->\nhalf a block\n");
    }
}
