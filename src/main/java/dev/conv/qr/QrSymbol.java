package dev.conv.qr;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import io.nayuki.qrcodegen.QrSegmentAdvanced;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A QR symbol: its modules, version and level, made by qrcodegen. ASCII text (every URL conv
 * encodes is percent-encoded first) is split into the segments that make the smallest symbol, so a
 * percent-encoded Chinese path ({@code %E6%96%87}) goes in alphanumeric mode at 5.5 bits a
 * character; other text goes as UTF-8 bytes in one segment, never in Kanji mode, which readers
 * such as zbar decode as something else. The same text and level always give the same modules.
 */
public final class QrSymbol {
    private final QrCode code;

    private QrSymbol(QrCode code) {
        this.code = code;
    }

    /**
     * @param ecc the lowest level; a higher one is taken when it fits the same version
     * @throws TooLongException when the text does not fit version 40 at that level
     */
    public static QrSymbol encode(String text, QrOptions.Ecc ecc) {
        QrCode.Ecc level = level(ecc);
        try {
            List<QrSegment> segments = ascii(text)
                    ? QrSegmentAdvanced.makeSegmentsOptimally(text, level, QrCode.MIN_VERSION, QrCode.MAX_VERSION)
                    : List.of(QrSegment.makeBytes(text.getBytes(StandardCharsets.UTF_8)));
            return new QrSymbol(QrCode.encodeSegments(segments, level, QrCode.MIN_VERSION, QrCode.MAX_VERSION, -1, true));
        } catch (DataTooLongException e) {
            throw new TooLongException(text, ecc);
        }
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static QrCode.Ecc level(QrOptions.Ecc ecc) {
        return switch (ecc) {
            case L -> QrCode.Ecc.LOW;
            case M -> QrCode.Ecc.MEDIUM;
            case Q -> QrCode.Ecc.QUARTILE;
            case H -> QrCode.Ecc.HIGH;
        };
    }

    /** Modules a side: 21 for version 1 up to 177 for version 40. */
    public int size() {
        return code.size;
    }

    public int version() {
        return code.version;
    }

    /** The level used, which may be higher than the one asked for. */
    public QrOptions.Ecc ecc() {
        return QrOptions.Ecc.values()[code.errorCorrectionLevel.ordinal()];
    }

    /** Whether the module at column x, row y is dark; false outside the symbol (the quiet zone). */
    public boolean dark(int x, int y) {
        return code.getModule(x, y);
    }

    /** Text longer than the largest symbol holds at the chosen level. */
    public static final class TooLongException extends IllegalArgumentException {
        TooLongException(String text, QrOptions.Ecc ecc) {
            super(text.getBytes(StandardCharsets.UTF_8).length + " bytes do not fit a QR code at ECC " + ecc
                    + " (version 40 holds " + capacity(ecc) + " bytes of a URL" + (ecc == QrOptions.Ecc.L ? ")"
                    : "; a lower level holds more)"));
        }

        private static int capacity(QrOptions.Ecc ecc) {
            return switch (ecc) {
                case L -> 2953;
                case M -> 2331;
                case Q -> 1663;
                case H -> 1273;
            };
        }
    }
}
