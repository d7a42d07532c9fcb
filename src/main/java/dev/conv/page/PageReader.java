package dev.conv.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns bytes into a {@link Page}: refuses binary input, finds the charset (override, BOM,
 * {@code <meta charset>}, else UTF-8) and decodes strictly, so a wrongly decoded page is reported
 * instead of being silently damaged.
 */
public final class PageReader {
    /** Default for {@code --max-size}. */
    public static final long DEFAULT_MAX_SIZE = 64L * 1024 * 1024;

    private final SourceKind kindOverride;
    private final Charset charsetOverride;
    private final long maxSize;

    public PageReader(SourceKind kindOverride, Charset charsetOverride, long maxSize) {
        this.kindOverride = kindOverride;
        this.charsetOverride = charsetOverride;
        this.maxSize = maxSize;
    }

    public PageReader() {
        this(null, null, Long.MAX_VALUE);
    }

    /** Reads a file; the page's name is the path as given. */
    public Page read(Path path) throws BadInputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException("is a directory");
            }
            long size = Files.size(path);
            if (size > maxSize) {
                throw new BadInputException("larger than --max-size (" + size + " > " + maxSize + " bytes)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException("too large to read into memory");
        }
        SourceKind kind = kindOverride != null ? kindOverride
                : SourceKind.fromFileName(path.getFileName().toString()).orElse(SourceKind.HTML);
        return decode(path.toString(), path, bytes, kind);
    }

    /** Reads standard input (named {@code -}); its kind is sniffed unless overridden. */
    public Page read(InputStream in) throws BadInputException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(maxSize + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + describe(e), e);
        }
        if (bytes.length > maxSize) {
            throw new BadInputException("larger than --max-size (" + maxSize + " bytes)");
        }
        Page page = decode("-", null, bytes, kindOverride == null ? SourceKind.HTML : kindOverride);
        if (kindOverride == null && FrontMatter.length(page.text()) > 0) {
            // HTML never starts with a YAML block: this is a Markdown page.
            return page.withText(SourceKind.MARKDOWN, page.text());
        }
        return page;
    }

    /** Decodes bytes already in memory. */
    public Page decode(String name, Path path, byte[] bytes, SourceKind kind) throws BadInputException {
        Bom bom = Bom.of(bytes);
        if (bom == null && looksBinary(bytes)) {
            throw new BadInputException("not a text file");
        }
        Charset charset;
        if (charsetOverride != null) {
            charset = charsetOverride;
        } else if (bom != null) {
            charset = bom.charset;
        } else {
            charset = MetaCharset.sniff(bytes).orElse(StandardCharsets.UTF_8);
        }
        int skip = bom != null && bom.charset.equals(charset) ? bom.length : 0;
        String text = decodeStrictly(bytes, skip, charset);
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException("not a text file");
        }
        return new Page(name, path, kind, text, new TextEncoding(charset, skip > 0));
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws BadInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            throw new BadInputException(String.format("not valid %s (byte 0x%02X at offset %d); name the charset with --charset",
                    charset.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, at));
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid " + charset.name() + "; name the charset with --charset", e);
        }
    }

    /**
     * Git's heuristic (a NUL byte in the first 8000 bytes) plus a share of control characters
     * that no text file has.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private enum Bom {
        UTF8(StandardCharsets.UTF_8, 3), UTF16BE(StandardCharsets.UTF_16BE, 2), UTF16LE(StandardCharsets.UTF_16LE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return UTF8;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return UTF16BE;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return UTF16LE;
            }
            return null;
        }
    }
}
