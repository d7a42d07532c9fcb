package dev.conv.qr;

import java.nio.charset.StandardCharsets;

/**
 * A symbol as SVG: one path of the dark modules (a {@code M x y h w v1 h-w z} rectangle per run of
 * dark modules in a row) on a white rectangle, since a transparent background does not scan on a
 * dark page. Drawn in module units, so it stays crisp at any size; {@code width} and
 * {@code height} give the pixel size the options ask for.
 */
final class SvgImage {
    private SvgImage() {
    }

    static byte[] of(QrSymbol symbol, int scale, int border) {
        int modules = symbol.size();
        int side = modules + 2 * border;
        StringBuilder path = new StringBuilder(modules * modules);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; ) {
                if (!symbol.dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && symbol.dark(x, y)) {
                    x++;
                }
                path.append('M').append(start + border).append(' ').append(y + border)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + side * scale + "\" height=\"" + side * scale
                + "\" viewBox=\"0 0 " + side + " " + side + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\"/></svg>\n";
        return svg.getBytes(StandardCharsets.US_ASCII);
    }
}
