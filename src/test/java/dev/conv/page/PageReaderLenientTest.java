package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lenient decoding: invalid bytes become U+FFFD and are counted, in memory and when streaming. */
class PageReaderLenientTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private static byte[] pageWithBadBytes(int repeat) {
        byte[] body = "<meta charset=gb2312><p>中文".getBytes(GB18030);
        byte[] chunk = "<p>段落\u3002</p>\n".getBytes(GB18030);
        byte[] all = new byte[body.length + 1 + chunk.length * repeat + 2];
        System.arraycopy(body, 0, all, 0, body.length);
        all[body.length] = (byte) 0x80; // never a GB18030 byte
        for (int i = 0; i < repeat; i++) {
            System.arraycopy(chunk, 0, all, body.length + 1 + i * chunk.length, chunk.length);
        }
        all[all.length - 2] = (byte) 0xFF; // nor this
        all[all.length - 1] = '\n';
        return all;
    }

    @Test
    void strictRefusesLenientCountsAndReplaces() throws Exception {
        Path file = dir.resolve("p.html");
        Files.write(file, pageWithBadBytes(3));
        assertThatThrownBy(() -> new PageReader().read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not valid GB18030 (byte 0x80");
        PageReader lenient = new PageReader(null, null, Long.MAX_VALUE, true);
        TextSource source = lenient.open(file);
        assertThat(source.encoding().invalidBytes()).isEqualTo(2);
        Page page = source.load();
        assertThat(page.text()).startsWith("<meta charset=gb2312><p>中文\uFFFD<p>段落。</p>").endsWith("</p>\n\uFFFD\n");
        assertThat(page.encoding().invalidBytes()).isEqualTo(2);
        assertThat(lenient.read(new ByteArrayInputStream(pageWithBadBytes(3))).text()).isEqualTo(page.text());
    }

    @Test
    void aValidPageCountsNothing() throws Exception {
        Path file = dir.resolve("ok.html");
        Files.write(file, "<meta charset=gb2312><p>中文</p>".getBytes(GB18030));
        TextSource source = new PageReader(null, null, Long.MAX_VALUE, true).open(file);
        assertThat(source.encoding().invalidBytes()).isZero();
        assertThat(source.load().text()).isEqualTo("<meta charset=gb2312><p>中文</p>");
    }

    @Test
    void aStreamedFileIsCountedInItsCheckingPassAndReplacedWhenRead() throws IOException, BadInputException {
        // Larger than the 16 MiB decoded in memory: checked in one pass, decoded again when read.
        byte[] bytes = pageWithBadBytes(17 * 1024 * 1024 / 14);
        assertThat(bytes.length).isGreaterThan(16 * 1024 * 1024);
        Path file = dir.resolve("big.html");
        Files.write(file, bytes);
        assertThatThrownBy(() -> new PageReader().open(file)).isInstanceOf(BadInputException.class);
        TextSource source = new PageReader(null, null, Long.MAX_VALUE, true).open(file);
        assertThat(source.encoding().invalidBytes()).isEqualTo(2);
        long replacements = 0;
        char[] buf = new char[1 << 16];
        try (Reader r = source.openReader()) {
            for (int n; (n = r.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    replacements += buf[i] == '\uFFFD' ? 1 : 0;
                }
            }
        }
        assertThat(replacements).isEqualTo(2);
    }
}
