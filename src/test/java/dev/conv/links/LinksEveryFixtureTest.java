package dev.conv.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.BadInputException;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Site;
import dev.conv.step.StepResult;
import dev.conv.testutil.Fixtures;
import dev.conv.url.BaseUrl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every HTML and Markdown file under {@code test-fixtures/} (html2md, clean, safety and links
 * inputs and outputs, the CLI's sample site) through links with a base URL and every rewrite on:
 * nothing throws, and a second run changes nothing.
 */
class LinksEveryFixtureTest {
    @Test
    void everyFixtureGoesThroughAndASecondRunChangesNothing() {
        BaseUrl base = BaseUrl.parse("https://fixtures.example/");
        Site site = new Site(Fixtures.ROOT, base::urlOf);
        Links links = new Links(LinksPolicy.defaults().withBaseUrl(base.toString())
                .withSwitches(true, true, true, true, false));
        List<Path> files = Fixtures.everyFile().stream()
                .filter(p -> SourceKind.fromFileName(p.getFileName().toString()).isPresent()).toList();
        assertThat(files).hasSizeGreaterThan(100);
        int changed = 0;
        for (Path file : files) {
            Page page;
            try {
                page = new PageReader().read(file).withLocation(site.locate(file));
            } catch (BadInputException e) {
                continue; // the bad-input fixtures: refused before any step
            }
            StepResult first = links.apply(page);
            StepResult second = links.apply(first.page());
            assertThat(second.page().text()).as(file.toString()).isEqualTo(first.page().text());
            assertThat(second.changed()).as(file.toString()).isFalse();
            changed += first.changed() ? 1 : 0;
        }
        assertThat(changed).isGreaterThan(20);
    }
}
