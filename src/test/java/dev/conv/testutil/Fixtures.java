package dev.conv.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;

/**
 * The one loader of golden fixtures. In a fixture folder each case {@code NAME} is
 * <ul>
 * <li>{@code NAME.in.EXT}: the input, its extension giving its kind ({@code html}, {@code md});
 * <li>{@code NAME.out.EXT}: the expected output;
 * <li>{@code NAME.changes.txt}: the expected change report, in folders whose step reports one;
 * <li>{@code NAME.options}: command-line options, one a line, {@code #} starting a comment
 *     (optional).
 * </ul>
 * Any other file fails the load, as does an output, report or options file without its input, or
 * an output with another extension than the step writes: a misnamed fixture cannot silently go
 * unchecked. Sub-folders are other fixture folders and are left to their own loaders; a
 * {@code .gitattributes} is git's.
 * {@code -Dconv.updateGolden=true} ({@link #UPDATE}) makes the golden tests rewrite expected files.
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("test-fixtures");
    /** {@code -Dconv.updateGolden=true}: rewrite expected files instead of comparing. */
    public static final boolean UPDATE = Boolean.getBoolean("conv.updateGolden");

    private static final Pattern FILE = Pattern.compile("(.+)\\.(in|out)\\.([^.]+)|(.+)\\.changes\\.txt|(.+)\\.options");

    private Fixtures() {
    }

    /**
     * The files of one case. {@code expected} and {@code changes} are where those files belong,
     * whether or not they exist yet; {@code options} is null when the case has none.
     */
    public record Fixture(String name, Path input, Path expected, Path changes, Path options) {
        /** The options file's text, or empty when there is none. */
        public String optionLines() {
            return options == null ? "" : read(options);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code test-fixtures/html2md}: HTML or Markdown in, Markdown out, no change report. */
    public static List<Html2MdFixture> html2md() {
        return load(ROOT.resolve("html2md"), ext -> "md", false).stream().map(Html2MdFixture::of).toList();
    }

    /** {@code test-fixtures/clean}: a page in, the same kind of page out, with its change report. */
    public static List<CleanFixture> clean() {
        return load(ROOT.resolve("clean"), ext -> ext, true).stream().map(CleanFixture::of).toList();
    }

    /** {@code test-fixtures/clean/rules}: HTML in, the HTML with the rules' edits out, the rules' actions. */
    public static List<Fixture> cleanRules() {
        return load(ROOT.resolve("clean/rules"), ext -> ext, true);
    }

    /** {@code test-fixtures/links}: a page in, the same kind of page out, with its change report. */
    public static List<Fixture> links() {
        return load(ROOT.resolve("links"), ext -> ext, true);
    }

    /** {@code test-fixtures/qr}: pages in, the pages with their share block out, the block's change. */
    public static List<Fixture> qr() {
        return load(ROOT.resolve("qr"), ext -> ext, true);
    }

    /** {@code test-fixtures/extract}: whole pages in, {@code html2md --main} (and friends) Markdown out, the report. */
    public static List<Fixture> extract() {
        return load(ROOT.resolve("extract"), ext -> "md", true);
    }

    /** {@code test-fixtures/safety}: attack vectors, their Markdown and the URLs refused. */
    public static List<Html2MdFixture> safety() {
        return load(ROOT.resolve("safety"), ext -> "md", true).stream().map(Html2MdFixture::of).toList();
    }

    /** {@code test-fixtures/cli/lenient}: pages with invalid bytes, and their Markdown. */
    public static List<Fixture> lenient() {
        return load(ROOT.resolve("cli/lenient"), ext -> "md", false);
    }

    /** Every regular file below {@link #ROOT}, golden fixtures and the CLI's sample trees, sorted. */
    public static List<Path> everyFile() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case called {@code name} in {@code fixtures}. */
    public static <F> F named(List<F> fixtures, String name) {
        return fixtures.stream().filter(f -> f.toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture " + name));
    }

    /**
     * Every case in {@code dir}, sorted by name.
     *
     * @param outputExtension the extension of the expected output, from the input's
     * @param changes whether this folder's step reports changes ({@code NAME.changes.txt})
     * @throws IllegalStateException on a file that fits no scheme, or that has no input
     */
    public static List<Fixture> load(Path dir, UnaryOperator<String> outputExtension, boolean changes) {
        Map<String, Path> inputs = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<Matcher> others = new ArrayList<>();
        for (Path file : files(dir)) {
            String fileName = file.getFileName().toString();
            Matcher m = FILE.matcher(fileName);
            if (!m.matches() || m.group(4) != null && !changes) {
                problems.add(fileName + " fits no fixture scheme (NAME.in.EXT, NAME.out.EXT, "
                        + (changes ? "NAME.changes.txt, " : "") + "NAME.options)");
            } else if ("in".equals(m.group(2))) {
                Path before = inputs.put(m.group(1), file);
                if (before != null) {
                    problems.add(fileName + " and " + before.getFileName() + " are two inputs of one case");
                }
            } else {
                others.add(m);
            }
        }
        for (Matcher m : others) {
            String name = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5);
            Path input = inputs.get(name);
            if (input == null) {
                problems.add(m.group() + " has no input " + name + ".in.EXT");
            } else if (m.group(3) != null && !m.group(3).equals(outputExtension.apply(extension(input)))) {
                problems.add(m.group() + " should be " + name + ".out." + outputExtension.apply(extension(input)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(dir + ": " + String.join("; ", problems));
        }
        List<Fixture> fixtures = new ArrayList<>();
        inputs.forEach((name, input) -> {
            Path options = dir.resolve(name + ".options");
            fixtures.add(new Fixture(name, input, dir.resolve(name + ".out." + outputExtension.apply(extension(input))),
                    dir.resolve(name + ".changes.txt"), Files.exists(options) ? options : null));
        });
        fixtures.sort(Comparator.comparing(Fixture::name));
        return fixtures;
    }

    private static String extension(Path input) {
        return FilenameUtils.getExtension(input.getFileName().toString());
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            // .gitattributes keeps the bytes of CRLF fixtures: git's file, not a fixture
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".gitattributes"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public static void write(Path p, String text) {
        write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
