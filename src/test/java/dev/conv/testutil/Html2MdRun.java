package dev.conv.testutil;

import dev.conv.markdown.Html2Md;
import dev.conv.markdown.Html2MdOptions;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.page.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Converts the way {@code conv html2md} does: the bytes go through {@link PageReader} (kind from
 * the extension, BOM, {@code <meta charset>}, strict decoding) and the resulting
 * {@link TextSource} through {@link Html2Md#apply(TextSource, Appendable)}, the method the
 * command calls. Tests that judge html2md's output use this, so they judge what users get.
 */
public final class Html2MdRun {
    private Html2MdRun() {
    }

    /** {@code conv html2md FILE} with these options. */
    public static String file(Path file, Html2MdOptions options) {
        try {
            return convert(reader(null).open(file), options);
        } catch (BadInputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@code conv html2md [--from KIND] < bytes}; a null kind lets conv sniff it, as the CLI does. */
    public static String stdin(byte[] bytes, SourceKind kind, Html2MdOptions options) {
        try {
            return convert(reader(kind).open(new ByteArrayInputStream(bytes)), options);
        } catch (BadInputException e) {
            throw new IllegalStateException("-: " + e.getMessage(), e);
        }
    }

    /** {@code conv html2md < html}, default options. */
    public static String html(String html) {
        return stdin(html.getBytes(StandardCharsets.UTF_8), null, Html2MdOptions.defaults());
    }

    /** {@code conv html2md --from markdown < markdown}. */
    public static String markdown(String markdown, Html2MdOptions options) {
        return stdin(markdown.getBytes(StandardCharsets.UTF_8), SourceKind.MARKDOWN, options);
    }

    /** The file's text as conv decodes it (charset from BOM or meta, as for conversion). */
    public static Page read(Path file) {
        try {
            return reader(null).read(file);
        } catch (BadInputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static PageReader reader(SourceKind kind) {
        return new PageReader(kind, null, PageReader.DEFAULT_MAX_SIZE);
    }

    private static String convert(TextSource source, Html2MdOptions options) throws BadInputException {
        StringBuilder out = new StringBuilder();
        try {
            new Html2Md(options).apply(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
