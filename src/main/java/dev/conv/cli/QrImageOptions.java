package dev.conv.cli;

import dev.conv.qr.QrOptions;
import picocli.CommandLine.Option;

/** How conv qr draws an image: level, module size, quiet zone, format, a preset. */
final class QrImageOptions {
    @Option(names = "--format", paramLabel = "png|svg",
            description = "Image format (default: png, or the extension of -o): a 1-bit PNG, or an SVG of one path.")
    QrOptions.Format format;

    @Option(names = "--ecc", paramLabel = "L|M|Q|H",
            description = "Error correction level (default: M; a higher one is used when it fits the same symbol).")
    QrOptions.Ecc ecc;

    @Option(names = "--scale", paramLabel = "PX", description = "Pixels per module (default: 4).")
    Integer scale;

    @Option(names = "--border", paramLabel = "MODULES", description = "Quiet zone on each side, in modules (default: 4).")
    Integer border;

    @Option(names = "--size", paramLabel = "PX",
            description = "Target image width in pixels: the largest whole module size within it (instead of --scale).")
    Integer size;

    @Option(names = "--preset", paramLabel = "legacy",
            description = "legacy: the old pipeline's images (qrencode -s 4: ECC L, 4 px per module, border 4), for "
                    + "drop-in replacement; other options still win.")
    String preset;

    /** The options, with {@code implied} the format an output file's name implies (or null). */
    QrOptions toOptions(QrOptions.Format implied) {
        check();
        QrOptions o = preset != null ? QrOptions.legacy() : QrOptions.defaults();
        if (ecc != null) {
            o = o.withEcc(ecc);
        }
        if (border != null) {
            o = o.withBorder(border);
        }
        if (scale != null) {
            o = o.withScale(scale);
        }
        if (size != null) {
            o = o.withSize(size);
        }
        QrOptions.Format f = format != null ? format : implied != null ? implied : QrOptions.Format.PNG;
        return o.withFormat(f);
    }

    /** Refuses values no image can have, naming their option (a configuration file's are checked where read). */
    void check() {
        if (preset != null && !preset.equals("legacy")) {
            throw new UsageException("--preset: only 'legacy' is known, not '" + preset + "'");
        }
        if (scale != null && size != null) {
            throw new UsageException("--scale and --size both set the module size: choose one");
        }
        check("--scale", scale, 1, QrOptions.MAX_SCALE);
        check("--border", border, 0, QrOptions.MAX_BORDER);
        check("--size", size, 1, 8192);
    }

    private static void check(String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new UsageException(option + ": must be " + min + " to " + max + ", not " + value);
        }
    }
}
