package dev.conv.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;

/**
 * A file's text, checked (not binary, decodes strictly or, leniently, with its invalid bytes
 * counted) but not loaded: it can be read as a
 * stream, so a converter can handle a page far larger than the memory a loaded copy would need,
 * or {@linkplain #load() loaded} as a {@link Page}.
 */
public final class TextSource {
    /** Opens the raw bytes, from the first byte of the file (BOM included). */
    interface Bytes {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Path path;
    private final SourceKind kind;
    private final TextEncoding encoding;
    private final int bomLength;
    private final Bytes bytes;
    private final long size;
    /** The decoded text when the source was small enough to decode while checking it. */
    private final String text;

    TextSource(String name, Path path, SourceKind kind, TextEncoding encoding, int bomLength, Bytes bytes, long size) {
        this(name, path, kind, encoding, bomLength, bytes, size, null);
    }

    private TextSource(String name, Path path, SourceKind kind, TextEncoding encoding, int bomLength, Bytes bytes,
                       long size, String text) {
        this.name = name;
        this.path = path;
        this.kind = kind;
        this.encoding = encoding;
        this.bomLength = bomLength;
        this.bytes = bytes;
        this.size = size;
        this.text = text;
    }

    /** A source whose text is already decoded (a small file): nothing is read twice. */
    static TextSource decoded(String name, Path path, SourceKind kind, TextEncoding encoding, String text) {
        return new TextSource(name, path, kind, encoding, 0, null, text.length(), text);
    }

    public String name() {
        return name;
    }

    public Path path() {
        return path;
    }

    public SourceKind kind() {
        return kind;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** The decoded text as a stream, without a byte-order mark. */
    public Reader openReader() throws IOException {
        if (text != null) {
            return new java.io.StringReader(text);
        }
        InputStream in = bytes.open();
        long skipped = in.skip(bomLength);
        if (skipped != bomLength) {
            in.close();
            throw new IOException("file changed while being read");
        }
        // Invalid bytes were counted when the file was checked (lenient decoding): read them as
        // U+FFFD. Otherwise the file was valid, and an error means it changed since.
        CodingErrorAction onError = encoding.invalidBytes() > 0 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError));
    }

    /** The whole text in memory. */
    public Page load() throws BadInputException {
        if (text != null) {
            return new Page(name, path, kind, text, encoding);
        }
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, size)));
        char[] buf = new char[1 << 14];
        try (Reader r = openReader()) {
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException("too large to load into memory");
        }
        return new Page(name, path, kind, sb.toString(), encoding);
    }

    /** The same text read as another kind (stdin sniffing). */
    TextSource withKind(SourceKind newKind) {
        return new TextSource(name, path, newKind, encoding, bomLength, bytes, size, text);
    }
}
