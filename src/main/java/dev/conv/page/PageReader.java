package dev.conv.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.io.ByteOrderMark;

/**
 * Turns bytes into text conv can trust: refuses binary input, finds the charset (override, BOM,
 * {@code <meta charset>}, else UTF-8) and decodes strictly, so a wrongly decoded page is reported
 * instead of being silently damaged. Lenient decoding reads an invalid byte as U+FFFD, as a
 * browser shows it, and counts it in {@link TextEncoding#invalidBytes()} for the caller to report.
 * Files are checked in one streaming pass and never held in memory twice.
 */
public final class PageReader {
    /** Default for {@code --max-size}. */
    public static final long DEFAULT_MAX_SIZE = 64L * 1024 * 1024;
    /** Bytes looked at for a BOM, binary content and a meta charset. */
    private static final int HEAD = 8192;
    /** Files up to this size are decoded once, in memory; larger ones are streamed twice. */
    private static final long IN_MEMORY = 16L * 1024 * 1024;

    private final SourceKind kindOverride;
    private final Charset charsetOverride;
    private final long maxSize;
    private final boolean lenient;

    /**
     * @param lenient read bytes that are not valid in the charset as U+FFFD instead of refusing
     *     the file; the text then no longer encodes back to the same bytes
     */
    public PageReader(SourceKind kindOverride, Charset charsetOverride, long maxSize, boolean lenient) {
        this.kindOverride = kindOverride;
        this.charsetOverride = charsetOverride;
        this.maxSize = maxSize;
        this.lenient = lenient;
    }

    public PageReader(SourceKind kindOverride, Charset charsetOverride, long maxSize) {
        this(kindOverride, charsetOverride, maxSize, false);
    }

    /** True when invalid bytes are read as U+FFFD rather than refused. */
    public boolean lenient() {
        return lenient;
    }

    public PageReader() {
        this(null, null, Long.MAX_VALUE);
    }

    /** Reads a whole file into a Page; its name is the path as given. */
    public Page read(Path path) throws BadInputException {
        return open(path).load();
    }

    /** Reads all of standard input into a Page (named {@code -}). */
    public Page read(InputStream in) throws BadInputException {
        return open(in).load();
    }

    /** Reads standard input into memory (it cannot be read twice) and checks it; named {@code -}. */
    public TextSource open(InputStream in) throws BadInputException {
        return open(in, "-");
    }

    /** Checks a file and returns its text as a stream source. */
    public TextSource open(Path path) throws BadInputException {
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException("is a directory");
            }
            long size = Files.size(path);
            if (size > maxSize) {
                throw new BadInputException("larger than --max-size (" + size + " > " + maxSize + " bytes)");
            }
            SourceKind named = kindOverride != null ? kindOverride
                    : SourceKind.fromFileName(path.getFileName().toString()).orElse(null);
            SourceKind kind = named == null ? SourceKind.HTML : named;
            TextSource source;
            if (size <= IN_MEMORY) {
                source = decodeAll(path.toString(), path, kind, Files.readAllBytes(path));
            } else {
                byte[] head;
                try (InputStream in = Files.newInputStream(path)) {
                    head = in.readNBytes(HEAD);
                }
                source = check(path.toString(), path, kind, head, () -> Files.newInputStream(path), size);
            }
            return named == null ? source.sniffed() : source;
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + describe(e), e);
        }
    }

    /**
     * Reads standard input into memory and checks it, naming it {@code name} (prettier's
     * {@code --stdin-filepath}): the name's extension gives the kind; without one, the text's
     * start is sniffed.
     */
    public TextSource open(InputStream in, String name) throws BadInputException {
        byte[] all;
        try {
            all = in.readNBytes((int) Math.min(maxSize, Integer.MAX_VALUE - 9) + 1); // maxSize may be Long.MAX_VALUE
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException("too large to read into memory");
        }
        if (all.length > maxSize) {
            throw new BadInputException("larger than --max-size (" + maxSize + " bytes)");
        }
        byte[] head = Arrays.copyOf(all, Math.min(all.length, HEAD));
        SourceKind named = kindOverride != null ? kindOverride : SourceKind.fromFileName(name).orElse(null);
        SourceKind kind = named == null ? SourceKind.HTML : named;
        TextSource source;
        if (all.length <= IN_MEMORY) {
            source = decodeAll(name, null, kind, all);
        } else {
            try {
                source = check(name, null, kind, head, () -> new ByteArrayInputStream(all), all.length);
            } catch (IOException e) {
                throw new BadInputException("cannot read: " + describe(e), e); // not from memory
            }
        }
        return named == null ? source.sniffed() : source;
    }

    /** A small input: checked and decoded in one pass, kept in memory. */
    private TextSource decodeAll(String name, Path path, SourceKind kind, byte[] all) throws BadInputException {
        ByteOrderMark bom = ByteOrderMarks.of(all);
        if (bom == null && looksBinary(all)) {
            throw new BadInputException("not a text file");
        }
        Charset charset = charsetFor(bom, all);
        int skip = bom != null && ByteOrderMarks.charset(bom).equals(charset) ? bom.length() : 0;
        String text;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own decoder is fastest; a replacement character in its output means the
            // bytes were not valid (or held U+FFFD): only then decode again, strictly.
            text = new String(all, skip, all.length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                if (text.indexOf('\0') >= 0) {
                    throw new BadInputException("not a text file");
                }
                return TextSource.decoded(name, path, kind, new TextEncoding(charset, skip > 0), text);
            }
        }
        long[] invalid = new long[1];
        text = decode(charset, all, skip, invalid);
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException("not a text file");
        }
        return TextSource.decoded(name, path, kind, new TextEncoding(charset, skip > 0, invalid[0]), text);
    }

    /**
     * Decodes {@code all} from {@code skip}: strictly, or with each invalid byte sequence read as
     * U+FFFD and its length added to {@code invalid[0]}.
     */
    private String decode(Charset charset, byte[] all, int skip, long[] invalid) throws BadInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(all, skip, all.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (in.remaining() * (double) decoder.averageCharsPerByte()) + 16));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                if (!lenient) {
                    throw invalid(charset, all[in.position()], in.position());
                }
                invalid[0] += result.length();
                in.position(in.position() + result.length());
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        return out.flip().toString();
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, out.capacity() * 2L + 16));
        return bigger.put(out.flip());
    }

    private static BadInputException invalid(Charset charset, byte b, long offset) {
        return new BadInputException(String.format("not valid %s (byte 0x%02X at offset %d); name the charset with --charset",
                charset.name(), b & 0xFF, offset));
    }

    private Charset charsetFor(ByteOrderMark bom, byte[] head) {
        if (charsetOverride != null) {
            return charsetOverride;
        }
        if (bom != null) {
            return ByteOrderMarks.charset(bom);
        }
        return MetaCharset.sniff(head).orElse(StandardCharsets.UTF_8);
    }

    private TextSource check(String name, Path path, SourceKind kind, byte[] head, TextSource.Bytes bytes, long size)
            throws BadInputException, IOException {
        ByteOrderMark bom = ByteOrderMarks.of(head);
        if (bom == null && looksBinary(head)) {
            throw new BadInputException("not a text file");
        }
        Charset charset = charsetFor(bom, head);
        int skip = bom != null && ByteOrderMarks.charset(bom).equals(charset) ? bom.length() : 0;
        long invalid;
        try (InputStream in = bytes.open()) {
            invalid = validate(in, skip, charset);
        }
        return new TextSource(name, path, kind, new TextEncoding(charset, skip > 0, invalid), skip, bytes, size);
    }

    /**
     * One streaming pass: no NUL character anywhere, and every byte valid, or (lenient) the
     * number of invalid bytes.
     */
    private long validate(InputStream in, int skip, Charset charset) throws BadInputException, IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long offset = skip;
        long invalid = 0;
        if (in.skip(skip) != skip) {
            return 0;
        }
        boolean eof = false;
        while (!eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            while (true) {
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, eof);
                offset += bytes.position() - before;
                checkNul(chars);
                if (result.isError()) {
                    if (!lenient) {
                        throw invalid(charset, bytes.get(bytes.position()), offset);
                    }
                    invalid += result.length();
                    offset += result.length();
                    bytes.position(bytes.position() + result.length());
                    continue;
                }
                if (result.isOverflow()) {
                    continue;
                }
                break;
            }
            bytes.compact();
        }
        CoderResult result = decoder.flush(chars);
        checkNul(chars);
        if (result.isError()) {
            throw new BadInputException("not valid " + charset.name() + " at the end of the file");
        }
        return invalid;
    }

    private static void checkNul(CharBuffer chars) throws BadInputException {
        chars.flip();
        for (int i = 0; i < chars.limit(); i++) {
            if (chars.get(i) == '\0') {
                throw new BadInputException("not a text file");
            }
        }
        chars.clear();
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
        return IoErrors.describe(e);
    }
}
