package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.testutil.Fixtures;
import dev.conv.testutil.Fixtures.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lenient-decoding}: a page that declares GB2312 but holds one invalid byte is refused by
 * default; with the option the byte becomes U+FFFD, as a browser shows it, with one warning per
 * file. {@code clean --write} refuses the option: the rewrite would keep the replacement.
 */
class LenientDecodingTest {
    private static final Fixture FIXTURE = Fixtures.named(Fixtures.lenient(), "gb2312-one-bad-byte");
    private static final Path PAGE = FIXTURE.input();
    private static final Path EXPECTED = FIXTURE.expected();

    @TempDir
    Path dir;

    @Test
    void strictByDefault() {
        CliRun r = CliRun.run("", "html2md", PAGE.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("conv: " + PAGE
                + ": not valid GB18030 (byte 0x80 at offset 245); name the charset with --charset\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void html2mdReplacesTheByteAndWarnsOnce() throws IOException {
        CliRun r = CliRun.run("", "html2md", "--lenient-decoding", PAGE.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(EXPECTED));
        assertThat(r.err()).isEqualTo("conv: " + PAGE + ": 1 invalid byte in GB18030 replaced by U+FFFD\n");
    }

    @Test
    void html2mdFromStdinAndIntoATree() throws IOException {
        byte[] bytes = Files.readAllBytes(PAGE);
        CliRun stdin = CliRun.run(bytes, "html2md", "--lenient-decoding");
        assertThat(stdin.exitCode()).isZero();
        assertThat(stdin.out()).isEqualTo(Files.readString(EXPECTED));
        assertThat(stdin.err()).isEqualTo("conv: -: 1 invalid byte in GB18030 replaced by U+FFFD\n");

        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("in/bad.html"), bytes);
        Files.writeString(dir.resolve("in/good.html"), "<p>good</p>");
        Path out = dir.resolve("out");
        CliRun tree = CliRun.run("", "html2md", "--lenient-decoding", "-q", dir.resolve("in").toString(),
                "--out-dir", out.toString());
        assertThat(tree.exitCode()).isZero();
        assertThat(tree.err()).isEqualTo("conv: " + dir.resolve("in/bad.html")
                + ": 1 invalid byte in GB18030 replaced by U+FFFD\n");
        assertThat(Files.readString(out.resolve("bad.md"))).isEqualTo(Files.readString(EXPECTED));
        assertThat(Files.readString(out.resolve("good.md"))).isEqualTo("good\n");
    }

    @Test
    void validPagesGiveNoWarning() throws IOException {
        Path good = dir.resolve("good.html");
        Files.write(good, "<meta charset=gb2312><p>中文</p>".getBytes("GB2312"));
        CliRun r = CliRun.run("", "html2md", "--lenient-decoding", good.toString());
        assertThat(r.out()).isEqualTo("中文\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void cleanChecksLenientlyButRefusesToWrite() throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, Files.readAllBytes(PAGE));
        CliRun check = CliRun.run("", "clean", "--check", "--lenient-decoding", page.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).startsWith("conv: " + page + ": 1 invalid byte in GB18030 replaced by U+FFFD\n");

        CliRun write = CliRun.run("", "clean", "--write", "--lenient-decoding", page.toString());
        assertThat(write.exitCode()).isEqualTo(2);
        assertThat(write.err()).startsWith("conv: --lenient-decoding cannot be used with --write");
        assertThat(Files.readAllBytes(page)).isEqualTo(Files.readAllBytes(PAGE));
    }

    @Test
    void cleanToStdoutWritesTheReplacementInThePagesCharset() throws IOException {
        byte[] bytes = Files.readAllBytes(PAGE);
        CliRun r = CliRun.run(bytes, "clean", "--lenient-decoding");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("conv: -: 1 invalid byte in GB18030 replaced by U+FFFD\n");
        // Nothing to clean: the page comes back byte for byte, but for U+FFFD in GB18030 at the bad byte.
        byte[] replacement = "\uFFFD".getBytes("GB18030");
        byte[] expected = new byte[bytes.length - 1 + replacement.length];
        System.arraycopy(bytes, 0, expected, 0, 245);
        System.arraycopy(replacement, 0, expected, 245, replacement.length);
        System.arraycopy(bytes, 246, expected, 245 + replacement.length, bytes.length - 246);
        assertThat(r.out()).isEqualTo(new String(expected, StandardCharsets.UTF_8)); // CliRun reads stdout as UTF-8
    }
}
