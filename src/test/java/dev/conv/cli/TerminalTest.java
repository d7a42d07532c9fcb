package dev.conv.cli;

import static dev.conv.cli.CleanCommandTest.copyTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What conv does differently on a terminal: says it waits for stdin, draws a bar, in colour unless NO_COLOR. */
class TerminalTest {
    private static final Pattern COLOUR = Pattern.compile("\u001b\\[[0-9;]*m");

    @TempDir
    Path dir;

    @Test
    void waitingOnATerminalStdinIsSaidOnce() {
        CliRun html2md = CliRun.runOn(new Terminal(true, false, false), "<p>x</p>", "html2md");
        assertThat(html2md.out()).isEqualTo("x\n");
        assertThat(html2md.err()).isEqualTo(
                "conv: html2md: reading the page from the terminal; end it with Ctrl-D, or give a FILE (conv html2md --help)\n");

        CliRun clean = CliRun.runOn(new Terminal(true, false, false), "<p>x</p>", "clean");
        assertThat(clean.err()).isEqualTo(
                "conv: clean: reading the page from the terminal; end it with Ctrl-D, or give a PATH (conv clean --help)\n");
    }

    /** scripts/conv says what each stream is: the console, a service look-up on JDK 25, is not asked. */
    @Test
    void theLaunchersAnswersAreTakenWithoutAskingTheConsole() {
        BooleanSupplier noConsole = () -> {
            throw new AssertionError("the console was asked");
        };
        assertThat(Terminal.detect(true, true, "xterm", null, "false", "false", noConsole)).isEqualTo(Terminal.NONE);
        assertThat(Terminal.detect(true, true, "xterm", null, "true", "true", noConsole))
                .isEqualTo(new Terminal(true, true, true));
        assertThat(Terminal.detect(true, true, "xterm", "1", "false", "true", noConsole))
                .isEqualTo(new Terminal(false, true, false));
        assertThat(Terminal.detect(true, true, "dumb", null, "true", "true", noConsole))
                .isEqualTo(new Terminal(true, false, false));
        assertThat(Terminal.detect(true, true, "xterm", null, null, null, () -> true)).isEqualTo(new Terminal(true, true, true));
        assertThat(Terminal.detect(false, false, "xterm", null, "true", "true", noConsole)).isEqualTo(Terminal.NONE);
    }

    @Test
    void stdinFromAPipeIsReadSilently() {
        assertThat(CliRun.runOn(Terminal.NONE, "<p>x</p>", "html2md").err()).isEmpty();
    }

    @Test
    void theBarHasColourUnlessNoColorIsSet() throws IOException {
        copyTree(Path.of("test-fixtures/cli/site"), dir.resolve("site"));
        String site = dir.resolve("site").toString();

        CliRun colour = CliRun.runOn(new Terminal(false, true, true), "", "clean", "--check", site);
        assertThat(colour.err()).contains("clean").contains("files");
        assertThat(COLOUR.matcher(colour.err()).find()).as("a colour sequence in %s", colour.err()).isTrue();

        CliRun plain = CliRun.runOn(new Terminal(false, true, false), "", "clean", "--check", site);
        assertThat(plain.err()).contains("clean").contains("files");
        assertThat(COLOUR.matcher(plain.err()).find()).as("a colour sequence in %s", plain.err()).isFalse();
    }
}
