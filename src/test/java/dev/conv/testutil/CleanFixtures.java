package dev.conv.testutil;

import dev.conv.step.Change;
import dev.conv.clean.Clean;
import dev.conv.clean.CleanPolicy;
import dev.conv.step.StepResult;
import dev.conv.html.TagPolicy;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden files of {@code conv clean} in {@code test-fixtures/clean/} (the {@code rules/}
 * folder below it belongs to the rules tests): {@code NAME.in.html} or {@code NAME.in.md} is the
 * input, {@code NAME.out.html} or {@code NAME.out.md} the expected bytes, {@code NAME.changes.txt}
 * the expected report (one {@link Change#toString()} a line, empty when nothing changes), and an
 * optional {@code NAME.options} holds clean options, one a line as on the command line:
 * {@code --custom-tags=link}, {@code --custom-tag=ok=link}, {@code --tracker-host=x.org},
 * {@code --remove=.sidebar}; {@code --page-path=pages/p1/a1.md} sets the page's own path (what the
 * command line takes from the file name; a library caller sets it on the policy). {@code #} starts
 * a comment.
 *
 * <p>Files are read as bytes through {@link PageReader}, as the command line reads them (BOM and
 * {@code <meta charset>} honoured), and the result is compared as the bytes
 * {@code page.encoding().encode(text)} gives, so line endings, a BOM and a legacy charset are part
 * of what is pinned.
 */
public final class CleanFixtures {
    public static final Path DIR = Path.of("test-fixtures", "clean");
    /** {@code -Dconv.updateGolden=true}: rewrite expected files instead of comparing. */
    public static final boolean UPDATE = Boolean.getBoolean("conv.updateGolden");

    private CleanFixtures() {
    }

    /** One golden case. */
    public record Fixture(String name, Path input, Path expected, Path changes, CleanPolicy policy) {
        public boolean markdown() {
            return input.getFileName().toString().endsWith(".md");
        }

        /** The input page, read as the command line reads it. */
        public Page page() {
            try {
                return new PageReader().read(input);
            } catch (BadInputException e) {
                throw new IllegalStateException(input + ": " + e.getMessage(), e);
            }
        }

        public byte[] inputBytes() {
            return readBytes(input);
        }

        /** The expected bytes, or null when the file does not exist yet. */
        public byte[] expectedBytes() {
            return Files.exists(expected) ? readBytes(expected) : null;
        }

        /** The expected report lines, or null when the file does not exist yet. */
        public List<String> expectedChanges() {
            if (!Files.exists(changes)) {
                return null;
            }
            return read(changes).lines().toList();
        }

        public Clean clean() {
            return new Clean(policy);
        }

        /** Cleans the input with a fresh {@link Clean}. */
        public StepResult run() {
            return clean().apply(page());
        }

        /** The bytes a cleaned page is written as. */
        public static byte[] bytes(Page page) {
            return page.encoding().encode(page.text());
        }

        /** The report as the file holds it. */
        public static String changesText(List<Change> changes) {
            return changes.stream().map(Change::toString).collect(Collectors.joining("\n", "",
                    changes.isEmpty() ? "" : "\n"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every fixture in the folder, sorted by name. */
    public static List<Fixture> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(Files::isRegularFile)
                    .map(CleanFixtures::fixture)
                    .filter(f -> f != null)
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fixture fixture(Path file) {
        String fileName = file.getFileName().toString();
        String name;
        String ext;
        if (fileName.endsWith(".in.html")) {
            name = fileName.substring(0, fileName.length() - ".in.html".length());
            ext = "html";
        } else if (fileName.endsWith(".in.md")) {
            name = fileName.substring(0, fileName.length() - ".in.md".length());
            ext = "md";
        } else {
            return null;
        }
        Path options = DIR.resolve(name + ".options");
        CleanPolicy policy = Files.exists(options) ? policy(read(options)) : CleanPolicy.defaults();
        return new Fixture(name, file, DIR.resolve(name + ".out." + ext), DIR.resolve(name + ".changes.txt"), policy);
    }

    /** Maps command-line option lines onto a {@link CleanPolicy}, as {@code conv clean} does. */
    public static CleanPolicy policy(String lines) {
        CleanPolicy.Builder b = CleanPolicy.builder();
        for (String raw : lines.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("clean option without a value in fixture: " + line);
            }
            String name = line.substring(0, eq);
            String value = line.substring(eq + 1).strip();
            switch (name) {
                case "--custom-tags" -> b.customTags(TagPolicy.parse(value));
                case "--custom-tag" -> b.tagOverride(value);
                case "--tracker-host" -> b.trackerHost(value);
                case "--remove" -> b.removeSelector(value);
                case "--page-path" -> b.pagePath(value);
                default -> throw new IllegalArgumentException("unknown clean option in fixture: " + line);
            }
        }
        return b.build();
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
