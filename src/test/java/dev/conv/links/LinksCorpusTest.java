package dev.conv.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.edit.MarkdownReader;
import dev.conv.page.BadInputException;
import dev.conv.page.FrontMatter;
import dev.conv.page.Page;
import dev.conv.page.PageReader;
import dev.conv.page.SourceKind;
import dev.conv.run.Site;
import dev.conv.step.Change;
import dev.conv.step.StepResult;
import dev.conv.url.BaseUrl;
import dev.conv.url.UriReference;
import dev.conv.url.UrlCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code conv links --base-url} over the shared corpus ({@code ../shared/corpus}, skipped with a
 * message when absent) and the pincong seed page: afterwards no relative link is left (but
 * in-page anchors and URLs reported as malformed), no weserv or jsDelivr URL, every rewritten URL
 * parses, and a second run changes nothing. Links are read back with the reader and jsoup
 * directly, not with the step's own finder.
 */
class LinksCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path SEED = Path.of("../shared/seeds/pincong-mirror-page.md");
    private static final Set<String> PROXIES = Set.of("images.weserv.nl", "wsrv.nl", "cdn.jsdelivr.net");

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> SourceKind.fromFileName(p.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    /** Every URL of a page as GitHub's reader and jsoup read them. */
    static List<String> urls(Page page) {
        List<String> out = new ArrayList<>();
        if (page.kind() == SourceKind.MARKDOWN) {
            String text = page.text();
            MarkdownReader.parse(text.substring(FrontMatter.length(text))).accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    out.add(link.getDestination());
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    out.add(image.getDestination());
                    visitChildren(image);
                }

                @Override
                public void visit(LinkReferenceDefinition def) {
                    out.add(def.getDestination());
                }
            });
        }
        for (HtmlRegion r : HtmlRegions.of(page)) {
            for (Element el : Parser.htmlParser().parseInput(r.text(), "").getAllElements()) {
                if (el.normalName().equals("base")) {
                    continue;
                }
                for (String key : List.of("href", "src", "poster")) {
                    if (el.hasAttr(key)) {
                        out.add(el.attr(key));
                    }
                }
            }
        }
        return out;
    }

    private static StepResult check(Path root, Path file, String base) throws BadInputException {
        BaseUrl url = BaseUrl.parse(base);
        Site site = new Site(root, url::urlOf);
        Links links = new Links(LinksPolicy.defaults().withBaseUrl(url.toString()));
        Page page = new PageReader().read(file).withLocation(site.locate(file));
        StepResult r = links.apply(page);
        Set<String> malformed = new java.util.HashSet<>();
        for (Change c : r.changes()) {
            if (c.kind() == LinksKind.MALFORMED_URL) {
                malformed.add(c.detail());
                continue;
            }
            int arrow = c.detail().lastIndexOf(" -> ");
            if (arrow >= 0 && c.kind() != LinksKind.AUTOLINK) {
                String rewritten = c.detail().substring(arrow + 4);
                if (rewritten.startsWith("<") && rewritten.endsWith(">")) {
                    rewritten = rewritten.substring(1, rewritten.length() - 1); // a split link made an autolink
                }
                assertThat(UrlCheck.problem(rewritten)).as("%s:%d %s", file, c.line(), rewritten).isNull();
                assertThat(UriReference.parse(rewritten).isAbsolute()).as("%s:%d %s", file, c.line(), rewritten).isTrue();
            }
        }
        for (String u : urls(r.page())) {
            UriReference ref = UriReference.parse(u);
            if (u.isEmpty() || u.startsWith("#") || malformed.contains(u)) {
                continue;
            }
            assertThat(ref.isAbsolute()).as("%s: relative link left: %s", file, u).isTrue();
            assertThat(PROXIES).as("%s: proxy left: %s", file, u).doesNotContain(ref.host());
        }
        StepResult again = links.apply(r.page());
        assertThat(again.changed()).as("%s: a second run changes %s", file, again.changes()).isFalse();
        return r;
    }

    @Test
    void everyCorpusPageEndsWithAbsoluteUnproxiedLinksAndAStableSecondRun() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "shared corpus not found at " + CORPUS.toAbsolutePath().normalize() + ": test skipped");
        int pages = 0;
        int changed = 0;
        int unwrapped = 0;
        for (Path file : pages(CORPUS)) {
            try {
                StepResult r = check(CORPUS, file, "https://corpus.example/");
                changed += r.changed() ? 1 : 0;
                unwrapped += (int) r.changes().stream().filter(c -> c.kind() == LinksKind.PROXIED_LINK).count();
                pages++;
            } catch (BadInputException e) {
                // unreadable pages are the reader's business; links never sees them
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(changed).as("pages whose links were rewritten").isGreaterThan(20);
        assertThat(unwrapped).as("weserv images in the corpus").isGreaterThan(40);
    }

    @Test
    void theSeedPageEndsWithEveryLinkAbsoluteAndRepaired() throws IOException, BadInputException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed page not found at " + SEED + ": test skipped");
        StepResult r = check(SEED.getParent(), SEED, "https://pincong.rocks/");
        String out = r.page().text();
        assertThat(out).doesNotContain("]( \"").doesNotContain("soc_src").doesNotContain("images.weserv.nl");
        assertThat(r.changes()).anyMatch(c -> c.kind() == LinksKind.BROKEN_LINK)
                .anyMatch(c -> c.kind() == LinksKind.PROXIED_LINK).anyMatch(c -> c.kind() == LinksKind.TRACKING_PARAMS);
        for (String u : urls(r.page())) {
            assertThat(u).as("every link absolute").matches("https?://.+");
        }
    }
}
