package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * html2md in conv fix's steps: an HTML page keeps its place and the steps before html2md, and its
 * Markdown, made by the steps from html2md on, is written beside it as page.md, marked as conv's
 * output; --check and --diff count and show it; two pages that would make one file, or a page.md
 * that conv did not write, stop that page; a second run changes nothing.
 */
class FixHtml2MdTest {
    static final String MARK = "<!-- conv:from-html: written by conv fix from the HTML page of the same name; "
            + "edit that page, not this file -->";
    static final String HTML = "<html><head><title>T</title></head><body>\n<h1>Title</h1>\n<p>a<font>b</font></p>\n"
            + "<ul><li>one</li><li>two</li></ul>\n"
            + "<p><a href=\"https://e.example/p?utm_source=feed\">x</a></p>\n</body></html>\n";
    static final String CLEANED = HTML.replace("<font>b</font>", "b");

    static final String A_MD = "# A Markdown page\n\nclean already\n";

    @TempDir
    Path repo;

    Path html;
    Path md;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".conv.yml"), "steps: [clean, html2md]\nhtml2md:\n  bullet: \"*\"\n");
        html = Files.createDirectories(repo.resolve("pages")).resolve("c.html");
        md = repo.resolve("pages/c.md");
        Files.writeString(html, HTML);
        Files.writeString(repo.resolve("pages/a.md"), A_MD);
    }

    /** What conv html2md makes of {@code page} with the configuration's options, marked as conv fix marks it. */
    private String markdownOf(String page, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "html2md";
        args[1] = "--from";
        args[2] = "html";
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun r = CliRun.run(page, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return MARK + "\n\n" + r.out();
    }

    @Test
    void theHtmlPageGetsTheStepsBeforeHtml2mdAndItsMarkdownIsWrittenBeside() throws IOException {
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(html)).isEqualTo(CLEANED);
        assertThat(Files.readString(md)).isEqualTo(markdownOf(CLEANED, "--bullet", "*"))
                .contains("* one\n* two\n").contains("# Title").contains("ab");
        assertThat(Files.readString(repo.resolve("pages/a.md"))).isEqualTo(A_MD);
        assertThat(r.err()).contains("1 file written beside its page");
    }

    @Test
    void aSecondRunChangesNothingAndItsMarkdownIsNotTakenForAPage() throws IOException {
        assertThat(CliRun.run("", "fix", repo.resolve("pages").toString()).exitCode()).isZero();
        FileTime written = Files.getLastModifiedTime(md);
        String text = Files.readString(md);
        CliRun check = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains("fix: 2 files, 0 would change, 0 failed");
        CliRun again = CliRun.run("", "fix", "-v", repo.resolve("pages").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("fix: 2 files, 0 changed, 0 failed").doesNotContain("wrote");
        assertThat(Files.getLastModifiedTime(md)).isEqualTo(written);
        assertThat(Files.readString(md)).isEqualTo(text);
    }

    @Test
    void checkCountsAMissingOrStaleMarkdownFileAndWritesNothing() throws IOException {
        CliRun missing = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains(html + "\n").contains(md + " (missing)\n");
        assertThat(md).doesNotExist();
        assertThat(Files.readString(html)).isEqualTo(HTML);

        assertThat(CliRun.run("", "fix", repo.resolve("pages").toString()).exitCode()).isZero();
        Files.writeString(html, CLEANED.replace("<h1>Title</h1>", "<h1>New title</h1>"));
        CliRun stale = CliRun.run("", "fix", "--check", html.toString());
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.out()).isEqualTo(md + " (stale)\n");
        assertThat(Files.readString(md)).contains("# Title").doesNotContain("New title");
    }

    @Test
    void diffShowsTheMarkdownFileAsANewFileAndWritesNothing() {
        CliRun r = CliRun.runIn(repo, "", "fix", "--diff", html.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("-<p>a<font>b</font></p>\n+<p>ab</p>\n")
                .contains("--- /dev/null\n+++ b/pages/c.md\n@@ -0,0 +1,")
                .contains("+" + MARK + "\n").contains("+# Title\n");
        assertThat(md).doesNotExist();
    }

    @Test
    void theStepsAfterHtml2mdWorkOnTheMarkdownPlacedAtItsOwnPath() throws IOException {
        Files.writeString(repo.resolve(".conv.yml"),
                "steps: [html2md, links, qr]\nbase-url: https://e.example/site/\n");
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(html)).as("no step before html2md").isEqualTo(HTML);
        assertThat(Files.readString(md)).contains("[x](https://e.example/p)").doesNotContain("utm_source");
        assertThat(dev.conv.qr.QrDecoder.png(Files.readAllBytes(repo.resolve("pages/c.md.png"))))
                .isEqualTo("https://e.example/site/pages/c.md");
        assertThat(repo.resolve("pages/c.html.png")).doesNotExist();
        CliRun again = CliRun.run("", "fix", "--check", repo.resolve("pages").toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    }

    @Test
    void aReadOnlyMarkdownFileIsReportedAndNeitherFileIsWritten() throws IOException {
        assertThat(CliRun.run("", "fix", repo.resolve("pages").toString()).exitCode()).isZero();
        String before = Files.readString(md);
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("r--r--r--"));
        String edited = HTML.replace("<h1>Title</h1>", "<h1>New title</h1>");
        Files.writeString(html, edited);
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(html + ": cannot write: " + md + ": read-only; left as it is");
        assertThat(Files.readString(md)).isEqualTo(before);
        assertThat(Files.readString(html)).as("the page waits for its Markdown").isEqualTo(edited);
    }

    @Test
    void twoPagesThatWouldMakeOneMarkdownFileAreNamedAndNeitherIsConverted() throws IOException {
        Files.writeString(repo.resolve("pages/c.htm"), "<p>other</p>\n");
        CliRun r = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(repo.resolve("pages/c.htm") + ", " + html + ": would all be written to " + md
                + "; none is converted");
        assertThat(md).doesNotExist();
        assertThat(Files.readString(html)).isEqualTo(HTML);
    }

    @Test
    void aMarkdownPageConvDidNotWriteIsNeverOverwritten() throws IOException {
        String own = "# My own notes\n\nwritten by hand\n";
        Files.writeString(md, own);
        CliRun both = CliRun.run("", "fix", repo.resolve("pages").toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains(html + ": its Markdown would replace " + md
                + ", a page conv fix did not write; rename one of them");
        assertThat(Files.readString(md)).isEqualTo(own);
        assertThat(Files.readString(html)).isEqualTo(HTML);

        CliRun alone = CliRun.run("", "fix", html.toString());
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.err()).contains(html + ": cannot write: " + md + ": not written by conv");
        assertThat(Files.readString(md)).isEqualTo(own);
        assertThat(Files.readString(html)).isEqualTo(HTML);
        CliRun check = CliRun.run("", "fix", "--check", html.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains(md + ": not written by conv");
    }
}
