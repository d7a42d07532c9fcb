package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command walks a directory for the same extensions, those {@link SourceKind} reads a kind
 * from: a file html2md converts when named is one that clean and a tree run also find.
 */
class SourceExtensionsTest {
    @TempDir
    Path dir;
    Path site;
    final List<String> pages = new ArrayList<>();

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site);
        for (String ext : SourceKind.allExtensions()) {
            Files.writeString(site.resolve("page-" + ext + "." + ext), "<p>Text <font>" + ext + "</font></p>\n");
            pages.add("page-" + ext + "." + ext);
        }
        Files.writeString(site.resolve("notes.txt"), "<p>Text <font>txt</font></p>\n");
    }

    @Test
    void cleanWalksForEveryKindsExtensions() {
        CliRun r = CliRun.run("", "clean", "--check", site.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines().map(l -> Path.of(l).getFileName().toString()).sorted())
                .containsExactlyElementsOf(pages.stream().sorted().toList());
    }

    @Test
    void html2mdWalksForEveryKindsExtensionsAndNamesEachOutputMd() throws IOException {
        Path out = dir.resolve("md");
        CliRun r = CliRun.run("", "html2md", "-q", site.toString(), "--out-dir", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String ext : SourceKind.allExtensions()) {
            assertThat(out.resolve("page-" + ext + ".md")).hasContent("Text " + ext);
        }
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(SourceKind.allExtensions().size());
        }
    }

    @Test
    void cleanHelpNamesTheExtensionsItWalksFor() {
        CliRun r = CliRun.run("", "clean", "--help");
        String walked = String.join(" ", SourceKind.allExtensions().stream().map(e -> "." + e).toList());
        assertThat(r.out().replaceAll("\\s+", " ")).contains("walked for " + walked + ",");
    }

    @Test
    void thePreCommitHookChecksTheSameExtensions() throws IOException {
        String hook = Files.readString(Path.of("scripts/pre-commit-hook.sh"));
        Matcher m = Pattern.compile("--diff-filter=ACMR -- ((?:'\\*\\.\\w+' ?)+)").matcher(hook);
        assertThat(m.find()).as("the hook's git diff of staged pages").isTrue();
        assertThat(m.group(1).strip().split(" "))
                .containsExactlyElementsOf(SourceKind.allExtensions().stream().map(e -> "'*." + e + "'").toList());
    }
}
