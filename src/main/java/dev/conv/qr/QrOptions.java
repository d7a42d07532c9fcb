package dev.conv.qr;

import java.util.Locale;

/**
 * How qr draws a page's image, as plain values, so that a command line or a configuration file
 * can build the step alike. Immutable; the {@code with} methods return a copy.
 *
 * @param ecc the lowest error correction level; a higher one is used when it fits the same version
 * @param scale pixels per module, or 0 to take it from {@code size}
 * @param border quiet zone in modules on each side (4 is the standard's)
 * @param size target width in pixels when {@code scale} is 0: the largest scale that stays within
 *     it (at least 1)
 * @param format PNG or SVG
 * @param shareBlock whether Markdown pages get a share block (inserted, or refreshed in place)
 * @param shareTemplate the share block's text, with {@code {url}}, {@code {image}} and
 *     {@code {image_url}}
 */
public record QrOptions(Ecc ecc, int scale, int border, int size, Format format, boolean shareBlock,
                        ShareTemplate shareTemplate) {
    /** Error correction levels: a symbol survives about 7, 15, 25 and 30 % damage. */
    public enum Ecc { L, M, Q, H }

    /** The image's file format, and the extension added to the page's file name. */
    public enum Format {
        PNG, SVG;

        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Largest module size and quiet zone accepted: past them an image only grows. */
    public static final int MAX_SCALE = 64;
    public static final int MAX_BORDER = 64;

    public QrOptions {
        if (ecc == null || format == null || shareTemplate == null) {
            throw new IllegalArgumentException("ecc, format and shareTemplate are required");
        }
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + " pixels per module, not " + scale);
        }
        if (border < 0 || border > MAX_BORDER) {
            throw new IllegalArgumentException("border must be 0 to " + MAX_BORDER + " modules, not " + border);
        }
        if (scale == 0 && size <= 0) {
            throw new IllegalArgumentException("give a scale or a size");
        }
        if (size < 0 || size > 8192) {
            throw new IllegalArgumentException("size must be 1 to 8192 pixels, not " + size);
        }
    }

    /** ECC M, 4 px per module, the standard 4-module quiet zone, PNG, no share block. */
    public static QrOptions defaults() {
        return new QrOptions(Ecc.M, 4, 4, 0, Format.PNG, false, ShareTemplate.DEFAULT);
    }

    /**
     * What the old pipeline made ({@code qrencode -s 4}: ECC L, 4 px per module, 4-module border),
     * so its images can be replaced in place: the same pixel size for the same URL.
     */
    public static QrOptions legacy() {
        return new QrOptions(Ecc.L, 4, 4, 0, Format.PNG, false, ShareTemplate.DEFAULT);
    }

    public QrOptions withEcc(Ecc e) {
        return new QrOptions(e, scale, border, size, format, shareBlock, shareTemplate);
    }

    public QrOptions withScale(int s) {
        return new QrOptions(ecc, s, border, size, format, shareBlock, shareTemplate);
    }

    public QrOptions withBorder(int b) {
        return new QrOptions(ecc, scale, b, size, format, shareBlock, shareTemplate);
    }

    /** A target pixel size; the scale is then taken from it. */
    public QrOptions withSize(int px) {
        return new QrOptions(ecc, 0, border, px, format, shareBlock, shareTemplate);
    }

    public QrOptions withFormat(Format f) {
        return new QrOptions(ecc, scale, border, size, f, shareBlock, shareTemplate);
    }

    public QrOptions withShareBlock(boolean on, ShareTemplate template) {
        return new QrOptions(ecc, scale, border, size, format, on, template);
    }

    /** The pixels per module for a symbol of {@code modules} modules a side. */
    public int scaleFor(int modules) {
        return scale > 0 ? scale : Math.max(1, size / (modules + 2 * border));
    }

    /** The image's file name for a page's file name: {@code a.md} gives {@code a.md.png}. */
    public String imageName(String pageName) {
        return pageName + format.extension();
    }
}
