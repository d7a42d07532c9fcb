package dev.conv.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture loader: one naming scheme, and no file in a fixture folder left unchecked. */
class FixturesTest {
    @TempDir
    Path dir;

    private void files(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(dir.resolve(name), name);
        }
    }

    private List<Fixtures.Fixture> load() {
        return Fixtures.load(dir, ext -> "md", true);
    }

    @Test
    void readsEachCaseFromItsFiles() throws IOException {
        files("b.in.html", "b.out.md", "b.changes.txt", "b.options", "a.in.md", "a.out.md");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/left-to-its-own-loader.txt"), "x");

        List<Fixtures.Fixture> fixtures = load();

        assertThat(fixtures).extracting(Fixtures.Fixture::name).containsExactly("a", "b");
        Fixtures.Fixture b = fixtures.get(1);
        assertThat(b.input()).isEqualTo(dir.resolve("b.in.html"));
        assertThat(b.expected()).isEqualTo(dir.resolve("b.out.md"));
        assertThat(b.changes()).isEqualTo(dir.resolve("b.changes.txt"));
        assertThat(b.optionLines()).isEqualTo("b.options");
        assertThat(fixtures.get(0).options()).isNull();
        assertThat(fixtures.get(0).optionLines()).isEmpty();
    }

    @Test
    void anExpectedFileNotWrittenYetHasItsPlace() throws IOException {
        files("new.in.html");
        assertThat(Fixtures.load(dir, ext -> ext, false).get(0).expected()).isEqualTo(dir.resolve("new.out.html"));
    }

    @Test
    void aFileOfTheOldSchemeFails() throws IOException {
        files("a.in.html", "a.out.md", "page.html");
        assertThatThrownBy(this::load).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("page.html fits no fixture scheme");
    }

    @Test
    void anOutputWithoutItsInputFails() throws IOException {
        files("a.in.html", "a.out.md", "typo.out.md", "typo.options");
        assertThatThrownBy(this::load).hasMessageContaining("typo.out.md has no input typo.in.EXT")
                .hasMessageContaining("typo.options has no input");
    }

    @Test
    void anOutputOfAnotherKindFails() throws IOException {
        files("a.in.html", "a.out.html");
        assertThatThrownBy(this::load).hasMessageContaining("a.out.html should be a.out.md");
    }

    @Test
    void twoInputsForOneCaseFail() throws IOException {
        files("a.in.html", "a.in.md");
        assertThatThrownBy(this::load).hasMessageContaining("two inputs of one case");
    }

    @Test
    void aReportWhereTheStepMakesNoneFails() throws IOException {
        files("a.in.html", "a.changes.txt");
        assertThatThrownBy(() -> Fixtures.load(dir, ext -> "md", false))
                .hasMessageContaining("a.changes.txt fits no fixture scheme");
    }

    @Test
    void everyFolderOfInputsHasALoader() {
        // A new golden folder that no test loads would go unchecked as a whole.
        Set<Path> folders = new TreeSet<>();
        for (Path file : Fixtures.everyFile()) {
            if (file.getFileName().toString().matches(".+\\.in\\.[^.]+")) {
                folders.add(file.getParent());
            }
        }
        assertThat(folders).containsExactly(Fixtures.ROOT.resolve("clean"), Fixtures.ROOT.resolve("clean/rules"),
                Fixtures.ROOT.resolve("cli/lenient"), Fixtures.ROOT.resolve("extract"), Fixtures.ROOT.resolve("html2md"),
                Fixtures.ROOT.resolve("links"), Fixtures.ROOT.resolve("qr"), Fixtures.ROOT.resolve("safety"));
        assertThat(Fixtures.html2md()).isNotEmpty();
        assertThat(Fixtures.clean()).isNotEmpty();
        assertThat(Fixtures.cleanRules()).isNotEmpty();
        assertThat(Fixtures.safety()).isNotEmpty();
        assertThat(Fixtures.lenient()).isNotEmpty();
        assertThat(Fixtures.links()).isNotEmpty();
        assertThat(Fixtures.qr()).isNotEmpty();
        assertThat(Fixtures.extract()).isNotEmpty();
    }
}
