package dev.conv.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML page declares in {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, looking at the start of
 * the bytes only, as a browser's pre-scan does; labels are mapped the WHATWG way (gb2312 and gbk
 * decode as GB18030, big5 as Big5-HKSCS, latin1 as windows-1252).
 */
final class MetaCharset {
    /** Browsers pre-scan 1024 bytes; mirrored pages often put meta after long heads. */
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private MetaCharset() {
    }

    static Optional<Charset> sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        if (head.indexOf('<') < 0 || head.indexOf("charset") < 0 && head.indexOf("CHARSET") < 0
                && head.indexOf("Charset") < 0) {
            return Optional.empty();
        }
        Matcher m = META.matcher(head);
        return m.find() ? forLabel(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> forLabel(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        switch (name) {
            case "gb2312": case "gbk": case "x-gbk": case "gb_2312-80": case "chinese": case "csgb2312":
                return Optional.of(Charset.forName("GB18030"));
            case "big5": case "big5-hkscs": case "cn-big5": case "x-x-big5":
                return Optional.of(Charset.forName("Big5-HKSCS"));
            case "iso-8859-1": case "latin1": case "l1": case "ascii": case "us-ascii": case "iso8859-1":
                return Optional.of(Charset.forName("windows-1252"));
            case "utf-16": case "utf-16le": case "utf-16be":
                // A page that could be read to find this meta is not UTF-16 (WHATWG rule).
                return Optional.of(StandardCharsets.UTF_8);
            default:
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
        }
    }
}
