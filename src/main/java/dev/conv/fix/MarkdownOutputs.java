package dev.conv.fix;

import dev.conv.config.Settings;
import dev.conv.page.SourceKind;
import dev.conv.run.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files of a run are pages when html2md writes each HTML page's Markdown beside it: a
 * {@code page.md} that is an HTML page's output (it holds {@link MarkdownBeside#MARK} and its
 * HTML page is there) is no page of its own, so a second run neither rewrites it nor counts it; an
 * HTML page whose {@code page.md} is a page conv did not write is refused, naming both, and the
 * Markdown page is fixed as usual; two HTML pages that would write one {@code page.md}
 * ({@code page.html} and {@code page.htm}) are a collision, and neither is converted.
 */
public final class MarkdownOutputs {
    /** The files to run, and one line for each refused ({@code PATH: reason}). */
    public record Plan(List<InputFile> files, List<String> problems) {
    }

    private MarkdownOutputs() {
    }

    /** Whether the steps convert HTML pages to Markdown files beside them. */
    public static boolean apply(Settings settings) {
        return settings.strings("steps").contains("html2md");
    }

    public static Plan plan(List<InputFile> files) {
        Set<Path> given = new HashSet<>();
        files.forEach(f -> given.add(key(f.path())));
        List<InputFile> kept = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (InputFile f : files) {
            if (isHtml(f.path())) {
                Path md = target(f.path());
                if (given.contains(key(md)) && !isOutput(md)) {
                    problems.add(f.path() + ": its Markdown would replace " + md + ", a page conv fix did not write; "
                            + "rename one of them");
                    continue;
                }
            } else if (isOutput(f.path()) && hasHtmlPage(f.path())) {
                continue; // its HTML page writes it
            }
            kept.add(f);
        }
        return new Plan(kept, problems);
    }

    /** HTML pages that would write the same Markdown file, by that file. */
    public static Map<Path, List<InputFile>> collisions(List<InputFile> files) {
        Map<Path, List<InputFile>> byTarget = new LinkedHashMap<>();
        for (InputFile f : files) {
            if (isHtml(f.path())) {
                byTarget.computeIfAbsent(key(target(f.path())), t -> new ArrayList<>()).add(f);
            }
        }
        byTarget.values().removeIf(pages -> pages.size() < 2);
        return byTarget;
    }

    /** {@code a/page.html} gives {@code a/page.md}. */
    static Path target(Path html) {
        return html.resolveSibling(SourceKind.withoutExtension(html.getFileName().toString()) + ".md");
    }

    private static boolean isHtml(Path file) {
        return SourceKind.fromFileName(file.getFileName().toString()).orElse(null) == SourceKind.HTML;
    }

    private static boolean hasHtmlPage(Path md) {
        String name = md.getFileName().toString();
        if (!name.endsWith(".md")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 3);
        for (String extension : SourceKind.HTML.extensions()) {
            if (Files.isRegularFile(md.resolveSibling(stem + "." + extension))
                    || Files.isRegularFile(md.resolveSibling(stem + "." + extension.toUpperCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file holds the mark; a file that cannot be read is taken for a page, and fails as one. */
    private static boolean isOutput(Path md) {
        try {
            return Files.isRegularFile(md)
                    && MarkdownBeside.isOutput(new String(Files.readAllBytes(md), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
