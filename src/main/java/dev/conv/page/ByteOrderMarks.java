package dev.conv.page;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.io.ByteOrderMark;

/**
 * The byte-order marks a page's charset is read from, and written back with: UTF-8, UTF-16BE and
 * UTF-16LE. UTF-32 is not among them: its text is mostly NUL bytes, refused as binary.
 */
final class ByteOrderMarks {
    private static final List<ByteOrderMark> READ = List.of(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE,
            ByteOrderMark.UTF_16LE);

    private ByteOrderMarks() {
    }

    /**
     * The mark {@code bytes} start with, or null. The bytes are in memory, so this compares them with
     * each mark: no mark is the start of another. (BOMInputStream did the same through lambdas made in
     * its static initialisers, which the class-data archive does not keep: a page's start-up paid to
     * generate their classes.)
     */
    static ByteOrderMark of(byte[] bytes) {
        for (ByteOrderMark bom : READ) {
            byte[] mark = bom.getBytes();
            if (bytes.length >= mark.length && Arrays.equals(bytes, 0, mark.length, mark, 0, mark.length)) {
                return bom;
            }
        }
        return null;
    }

    /** Is a mark of {@code charset} read (and dropped) at the start of a file? */
    static boolean isRead(Charset charset) {
        for (ByteOrderMark bom : READ) {
            if (bom.getCharsetName().equals(charset.name())) {
                return true;
            }
        }
        return false;
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
