package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page jsoup fails on even at the retry's deeper limit ({@code <template><math>} nested past
 * 2,048 elements) is bad input, not a bug in conv: that file fails by name, exit 1, for clean
 * as for html2md, and the other files are still processed.
 */
class UnparsablePageTest {
    private static final String TOO_DEEP = "<template><math>".repeat(1100);

    @TempDir
    Path dir;

    @Test
    void cleanReportsThePageAsBadInputAndGoesOn() throws IOException {
        Path bad = write("site/deep.html", TOO_DEEP);
        write("site/ok.html", "<p>ok</p><img src=https://example.com/p.gif width=1 height=1>");
        CliRun r = run("clean", "--check", dir.resolve("site").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("conv: " + bad + ": HTML nested too deeply for the HTML parser")
                .doesNotContain("internal error")
                .contains("1 would change, 1 failed");
    }

    @Test
    void html2mdReportsThePageAsBadInputAndGoesOn() throws IOException {
        Path bad = write("site/deep.html", TOO_DEEP);
        write("site/ok.html", "<p>ok</p>");
        Path out = dir.resolve("out");
        CliRun r = run("html2md", dir.resolve("site").toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("conv: " + bad + ": HTML nested too deeply for the HTML parser")
                .doesNotContain("internal error");
        assertThat(out.resolve("ok.md")).hasContent("ok\n");
        assertThat(out.resolve("deep.md")).doesNotExist();
    }

    private static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath(), Terminal.NONE);
        int code = Main.run(console, UnaryOperator.identity(), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }
}
