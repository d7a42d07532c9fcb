package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.bench.UrlRulesThroughput;
import dev.conv.bench.UrlRulesThroughput.PageLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every link of the shared corpus ({@code ../shared/corpus}, skipped when absent, and the seed pages beside it) through the
 * rules: nothing throws, every result is absolute and readable or left as it is with a reason,
 * no proxy is left, and a second pass changes nothing.
 */
class UrlRulesCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Set<String> PROXIES = Set.of("images.weserv.nl", "wsrv.nl", "cdn.jsdelivr.net",
            "camo.githubusercontent.com", "l.facebook.com");

    @Test
    void everyCorpusLinkGoesThroughTheRules() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "shared corpus not found at " + CORPUS.toAbsolutePath().normalize() + ": test skipped");
        List<PageLink> links = new java.util.ArrayList<>(UrlRulesThroughput.links(CORPUS));
        if (Files.isDirectory(SEEDS)) {
            links.addAll(UrlRulesThroughput.links(SEEDS));
        }
        Assumptions.assumeFalse(links.isEmpty(), "shared corpus has no links: test skipped");
        Unwrapper unwrapper = Unwrapper.builtIn();
        TrackingParams params = TrackingParams.builtIn();
        int unwrapped = 0;
        int leftAsIs = 0;
        for (PageLink link : links) {
            UrlOutcome out = UrlRulesThroughput.rewrite(link, unwrapper, params);
            if (out.leftAsIs()) {
                leftAsIs++;
                assertThat(out.reason()).as(link.url()).isNotBlank();
                assertThat(out.url()).isEqualTo(link.url());
                continue;
            }
            UriReference ref = UriReference.parse(out.url());
            assertThat(ref.isAbsolute()).as("%s -> %s", link.url(), out.url()).isTrue();
            assertThat(UrlCheck.problem(out.url())).as(out.url()).isNull();
            assertThat(PROXIES).as("%s -> %s", link.url(), out.url()).doesNotContain(ref.host());
            if (out.reason().contains("unwrapped")) {
                unwrapped++;
            }
            UrlOutcome again = UrlRulesThroughput.rewrite(new PageLink(link.pageUrl(), out.url()), unwrapper, params);
            assertThat(again.changed()).as("second pass on %s", out.url()).isFalse();
        }
        assertThat(unwrapped).as("weserv links in the corpus").isGreaterThan(10);
        assertThat(leftAsIs).as("links left as they are").isLessThan(links.size() / 100);
    }
}
