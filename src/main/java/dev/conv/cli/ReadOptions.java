package dev.conv.cli;

import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.page.TextEncoding;
import dev.conv.page.TextSource;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How input files are read: their kind, charset, strictness and size limit. */
final class ReadOptions {
    @Option(names = "--from", paramLabel = "html|markdown",
            description = "Read inputs as this kind (default: by extension; stdin and other extensions by their start: "
                    + "Markdown syntax before any tag is Markdown).")
    String from;

    @Option(names = "--stdin-filepath", paramLabel = "NAME",
            description = "The file stdin comes from: its extension gives the kind, and messages and diffs name it.")
    String stdinFilepath;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Input charset (default: BOM, then <meta charset>, then UTF-8).")
    String charset;

    @Option(names = "--lenient-decoding",
            description = "Read bytes that are not valid in the charset as U+FFFD, as browsers do, with one warning "
                    + "per file, instead of refusing the file. Not with clean --write: the rewrite would keep them.")
    boolean lenientDecoding;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "64M",
            converter = SizeConverter.class,
            description = "Skip files larger than this (default: ${DEFAULT-VALUE}); K, M, G suffixes.")
    long maxSize;

    PageReader reader(CommandLine cmd) {
        SourceKind kind = null;
        if (from != null) {
            try {
                kind = SourceKind.parse(from);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--from: " + e.getMessage());
            }
        }
        Charset cs = null;
        if (charset != null) {
            try {
                cs = Charset.forName(charset);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new CommandLine.ParameterException(cmd, "--charset: unknown charset '" + charset + "'");
            }
        }
        return new PageReader(kind, cs, maxSize, lenientDecoding);
    }

    /** The warning for a file read with invalid bytes replaced, or null when all were valid. */
    static String decodingWarning(String name, TextEncoding encoding) {
        long n = encoding.invalidBytes();
        if (n == 0) {
            return null;
        }
        return name + ": " + n + " invalid byte" + (n == 1 ? "" : "s") + " in " + encoding.charset().name()
                + " replaced by U+FFFD";
    }

    /** Every warning about how a source was read, as lines naming it, or null when there is none. */
    static String warnings(TextSource source, TextEncoding decoded, boolean stdin) {
        return warnings(source.name(), source.kind(), source.kindDoubt(), decoded, stdin);
    }

    /** As {@link #warnings(TextSource, TextEncoding, boolean)}, from what a run read. */
    static String warnings(String name, SourceKind kind, String kindDoubt, TextEncoding decoded, boolean stdin) {
        String guess = guessWarning(name, kind, kindDoubt, stdin);
        String decoding = decodingWarning(name, decoded);
        if (guess == null || decoding == null) {
            return guess != null ? guess : decoding;
        }
        return guess + System.lineSeparator() + decoding;
    }

    /** What stdin is called in messages and diffs. */
    String stdinName() {
        return stdinFilepath == null ? "-" : stdinFilepath;
    }

    /** Says once on stderr that a source's kind was guessed and may be wrong, and how to say it. */
    static void warnIfGuessed(Console console, TextSource source, boolean stdin) {
        String warning = guessWarning(source, stdin);
        if (warning != null) {
            console.error(warning);
        }
    }

    /** The warning for a source whose kind is a guess, or null. */
    static String guessWarning(TextSource source, boolean stdin) {
        return guessWarning(source.name(), source.kind(), source.kindDoubt(), stdin);
    }

    private static String guessWarning(String name, SourceKind kind, String doubt, boolean stdin) {
        if (doubt == null) {
            return null;
        }
        boolean markdown = kind == SourceKind.MARKDOWN;
        return name + ": " + doubt + ", read as " + (markdown ? "Markdown" : "HTML")
                + " (--from " + (markdown ? "html" : "markdown") + (stdin ? " or --stdin-filepath NAME" : "")
                + " to say what it is)";
    }

    /** Parses 64M, 512K, 1G or plain bytes. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(java.util.Locale.ROOT);
            long unit = 1;
            if (v.endsWith("IB")) {
                v = v.substring(0, v.length() - 2);
            } else if (v.endsWith("B")) {
                v = v.substring(0, v.length() - 1);
            }
            if (v.endsWith("K")) {
                unit = 1024;
            } else if (v.endsWith("M")) {
                unit = 1024 * 1024;
            } else if (v.endsWith("G")) {
                unit = 1024L * 1024 * 1024;
            }
            if (unit > 1) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v.trim());
                if (n < 0) {
                    throw new CommandLine.TypeConversionException("size must not be negative: " + value);
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a size: '" + value + "' (e.g. 64M, 512K, 1000000)");
            }
        }
    }
}
