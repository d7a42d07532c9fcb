package dev.conv.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.output.StringBuilderWriter;

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
    /** Why the kind is a guess that may be wrong, or null when it is not. */
    private final String kindDoubt;

    TextSource(String name, Path path, SourceKind kind, TextEncoding encoding, int bomLength, Bytes bytes, long size) {
        this(name, path, kind, encoding, bomLength, bytes, size, null, null);
    }

    private TextSource(String name, Path path, SourceKind kind, TextEncoding encoding, int bomLength, Bytes bytes,
                       long size, String text, String kindDoubt) {
        this.name = name;
        this.path = path;
        this.kind = kind;
        this.encoding = encoding;
        this.bomLength = bomLength;
        this.bytes = bytes;
        this.size = size;
        this.text = text;
        this.kindDoubt = kindDoubt;
    }

    /** A source whose text is already decoded (a small file): nothing is read twice. */
    static TextSource decoded(String name, Path path, SourceKind kind, TextEncoding encoding, String text) {
        return new TextSource(name, path, kind, encoding, 0, null, text.length(), text, null);
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

    /**
     * Why {@link #kind()} may be wrong, or null when it is certain: when no name told the kind
     * and the text was {@linkplain KindSniffer sniffed} without a clear sign.
     */
    public String kindDoubt() {
        return kindDoubt;
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
        try (Reader r = openReader()) {
            IOUtils.copyLarge(r, new StringBuilderWriter(sb));
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException("too large to load into memory");
        }
        return new Page(name, path, kind, sb.toString(), encoding);
    }

    /** The same text read as the kind its start suggests, for a source no name speaks for. */
    TextSource sniffed() {
        KindSniffer.Guess guess = KindSniffer.guess(head(KindSniffer.MAX_CHARS));
        return new TextSource(name, path, guess.kind(), encoding, bomLength, bytes, size, text, guess.doubt());
    }

    /** Up to {@code maxChars} of the text's start; what can be read of it if reading fails. */
    private String head(int maxChars) {
        if (text != null) {
            return text.substring(0, Math.min(text.length(), maxChars));
        }
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        try (Reader r = openReader()) {
            for (int n; sb.length() < maxChars && (n = r.read(buf, 0, Math.min(buf.length, maxChars - sb.length()))) > 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            // The sniff goes by what was read; the conversion will report the error.
        }
        return sb.toString();
    }
}
