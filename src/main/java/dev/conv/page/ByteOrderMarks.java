package dev.conv.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The byte-order marks a page's charset is read from, and written back with: UTF-8, UTF-16BE and
 * UTF-16LE. UTF-32 is not among them: its text is mostly NUL bytes, refused as binary.
 */
final class ByteOrderMarks {
    private static final List<ByteOrderMark> READ = List.of(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE,
            ByteOrderMark.UTF_16LE);

    private ByteOrderMarks() {
    }

    /** The mark {@code bytes} start with, or null. */
    static ByteOrderMark of(byte[] bytes) {
        try (BOMInputStream in = BOMInputStream.builder().setByteArray(bytes)
                .setByteOrderMarks(READ.toArray(ByteOrderMark[]::new)).get()) {
            return in.getBOM();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
    }

    /** The mark of {@code charset}, one of those read. */
    static ByteOrderMark of(Charset charset) {
        for (ByteOrderMark bom : READ) {
            if (bom.getCharsetName().equals(charset.name())) {
                return bom;
            }
        }
        throw new IllegalArgumentException("no byte-order mark is read for " + charset.name());
    }

    static Charset charset(ByteOrderMark bom) {
        return Charset.forName(bom.getCharsetName());
    }
}
