package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Html2MdFixture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conv html2md} from the command line: streams, files, trees, options and bad input. */
class Html2MdCommandTest {
    @TempDir
    Path dir;

    @Test
    void stdinToStdout() {
        CliRun r = CliRun.run("<h1>Title</h1><p>Some <b>bold</b> text.</p>", "html2md");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("# Title\n\nSome **bold** text.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dashIsStdin() {
        assertThat(CliRun.run("<p>x</p>", "html2md", "-").out()).isEqualTo("x\n");
    }

    @Test
    void stdinWithFrontMatterIsReadAsMarkdown() {
        CliRun r = CliRun.run("---\ntitle: t\n---\n\nText with <b>html</b>.\n", "html2md");
        assertThat(r.out()).isEqualTo("---\ntitle: t\n---\n\nText with **html**.\n");
    }

    @Test
    void fileToStdoutAndToOutputFile() throws IOException {
        Path in = write("page.html", "<p>a <i>b</i></p>");
        assertThat(CliRun.run("", "html2md", in.toString()).out()).isEqualTo("a *b*\n");
        Path out = dir.resolve("page.md");
        CliRun r = CliRun.run("", "html2md", in.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo("a *b*\n");
    }

    @Test
    void outDirMirrorsTheTreeAndRenamesExtensions() throws IOException {
        write("site/index.html", "<p>home</p>");
        write("site/news/a.htm", "<p>news</p>");
        write("site/notes/b.md", "Note with <i>html</i>.");
        write("site/style.css", "p {}");
        Path out = dir.resolve("md");
        CliRun r = CliRun.run("", "html2md", dir.resolve("site").toString(), "--out-dir", out.toString(), "-q");
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("index.md"))).isEqualTo("home\n");
        assertThat(Files.readString(out.resolve("news/a.md"))).isEqualTo("news\n");
        assertThat(Files.readString(out.resolve("notes/b.md"))).isEqualTo("Note with *html*.\n");
        assertThat(out.resolve("style.md")).doesNotExist();
    }

    @Test
    void outDirConvertsWholePagesWithHeads() throws IOException {
        // Saved pages have a doctype, a head and comments before <html>: every one of them once
        // became an empty .md file, and the run reported success.
        List<Html2MdFixture> pages = Fixtures.html2md().stream()
                .filter(f -> f.name().startsWith("page-") && !f.markdownInput()).toList();
        assertThat(pages).hasSizeGreaterThan(8);
        Path site = dir.resolve("site");
        for (Html2MdFixture page : pages) {
            Path copy = site.resolve(page.name().contains("gbk") ? "old" : "new").resolve(page.name() + ".html");
            Files.createDirectories(copy.getParent());
            Files.copy(page.input(), copy);
        }
        Path out = dir.resolve("md");
        CliRun r = CliRun.run("", "html2md", site.toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("conv: converted " + pages.size() + " files\n");
        int withText = 0;
        for (Html2MdFixture page : pages) {
            String name = page.name();
            Path md = out.resolve(name.contains("gbk") ? "old" : "new").resolve(name + ".md");
            String expected = page.expectedText();
            assertThat(Files.readString(md)).as(md.toString()).isEqualTo(expected);
            withText += expected.isBlank() ? 0 : 1;
        }
        assertThat(withText).as("pages that show text").isGreaterThanOrEqualTo(8);
    }

    @Test
    void binaryFileFailsAndTheOthersAreStillConverted() throws IOException {
        write("t/good.html", "<p>good</p>");
        Files.write(dir.resolve("t/bad.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 0, (byte) 0xFF});
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("", "html2md", dir.resolve("t").toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("conv: " + dir.resolve("t/bad.html") + ": not a text file");
        assertThat(r.err()).contains("converted 1 file, 1 failed");
        assertThat(Files.readString(out.resolve("good.md"))).isEqualTo("good\n");
        assertThat(out.resolve("bad.md")).doesNotExist();
    }

    @Test
    void binaryStdinIsRefused() {
        CliRun r = CliRun.run(new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0}, "html2md");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: -: not a text file\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileIsNamed() {
        CliRun r = CliRun.run("", "html2md", dir.resolve("nope.html").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + dir.resolve("nope.html") + ": no such file\n");
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file: nothing to test");
        Path in = write("secret.html", "<p>x</p>");
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
        CliRun r = CliRun.run("", "html2md", in.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + in + ": permission denied\n");
    }

    @Test
    void invalidUtf8IsReportedWithItsOffset() throws IOException {
        Path in = dir.resolve("latin1.html");
        Files.write(in, "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.run("", "html2md", in.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("conv: " + in + ": not valid UTF-8 (byte 0xE9 at offset 6)");
        assertThat(CliRun.run("", "html2md", "--charset", "ISO-8859-1", in.toString()).out()).isEqualTo("café\n");
    }

    @Test
    void metaCharsetDecodesGbk() throws IOException {
        Path in = dir.resolve("gbk.html");
        Files.write(in, "<meta charset=\"gbk\"><p>中文页面</p>".getBytes(Charset.forName("GBK")));
        assertThat(CliRun.run("", "html2md", in.toString()).out()).isEqualTo("中文页面\n");
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        Path in = dir.resolve("u16.html");
        byte[] body = "<p>双字节</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(in, all);
        assertThat(CliRun.run("", "html2md", in.toString()).out()).isEqualTo("双字节\n");
    }

    @Test
    void unwritableOutDirFailsBeforeAnyWork() throws IOException {
        write("in/a.html", "<p>a</p>");
        Path blocker = write("file-not-dir", "x");
        CliRun r = CliRun.run("", "html2md", dir.resolve("in").toString(), "--out-dir", blocker.resolve("sub").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("conv: --out-dir " + blocker.resolve("sub") + ": cannot create");
    }

    @Test
    void usageErrorsSayWhatIsWrongAndExit2() {
        CliRun r = CliRun.run("", "html2md", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("conv: Unknown option: '--bogus'\n").endsWith("\nTry 'conv html2md --help' for more information.\n");

        r = CliRun.run("", "html2md", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("conv: several inputs or a directory need --out-dir DIR\n");

        r = CliRun.run("", "html2md", "--bullet", "x");
        assertThat(r.exitCode()).isEqualTo(2);

        r = CliRun.run("", "html2md", "--heading-style", "fancy");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--heading-style");
    }

    @Test
    void styleOptionsReachTheWriter() {
        CliRun r = CliRun.run("<h2>T</h2><ul><li>a</li></ul><p><a href=\"/x\">l</a></p>", "html2md",
                "--bullet", "*", "--heading-style", "setext", "--link-style", "reference");
        assertThat(r.out()).isEqualTo("T\n---\n\n* a\n\n[l][1]\n\n[1]: /x\n");
    }

    @Test
    void customTagOptionsRestoreDisabledLinks() {
        String html = "<p>继<ok href=\"/gb/地铁.htm\">地铁</ok>之后，<span href=\"/g.html\">公交</span>。</p>";
        assertThat(CliRun.run(html, "html2md").out()).isEqualTo("继地铁之后，公交。\n");
        assertThat(CliRun.run(html, "html2md", "--custom-tag", "ok=link").out())
                .isEqualTo("继[地铁](/gb/地铁.htm)之后，公交。\n");
        assertThat(CliRun.run(html, "html2md", "--custom-tags", "link").out())
                .isEqualTo("继[地铁](/gb/地铁.htm)之后，[公交](/g.html)。\n");
        assertThat(CliRun.run(html, "html2md", "--custom-tags", "drop", "--custom-tag", "span=unwrap").out())
                .isEqualTo("继之后，公交。\n");
        CliRun bad = CliRun.run(html, "html2md", "--custom-tag", "ok");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("conv: invalid tag override 'ok'");
    }

    @Test
    void trackerHostOptionLeavesItsImagesOut() {
        // The same option as clean's: an image from a listed host is a tracking pixel.
        String html = "<p>Text <img src=https://pix.example/p.gif alt=seen></p>\n"
                + "<p><img src=https://img.example.org/a.png alt=photo></p>";
        assertThat(CliRun.run(html, "html2md").out())
                .isEqualTo("Text ![seen](https://pix.example/p.gif)\n\n![photo](https://img.example.org/a.png)\n");
        CliRun r = CliRun.run(html, "html2md", "--tracker-host", "pix.example");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Text\n\n![photo](https://img.example.org/a.png)\n");
        // A 1x1 image is a pixel by its size, option or not.
        assertThat(CliRun.run("<p>a<img src=https://pix.example/p.gif width=1 height=1>b</p>", "html2md").out())
                .isEqualTo("ab\n");
        CliRun bad = CliRun.run(html, "html2md", "--tracker-host", "not a host");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("conv: invalid tracker host 'not a host'");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("html2md").contains("Exit codes");
        CliRun sub = CliRun.run("", "help", "html2md");
        assertThat(sub.out()).contains("--out-dir").contains("--keep-html");
        CliRun version = CliRun.run("", "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("conv ");
        CliRun none = CliRun.run("");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("conv: missing command");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
