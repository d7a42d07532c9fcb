package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one list of file extensions per kind, and what is read from it. */
class SourceKindTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            page.html,      HTML
            page.HTM,       HTML
            page.xhtml,     HTML
            notes.md,       MARKDOWN
            notes.markdown, MARKDOWN
            notes.mdown,    MARKDOWN
            notes.MKD,      MARKDOWN
            docs/notes.md,  MARKDOWN
            """)
    void eachExtensionNamesItsKind(String fileName, SourceKind kind) {
        assertThat(SourceKind.fromFileName(fileName)).contains(kind);
        assertThat(kind.extensions()).contains(fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase());
    }

    @Test
    void otherNamesNameNoKind() {
        assertThat(SourceKind.fromFileName("notes.txt")).isEmpty();
        assertThat(SourceKind.fromFileName("README")).isEmpty();
        assertThat(SourceKind.fromFileName("page.html.bak")).isEmpty();
        assertThat(SourceKind.fromFileName("site.md/index")).isEmpty();
    }

    @Test
    void everyKindsExtensionsTogether() {
        assertThat(SourceKind.allExtensions())
                .containsExactlyInAnyOrder("html", "htm", "xhtml", "md", "markdown", "mdown", "mkd");
        for (SourceKind kind : SourceKind.values()) {
            for (String ext : kind.extensions()) {
                assertThat(SourceKind.fromFileName("a." + ext)).contains(kind);
                assertThat(SourceKind.parse(ext)).isEqualTo(kind);
            }
        }
    }

    @Test
    void withoutExtensionDropsOnlyAKindsExtension() {
        assertThat(SourceKind.withoutExtension("a.html")).isEqualTo("a");
        assertThat(SourceKind.withoutExtension("a.b.MKD")).isEqualTo("a.b");
        assertThat(SourceKind.withoutExtension("notes.txt")).isEqualTo("notes.txt");
        assertThat(SourceKind.withoutExtension("README")).isEqualTo("README");
    }
}
