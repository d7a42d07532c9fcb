package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glob that matches nothing is reported and fails the run, but it is not a file: no file count holds it. */
class UnmatchedGlobTest {
    @TempDir
    Path dir;

    @Test
    void cleanCountsOnlyFiles() throws IOException {
        Path page = write("site/page.html", "<p>a<font>b</font></p>\n");
        String glob = dir.resolve("site") + "/*.nothing";
        CliRun r = CliRun.run("", "clean", "--check", glob, page.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(page + "\n");
        assertThat(r.err()).isEqualTo("conv: " + glob + ": no matching files\n"
                + "conv: clean: 1 file, 1 would change, 0 failed, 1 glob matched nothing; 1 presentational tag\n");

        CliRun alone = CliRun.run("", "clean", "--write", glob);
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.err()).isEqualTo("conv: " + glob + ": no matching files\n"
                + "conv: clean: 0 files, 0 changed, 0 failed, 1 glob matched nothing\n");
    }

    @Test
    void cleanReportJsonListsTheGlobApart() throws IOException {
        Path page = write("site/page.html", "<p>ok</p>\n");
        String glob = dir.resolve("site") + "/*.nothing";
        CliRun r = CliRun.run("", "clean", "--report", "json", glob, page.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(root.getAsJsonArray("files")).hasSize(1);
        JsonObject summary = root.getAsJsonObject("summary");
        assertThat(summary.get("files").getAsInt()).isEqualTo(1);
        assertThat(summary.get("failed").getAsInt()).isZero();
        assertThat(summary.getAsJsonArray("unmatched_globs").get(0).getAsString()).isEqualTo(glob);
    }

    @Test
    void html2mdCountsOnlyFiles() throws IOException {
        Path page = write("site/page.html", "<p>x</p>");
        String glob = dir.resolve("site") + "/*.nothing";
        CliRun r = CliRun.run("", "html2md", glob, page.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + glob + ": no matching files\n"
                + "conv: converted 1 file, 1 glob matched nothing\n");
        assertThat(dir.resolve("out/page.md")).hasContent("x\n");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
