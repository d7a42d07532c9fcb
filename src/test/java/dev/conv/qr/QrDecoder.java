package dev.conv.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads QR images back with ZXing's reader, a decoder that shares no code with the encoder
 * (qrcodegen), as a phone would: from pixels, finding the symbol itself, no hint of where it is.
 */
public final class QrDecoder {
    private QrDecoder() {
    }

    /** The text of a PNG (or any image ImageIO reads). */
    public static String png(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image == null) {
            throw new AssertionError("not an image ImageIO reads");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            // a transparent pixel (an old image's tRNS) shows the white page behind it
            if ((argb[i] >>> 24) < 0x80) {
                argb[i] = 0xFFFFFFFF;
            }
        }
        return decode(w, h, argb);
    }

    /** The text of an SVG as conv draws it (one path of {@code M x y h w v1 h-w z} runs), rasterised here. */
    public static String svg(byte[] bytes) {
        String svg = new String(bytes, StandardCharsets.US_ASCII);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox: " + svg);
        }
        int side = Integer.parseInt(box.group(1));
        int scale = 4;
        int w = side * scale;
        int[] pixels = new int[w * w];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int len = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + len) * scale; x++) {
                    pixels[y * w + x] = 0xFF000000;
                }
            }
        }
        if (runs == 0) {
            throw new AssertionError("no dark modules in " + svg);
        }
        return decode(w, w, pixels);
    }

    /** The text of a symbol drawn with half blocks, light modules drawn (as on a dark terminal). */
    public static String textBlocks(String text) {
        List<String> lines = text.lines().toList();
        int w = lines.get(0).length();
        int h = lines.size() * 2;
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        for (int line = 0; line < lines.size(); line++) {
            String l = lines.get(line);
            for (int x = 0; x < w; x++) {
                char c = x < l.length() ? l.charAt(x) : ' ';
                boolean top = c == '█' || c == '▀';
                boolean bottom = c == '█' || c == '▄';
                fill(pixels, w * scale, x, line * 2, scale, top);
                fill(pixels, w * scale, x, line * 2 + 1, scale, bottom);
            }
        }
        return decode(w * scale, h * scale, pixels);
    }

    private static void fill(int[] pixels, int width, int mx, int my, int scale, boolean light) {
        for (int y = my * scale; y < (my + 1) * scale; y++) {
            for (int x = mx * scale; x < (mx + 1) * scale; x++) {
                pixels[y * width + x] = light ? 0xFFFFFFFF : 0xFF000000;
            }
        }
    }

    /**
     * ZXing's detector (finder and alignment patterns located in the picture, as from a camera),
     * else ZXing reading the image as a clean symbol: the detector misplaces the alignment pattern
     * of a few valid symbols whose data draws a second one close by (1 of the corpus' 271 at ECC L;
     * zbar reads it), which {@link #detectorMisses} counts.
     */
    private static String decode(int w, int h, int[] argb) {
        try {
            return read(w, h, argb, false);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            DETECTOR_MISSES.incrementAndGet();
            try {
                return read(w, h, argb, true);
            } catch (NotFoundException | ChecksumException | FormatException again) {
                throw new AssertionError("ZXing cannot read the image: " + e + ", " + again, again);
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger DETECTOR_MISSES = new java.util.concurrent.atomic.AtomicInteger();

    /** Images so far that ZXing's detector could not read, read as a clean symbol instead. */
    public static int detectorMisses() {
        return DETECTOR_MISSES.get();
    }

    private static String read(int w, int h, int[] argb, boolean pure)
            throws NotFoundException, ChecksumException, FormatException {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(pure ? DecodeHintType.PURE_BARCODE : DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb))), hints);
        return r.getText();
    }
}
