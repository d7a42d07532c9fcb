package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code html2md --out-dir}: inputs that would be written to the same file are named, and neither is written. */
class OutDirCollisionTest {
    @TempDir
    Path dir;

    @Test
    void htmlAndHtmWithOneNameCollideAndTheRestIsConverted() throws IOException {
        write("site/a.html", "<p>from html</p>");
        write("site/a.htm", "<p>from htm</p>");
        write("site/b.html", "<p>b</p>");
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", dir.resolve("site").toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + dir.resolve("site/a.htm") + ", " + dir.resolve("site/a.html")
                + ": would all be written to " + out.resolve("a.md") + "; none is converted\n"
                + "conv: converted 1 file, 2 failed\n");
        assertThat(out.resolve("a.md")).doesNotExist();
        assertThat(out.resolve("b.md")).hasContent("b\n");
    }

    @Test
    void markdownAndHtmlWithOneNameCollide() throws IOException {
        write("site/doc/page.md", "Page");
        write("site/doc/page.html", "<p>Page</p>");
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", dir.resolve("site").toString(), "--out-dir", out.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(dir.resolve("site/doc/page.html").toString())
                .contains(dir.resolve("site/doc/page.md").toString()).contains(out.resolve("doc/page.md").toString());
        assertThat(out.resolve("doc/page.md")).doesNotExist();
    }

    @Test
    void filesOfOneNameFromTwoArgumentsCollide() throws IOException {
        Path x = write("x/index.html", "<p>x</p>");
        Path y = write("y/index.html", "<p>y</p>");
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", x.toString(), y.toString(), "--out-dir", out.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + x + ", " + y + ": would all be written to " + out.resolve("index.md")
                + "; none is converted\n");
        assertThat(out.resolve("index.md")).doesNotExist();
    }

    @Test
    void namesThatDifferOnlyInBytesThatAreNotUtf8Collide() throws IOException {
        // Java reads both names as "a\uFFFD.html"; the output name can only be built from that.
        Files.createDirectories(dir.resolve("site"));
        Exec made = Exec.run(dir.resolve("site"), "/bin/sh", "-c",
                "echo '<p>ff</p>' > \"$(printf 'a\\377.html')\"; echo '<p>fe</p>' > \"$(printf 'a\\376.html')\"");
        assertThat(made.exitCode()).as(made.output()).isZero();
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", dir.resolve("site").toString(), "--out-dir", out.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(1);
        // Each input is shown with its own bytes, so the two can be told apart.
        assertThat(r.err()).startsWith("conv: " + dir.resolve("site") + "/a\\xFE.html, " + dir.resolve("site") + "/a\\xFF.html"
                + ": would all be written to ");
        try (Stream<Path> written = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void namesThatDifferOnlyInBytesThatAreNotUtf8AreToldOnce() throws IOException {
        // Their paths print alike (a\uFFFD.html): the collision is still one line, not one per input.
        Files.createDirectories(dir.resolve("site"));
        Exec made = Exec.run(dir.resolve("site"), "/bin/sh", "-c",
                "echo '<p>ff</p>' > \"$(printf 'a\\377.html')\"; echo '<p>fe</p>' > \"$(printf 'a\\376.html')\"; "
                        + "echo '<p>b</p>' > b.html");
        assertThat(made.exitCode()).as(made.output()).isZero();
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", dir.resolve("site").toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(2).last().isEqualTo("conv: converted 1 file, 2 failed");
        assertThat(out.resolve("b.md")).hasContent("b\n");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
