package dev.conv.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a page's text was stored: its charset and whether it began with a byte-order mark, so an
 * in-place edit can write every unchanged byte back exactly as it was; and how many bytes were
 * not valid in the charset and were read as U+FFFD (lenient decoding only), after which that is
 * no longer true.
 */
public record TextEncoding(Charset charset, boolean bom, long invalidBytes) {
    public static final TextEncoding UTF8 = new TextEncoding(StandardCharsets.UTF_8, false);

    /** An encoding all of whose bytes decoded. */
    public TextEncoding(Charset charset, boolean bom) {
        this(charset, bom, 0);
    }

    /**
     * The bytes of {@code text} in this encoding, BOM first when the original had one, or when
     * an edit left U+FEFF first in a Unicode encoding: bare, the next read would take that
     * character for a BOM and drop it.
     */
    public byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        if (!bom && !(text.startsWith("\uFEFF") && ByteOrderMarks.isRead(charset))) {
            return body;
        }
        byte[] mark = ByteOrderMarks.of(charset).getBytes();
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }
}
