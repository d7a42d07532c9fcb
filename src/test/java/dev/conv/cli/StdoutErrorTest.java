package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write error on stdout ({@code > /dev/full}) is an error: one line, exit 1, for pages, lists,
 * diffs and reports alike. A closed pipe ({@code | head -1}) ends quietly, as other Unix tools do.
 */
class StdoutErrorTest {
    @TempDir
    Path dir;

    @Test
    void html2mdToAFullDiskSaysSoAndExits1() throws IOException {
        CliRun stdin = run(full(), "<p>x</p>", "html2md");
        assertThat(stdin.exitCode()).isEqualTo(1);
        assertThat(stdin.err()).isEqualTo("conv: stdout: cannot write: No space left on device\n");

        Path page = Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        CliRun file = run(full(), "", "html2md", page.toString());
        assertThat(file.exitCode()).isEqualTo(1);
        assertThat(file.err()).isEqualTo("conv: stdout: cannot write: No space left on device\n");
    }

    @Test
    void cleanToAFullDiskSaysSoAndExits1() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<p><font>x</font></p>\n");
        String[][] runs = {{"clean"}, {"clean", "--diff", page.toString()}, {"clean", "--report", "json", page.toString()},
            {"clean", "--check", "-q", page.toString()}};
        for (String[] args : runs) {
            CliRun r = run(full(), "<p><font>x</font></p>\n", args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).endsWith("conv: stdout: cannot write: No space left on device\n");
        }
    }

    @Test
    void aClosedPipeEndsQuietly() throws IOException {
        CliRun r = run(closedPipe(), "<p>x</p>", "html2md");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();

        Path page = Files.writeString(dir.resolve("page.html"), "<p><font>x</font></p>\n");
        CliRun diff = run(closedPipe(), "", "clean", "--diff", "-q", page.toString());
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.err()).isEmpty();
    }

    private static OutputStream full() {
        return failing("No space left on device");
    }

    private static OutputStream closedPipe() {
        return failing("Broken pipe");
    }

    /** Stdout as the process has it: a write error throws. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    private static CliRun run(OutputStream stdout, String stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = Console.over(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath(), Terminal.NONE);
        int code = Main.run(console, args);
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }
}
