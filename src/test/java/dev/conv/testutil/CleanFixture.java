package dev.conv.testutil;

import dev.conv.step.Change;
import dev.conv.clean.Clean;
import dev.conv.clean.CleanPolicy;
import dev.conv.step.StepResult;
import dev.conv.html.TagPolicy;
import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One golden case of {@code conv clean} in {@code test-fixtures/clean/} ({@link Fixtures#clean()};
 * the {@code rules/} folder below it belongs to the rules tests): {@code NAME.in.html} or
 * {@code NAME.in.md} is the input, {@code NAME.out.html} or {@code NAME.out.md} the expected bytes,
 * {@code NAME.changes.txt} the expected report (one {@link Change#toString()} a line, empty when
 * nothing changes), and an optional {@code NAME.options} holds clean options, one a line as on the
 * command line: {@code --custom-tags=link}, {@code --custom-tag=ok=link},
 * {@code --tracker-host=x.org}, {@code --remove=.sidebar}; {@code --page-path=pages/p1/a1.md} sets
 * the page's own path (what the command line takes from the file name; a library caller sets it on
 * the policy). {@code #} starts a comment.
 *
 * <p>Files are read as bytes through {@link PageReader}, as the command line reads them (BOM and
 * {@code <meta charset>} honoured), and the result is compared as the bytes
 * {@code page.encoding().encode(text)} gives, so line endings, a BOM and a legacy charset are part
 * of what is pinned.
 */
public record CleanFixture(String name, Path input, Path expected, Path changes, CleanPolicy policy) {
    static CleanFixture of(Fixtures.Fixture files) {
        return new CleanFixture(files.name(), files.input(), files.expected(), files.changes(),
                policy(files.optionLines()));
    }

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
        return Fixtures.readBytes(input);
    }

    /** The expected bytes, or null when the file does not exist yet. */
    public byte[] expectedBytes() {
        return Files.exists(expected) ? Fixtures.readBytes(expected) : null;
    }

    /** The expected report lines, or null when the file does not exist yet. */
    public List<String> expectedChanges() {
        if (!Files.exists(changes)) {
            return null;
        }
        return Fixtures.read(changes).lines().toList();
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
}
