package dev.conv.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageLocationTest {
    @Test
    void thePathFromTheRootIsJoinedWithSlashes() {
        Path root = Path.of("site");
        assertThat(PageLocation.pathFromRoot(root, Path.of("site", "docs", "a b.md"))).isEqualTo("docs/a b.md");
        assertThat(PageLocation.pathFromRoot(root, Path.of("site/./docs/../产品.md"))).isEqualTo("产品.md");
        assertThat(PageLocation.pathFromRoot(root.toAbsolutePath(), Path.of("site/x.md"))).isEqualTo("x.md");
        assertThatThrownBy(() -> PageLocation.pathFromRoot(root, Path.of("elsewhere/x.md")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not inside");
        assertThatThrownBy(() -> PageLocation.pathFromRoot(root, Path.of("site-2/x.md")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageLocation.pathFromRoot(root, root)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPathInsideTheRootIsALocation() {
        for (String bad : new String[] {"", "/a.md", "a//b.md", "../a.md", "a/./b.md", "a/"}) {
            assertThatThrownBy(() -> PageLocation.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PageLocation.of("docs/a.md").publicUrl()).isNull();
        assertThat(PageLocation.of("docs/a.md").withPublicUrl("https://example.org/docs/a.md").publicUrl())
                .isEqualTo("https://example.org/docs/a.md");
    }

    @Test
    void aPageKeepsItsLocationThroughEveryStep() {
        Page page = Page.of(SourceKind.HTML, "<p>x</p>");
        assertThat(page.location()).isNull();
        PageLocation where = new PageLocation("docs/a.html", "https://example.org/docs/a.html");
        Page placed = page.withLocation(where);
        assertThat(placed.location()).isEqualTo(where);
        assertThat(placed.withText("y").location()).isEqualTo(where);
        assertThat(placed.converted(SourceKind.MARKDOWN, "y").location()).isEqualTo(where);
        assertThat(placed.text()).isEqualTo(page.text());
        assertThat(placed.withLocation(null).location()).isNull();
    }
}
