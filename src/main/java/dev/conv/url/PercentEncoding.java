package dev.conv.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986) as mirrored pages need it: lenient decoding, UTF-8 encoding. The one
 * percent-encoder of conv: file names into URL segments, typed paths, URLs with characters no URI
 * may hold.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** What a path segment may hold as it is (RFC 3986 {@code pchar} without {@code %}). */
    private static final String SEGMENT_PUNCTUATION = "-._~!$&'()*+,;=:@";
    /** ASCII that is never allowed anywhere in a URI (RFC 3986 §2), besides controls and space. */
    private static final String NEVER_ALLOWED = "\"<>\\^`{|}";

    private PercentEncoding() {
    }

    /**
     * Percent-decoding as UTF-8 that leaves malformed escapes, and runs of escapes whose bytes are
     * not UTF-8, as they are written.
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder(s.length());
        int runStart = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isEscape(s, i)) {
                if (runStart < 0) {
                    runStart = i;
                }
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(bytes, s, runStart, i, out);
            runStart = -1;
            out.append(c);
        }
        flush(bytes, s, runStart, s.length(), out);
        return out.toString();
    }

    /** A decoded run of bytes, or the escapes as written when the bytes are not UTF-8. */
    private static void flush(ByteArrayOutputStream bytes, String s, int runStart, int runEnd, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            out.append(s, runStart, runEnd);
        }
        bytes.reset();
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

    /**
     * A URL with the characters no URI may hold (space, controls, {@code "<>\^`{|}}) encoded, and
     * everything else as it is: non-ASCII stays readable, as browsers show it, and {@code %} stays
     * an escape.
     */
    public static String encodeIllegal(String url) {
        return encodeIllegal(url, false);
    }

    /**
     * A URL as ASCII: what {@link #encodeIllegal} encodes, and every non-ASCII character too, as
     * {@code %XX} of its UTF-8 bytes. What a QR code must hold: a reader then gets the URL back
     * whatever text encoding it guesses.
     */
    public static String encodeNonAscii(String url) {
        return encodeIllegal(url, true);
    }

    private static String encodeIllegal(String url, boolean nonAscii) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean illegal = c <= 0x20 || c == 0x7F || NEVER_ALLOWED.indexOf(c) >= 0 || nonAscii && c >= 0x80;
            if (!illegal) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            i = appendUtf8(url, i, out);
        }
        return out == null ? url : out.toString();
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
            i = appendUtf8(s, i, out);
        }
        return out == null ? s : out.toString();
    }

    /**
     * Appends the escapes of the character at i (a pair of surrogates counts as one; a lone one is
     * {@code ?}, as Java's encoder writes it); returns its last index.
     */
    static int appendUtf8(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                ? i + 2 : i + 1;
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return end - 1;
    }

    /** Whether a valid {@code %XX} escape starts at {@code i}. */
    private static boolean isEscape(String s, int i) {
        return s.charAt(i) == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0;
    }

    static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The value of an ASCII hex digit, or -1. */
    static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
