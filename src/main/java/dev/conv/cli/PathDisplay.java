package dev.conv.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as the user should read it. A file name that is not valid UTF-8 reaches Java with each
 * bad byte turned into U+FFFD, so {@code a\377.html} and {@code a\376.html} would print alike;
 * such names are shown with the bad bytes escaped ({@code a\xFF.html}), read from the raw bytes
 * that {@link Path#toUri()} keeps.
 */
final class PathDisplay {
    private PathDisplay() {
    }

    static String of(Path path) {
        String plain = path.toString();
        if (plain.indexOf('\uFFFD') < 0) {
            return plain;
        }
        StringBuilder sb = new StringBuilder(path.isAbsolute() ? "/" : "");
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            Path name = path.getName(i);
            sb.append(name.toString().indexOf('\uFFFD') < 0 ? name.toString() : escaped(rawBytes(name)));
        }
        return sb.toString();
    }

    /** The bytes of a one-element path, from the percent-encoded last segment of its URI. */
    private static byte[] rawBytes(Path name) {
        String uri = name.toAbsolutePath().toUri().getRawPath();
        if (uri.endsWith("/")) {
            uri = uri.substring(0, uri.length() - 1);
        }
        String segment = uri.substring(uri.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** UTF-8 text, each byte that is not part of a valid sequence written as {@code \xNN}. */
    private static String escaped(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(String.format("\\x%02X", in.get() & 0xFF));
            }
        }
        out.flip();
        return out.toString();
    }
}
