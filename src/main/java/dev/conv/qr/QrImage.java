package dev.conv.qr;

/** The bytes of one QR image for any text, as the options draw it. */
public final class QrImage {
    private QrImage() {
    }

    /**
     * @throws QrSymbol.TooLongException when the text does not fit the largest symbol
     */
    public static byte[] of(String text, QrOptions options) {
        QrSymbol symbol = QrSymbol.encode(text, options.ecc());
        int scale = options.scaleFor(symbol.size());
        return switch (options.format()) {
            case PNG -> PngImage.of(symbol, scale, options.border());
            case SVG -> SvgImage.of(symbol, scale, options.border());
        };
    }
}
