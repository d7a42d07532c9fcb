package dev.conv.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --file-timeout}: defence in depth for bulk and hook runs over hostile pages. A file whose
 * step takes longer is named, left untouched, and the run goes on.
 */
final class FileTimeoutOptions {
    @Option(names = "--file-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = Converter.class,
            description = "Give up on a file that takes longer (default: ${DEFAULT-VALUE}; 500ms, 30s, 2m, 1h; 0: no limit): "
                    + "it is named and left untouched, and the run goes on. Not for one page streamed to stdout.")
    Duration fileTimeout = Duration.ofSeconds(60);

    /** {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}: the largest unit that says it exactly. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** A number with ms, s, m or h; a bare number is seconds. */
    static final class Converter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (e.g. 30s, 2m, 0 for no limit)");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
