package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors, flags that do not go together, suggestions, --version on every command. */
class CliUsageTest {
    @TempDir
    Path dir;

    @Test
    void checkWriteAndDiffExcludeEachOtherAndNothingIsWritten() throws IOException {
        Path page = dir.resolve("page.html");
        String dirty = "<p>a<font>b</font></p>\n";
        Files.writeString(page, dirty);
        String[][] pairs = {{"--check", "--write"}, {"--check", "--diff"}, {"--write", "--diff"}, {"-c", "-w"}};
        for (String[] pair : pairs) {
            CliRun r = CliRun.run("", "clean", pair[0], pair[1], page.toString());
            String what = String.join(" ", pair);
            assertThat(r.exitCode()).as(what).isEqualTo(2);
            assertThat(r.out()).as(what).isEmpty();
            assertThat(r.err()).as(what).contains("are mutually exclusive").contains("Try 'conv clean --help'");
            assertThat(page).as(what).hasContent(dirty);
        }
        // On stdin as well: no cleaned text, no diff.
        CliRun stdin = CliRun.run(dirty, "clean", "--check", "--diff");
        assertThat(stdin.exitCode()).isEqualTo(2);
        assertThat(stdin.out()).isEmpty();
    }

    @Test
    void aUsageErrorIsOneLineThenWhereToLook() {
        CliRun r = CliRun.run("", "clean", "--bogus", "x.html");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: Unknown option: '--bogus'\nTry 'conv clean --help' for more information.\n");

        CliRun conflict = CliRun.run("", "html2md", "-o", "a.md", "--out-dir", "d", "x.html");
        assertThat(conflict.exitCode()).isEqualTo(2);
        assertThat(conflict.err()).isEqualTo("conv: -o and --out-dir cannot be used together\n"
                + "Try 'conv html2md --help' for more information.\n");

        CliRun root = CliRun.run("", "--bogus");
        assertThat(root.err()).isEqualTo("conv: Unknown option: '--bogus'\nTry 'conv --help' for more information.\n");
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        CliRun command = CliRun.run("", "htm2md");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).isEqualTo("conv: unknown command 'htm2md' (did you mean 'html2md'?)\n"
                + "Try 'conv --help' for more information.\n");

        CliRun option = CliRun.run("", "clean", "--wirte", "x.html");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).startsWith("conv: Unknown option: '--wirte' (did you mean '--write'?)\n");

        CliRun swapped = CliRun.run("", "html2md", "--out-dri", "d", "x.html");
        assertThat(swapped.err()).startsWith("conv: Unknown option: '--out-dri' (did you mean '--out-dir'?)\n");

        CliRun far = CliRun.run("", "frobnicate");
        assertThat(far.err()).isEqualTo("conv: unknown command 'frobnicate' (commands: html2md, clean, links, qr, fix, config, help)\n"
                + "Try 'conv --help' for more information.\n");
    }

    @Test
    void aMissingCommandNamesTheCommands() {
        CliRun r = CliRun.run("");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("conv: missing command (html2md, clean, links, qr, fix, config, help)\n"
                + "Try 'conv --help' for more information.\n");
    }

    @Test
    void versionWorksOnEveryCommand() {
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"clean", "--version"}, {"html2md", "-V"}}) {
            CliRun r = CliRun.run("", args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("conv ").contains("Java ");
        }
    }
}
