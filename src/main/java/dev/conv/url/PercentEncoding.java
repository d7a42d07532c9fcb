package dev.conv.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding (RFC 3986) as mirrored pages need it: lenient decoding, UTF-8 encoding. */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** What a path segment may hold as it is (RFC 3986 {@code pchar} without {@code %}). */
    private static final String SEGMENT_PUNCTUATION = "-._~!$&'()*+,;=:@";

    private PercentEncoding() {
    }

    /** Percent-decoding as UTF-8 that leaves malformed escapes as they are. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isEscape(s, i)) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c);
        }
        flush(bytes, out);
        return out.toString();
    }

    /**
     * One path segment, taken literally (a file name: its {@code %} is a percent sign), encoded
     * so that any URL reader gets it back: everything but ASCII letters, digits and the
     * punctuation a segment may hold becomes {@code %XX} of its UTF-8 bytes. A lone surrogate,
     * which UTF-8 cannot hold, is written as {@code ?} encoded, as Java's encoder writes it.
     */
    public static String encodeSegment(String segment) {
        return encode(segment, false);
    }

    /**
     * A path as written in a URL someone typed: its {@code /} and valid {@code %XX} escapes stay,
     * and what a path may not hold (spaces, non-ASCII, {@code <>"\\^`{|}}, a stray {@code %})
     * becomes {@code %XX} of its UTF-8 bytes.
     */
    public static String encodePath(String path) {
        return encode(path, true);
    }

    private static String encode(String s, boolean asWritten) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = isAsciiAlnum(c) || SEGMENT_PUNCTUATION.indexOf(c) >= 0
                    || asWritten && (c == '/' || c == '%' && isEscape(s, i));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    ? i + 2 : i + 1;
            appendUtf8(s.substring(i, end), out);
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    /** Whether a valid {@code %XX} escape starts at {@code i}. */
    private static boolean isEscape(String s, int i) {
        return s.charAt(i) == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0;
    }

    private static void appendUtf8(String s, StringBuilder out) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
