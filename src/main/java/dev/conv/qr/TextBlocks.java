package dev.conv.qr;

/**
 * A symbol drawn in a terminal with Unicode half blocks, two module rows a line, light modules
 * drawn and dark ones left as the background, as {@code qrencode -t UTF8} does for the usual dark
 * terminal. The quiet zone is drawn too: without it a phone cannot find the symbol.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    public static String of(QrSymbol symbol, int border) {
        int modules = symbol.size();
        StringBuilder out = new StringBuilder();
        for (int y = -border; y < modules + border; y += 2) {
            for (int x = -border; x < modules + border; x++) {
                boolean top = light(symbol, x, y);
                boolean bottom = y + 1 < modules + border && light(symbol, x, y + 1);
                out.append(top ? bottom ? '█' : '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean light(QrSymbol symbol, int x, int y) {
        return !symbol.dark(x, y);
    }
}
