package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text whose kind no extension tells (stdin, a {@code .txt} file) is sniffed: Markdown syntax
 * before any tag makes it Markdown; a warning says when the guess is unsure; {@code --from} and
 * {@code --stdin-filepath NAME} decide without guessing.
 */
class StdinKindTest {
    private static final String MARKDOWN = "# Title\n\n- one\n- two\n\nSee [the docs](https://example.com/docs).\n";

    @TempDir
    Path dir;

    @Test
    void markdownOnStdinIsReadAsMarkdown() {
        CliRun r = CliRun.run(MARKDOWN, "html2md");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(MARKDOWN);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void cleanLeavesCodeInMarkdownOnStdinAlone() {
        String in = "# Notes\n\n```html\n<font>kept in code</font>\n```\n\nText <font>here</font> goes.\n";
        CliRun r = CliRun.run(in, "clean");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("# Notes\n\n```html\n<font>kept in code</font>\n```\n\nText here goes.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void plainTextIsReadAsMarkdownWithOneWarning() {
        CliRun r = CliRun.run("First paragraph,\nstill the first.\n\nSecond paragraph.\n", "html2md");
        assertThat(r.exitCode()).isZero();
        // As HTML the two paragraphs became one.
        assertThat(r.out()).isEqualTo("First paragraph, still the first.\n\nSecond paragraph.\n");
        assertThat(r.err()).isEqualTo("conv: -: no HTML tag or Markdown syntax at the start, read as Markdown "
                + "(--from html or --stdin-filepath NAME to say what it is)\n");
    }

    @Test
    void fromAndStdinFilepathDecideWithoutAWarning() {
        CliRun from = CliRun.run("Plain words.\n", "html2md", "--from", "html");
        assertThat(from.err()).isEmpty();
        assertThat(from.out()).isEqualTo("Plain words.\n");

        CliRun html = CliRun.run("Plain\nwords.\n", "html2md", "--stdin-filepath", "page.html");
        assertThat(html.err()).isEmpty();
        assertThat(html.out()).isEqualTo("Plain words.\n");

        // A Markdown page that opens with an HTML block: the name says Markdown, whatever the start.
        String readme = "<p align=\"center\"><b>Logo</b></p>\n\n# Read me\n";
        CliRun md = CliRun.run(readme, "html2md", "--stdin-filepath", "docs/README.md");
        assertThat(md.err()).isEmpty();
        assertThat(md.out()).isEqualTo("**Logo**\n\n# Read me\n");
    }

    @Test
    void anUnsureGuessIsSaidOnce() {
        String readme = "<p align=\"center\"><b>Logo</b></p>\n\n# Read me\n";
        CliRun r = CliRun.run(readme, "html2md");
        assertThat(r.err()).isEqualTo("conv: -: has HTML tags and Markdown headings or fences, read as HTML "
                + "(--from markdown or --stdin-filepath NAME to say what it is)\n");
    }

    @Test
    void stdinFilepathNamesStdinInMessagesAndDiffs() {
        CliRun binary = CliRun.run(new byte[] {'#', ' ', 0, 1, 2}, "clean", "--stdin-filepath", "docs/a.md");
        assertThat(binary.exitCode()).isEqualTo(1);
        assertThat(binary.err()).isEqualTo("conv: docs/a.md: not a text file\n");

        CliRun diff = CliRun.run("Text <font>x</font>\n", "clean", "--diff", "--stdin-filepath", "docs/a.md");
        assertThat(diff.out()).startsWith("--- a/docs/a.md\n+++ b/docs/a.md\n");
    }

    @Test
    void aFileWithAnUnknownExtensionIsSniffedToo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), MARKDOWN);
        CliRun r = CliRun.run("", "html2md", notes.toString());
        assertThat(r.out()).isEqualTo(MARKDOWN);
        assertThat(r.err()).isEmpty();

        Path words = Files.writeString(dir.resolve("words.txt"), "Just words.\n");
        CliRun unsure = CliRun.run("", "html2md", words.toString());
        assertThat(unsure.err()).startsWith("conv: " + words + ": no HTML tag or Markdown syntax at the start, read as Markdown "
                + "(--from html to say what it is)");
    }

    @Test
    void cleanWarnsAboutAGuessedFileInFileOrder() throws IOException {
        Path words = Files.writeString(dir.resolve("a-words.txt"), "Just <font>words</font> and\n\n# a heading\n");
        Path page = Files.writeString(dir.resolve("b-page.html"), "<p>x</p>\n");
        CliRun r = CliRun.run("", "clean", "--check", words.toString(), page.toString());
        assertThat(r.err()).isEqualTo("conv: " + words + ": has HTML tags and Markdown headings or fences, read as HTML "
                + "(--from markdown to say what it is)\n"
                + "conv: clean: 2 files, 1 would change, 0 failed; 1 presentational tag\n");
    }
}
