package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageReaderTest {
    @Test
    void readsStandardInputWithoutASizeLimit() throws BadInputException {
        // maxSize + 1 overflowed for the library's default reader (no limit): nothing was read.
        Page page = new PageReader().read(new ByteArrayInputStream("<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.text()).isEqualTo("<p>x</p>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE"})
    void aByteOrderMarkGivesTheCharsetAndIsWrittenBack(String name) throws BadInputException {
        Charset charset = Charset.forName(name);
        byte[] bytes = ("\uFEFF<p>caf\u00E9 \u4E2D</p>\n").getBytes(charset);

        Page page = new PageReader().read(new ByteArrayInputStream(bytes));

        assertThat(page.text()).isEqualTo("<p>caf\u00E9 \u4E2D</p>\n");
        assertThat(page.encoding().charset()).isEqualTo(charset);
        assertThat(page.encoding().bom()).isTrue();
        assertThat(page.encoding().encode(page.text())).isEqualTo(bytes);
    }

    @Test
    void aCharsetNamedByTheUserKeepsADifferentMarkAsText() throws BadInputException {
        byte[] bytes = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_8);
        Page page = new PageReader(null, StandardCharsets.ISO_8859_1, Long.MAX_VALUE)
                .read(new ByteArrayInputStream(bytes));
        assertThat(page.text()).isEqualTo("\u00EF\u00BB\u00BF<p>x</p>");
        assertThat(page.encoding().bom()).isFalse();
    }

    @Test
    void halfAMarkIsNoMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, '<', 'p', '>'};
        assertThatThrownBy(() -> new PageReader().read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("not valid UTF-8 (byte 0xEF at offset 0)");
    }

    @Test
    void aUtf32PageIsRefusedAsBinary() {
        byte[] bytes = "\uFEFF<p>x</p>".getBytes(Charset.forName("UTF-32LE"));
        assertThatThrownBy(() -> new PageReader().read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(BadInputException.class).hasMessage("not a text file");
    }

    @Test
    void aLargeFileIsCheckedAndReadPastItsMark(@TempDir Path dir) throws Exception {
        // Larger than the 16 MiB decoded in memory: the mark is found in the head, then skipped
        // by the streaming check and again when the text is read.
        String text = "<p>caf\u00E9</p>\n".repeat(17 * 1024 * 1024 / 24);
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        Path file = dir.resolve("big.html");
        Files.write(file, bytes);

        Page page = new PageReader().read(file);

        assertThat(bytes.length).isGreaterThan(16 * 1024 * 1024);
        assertThat(page.encoding().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(page.encoding().bom()).isTrue();
        assertThat(page.text()).isEqualTo(text);
    }
}
