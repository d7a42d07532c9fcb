package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code html2md -o FILE} where FILE cannot be: a setup error naming the directory, before any work. */
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDirectoryIsASetupErrorNamingIt() throws IOException {
        Path in = Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        Path out = dir.resolve("missing/sub/page.md");
        CliRun r = CliRun.run("", "html2md", in.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("conv: -o " + out + ": directory " + dir.resolve("missing/sub") + " does not exist\n");

        CliRun stdin = CliRun.run("<p>x</p>", "html2md", "-o", out.toString());
        assertThat(stdin.exitCode()).isEqualTo(2);
        assertThat(stdin.err()).isEqualTo(r.err());
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aParentThatIsAFileOrATargetThatIsADirectoryIsASetupError() throws IOException {
        Path in = Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        Path file = Files.writeString(dir.resolve("file"), "x");
        CliRun underFile = CliRun.run("", "html2md", in.toString(), "-o", file.resolve("page.md").toString());
        assertThat(underFile.exitCode()).isEqualTo(2);
        assertThat(underFile.err()).isEqualTo("conv: -o " + file.resolve("page.md") + ": " + file + " is not a directory\n");

        CliRun intoDir = CliRun.run("", "html2md", in.toString(), "-o", dir.toString());
        assertThat(intoDir.exitCode()).isEqualTo(2);
        assertThat(intoDir.err()).isEqualTo("conv: -o " + dir + ": is a directory\n");
    }

    @Test
    void aRelativeFileNameWritesToTheWorkingDirectory() throws IOException {
        // The parent of a bare name is null: that must not be taken for a missing directory.
        Path in = Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        String name = "conv-output-test-" + ProcessHandle.current().pid() + ".md";
        try {
            CliRun r = CliRun.run("", "html2md", in.toString(), "-o", name);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(Path.of(name)).hasContent("x\n");
        } finally {
            Files.deleteIfExists(Path.of(name));
        }
    }
}
