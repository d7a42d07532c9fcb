package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelativizerTest {
    private static final String PAGE = "https://example.org/docs/guide/page.md";

    private static String rel(String url) {
        return Relativizer.relativize(PAGE, url).url();
    }

    @Test
    void linksIntoTheSameSiteBecomePageRelative() {
        assertThat(rel("https://example.org/docs/guide/other.md")).isEqualTo("other.md");
        assertThat(rel("https://example.org/docs/api/x.md")).isEqualTo("../api/x.md");
        assertThat(rel("https://example.org/README.md")).isEqualTo("../../README.md");
        assertThat(rel("https://example.org/docs/guide/sub/a.md?x=1#top")).isEqualTo("sub/a.md?x=1#top");
        assertThat(rel("https://example.org/docs/guide/")).isEqualTo("./");
        assertThat(rel("https://example.org/docs/")).isEqualTo("../");
        assertThat(rel("https://example.org/docs/guide/page.md#s")).isEqualTo("page.md#s");
    }

    @Test
    void schemeAndHostCompareWithoutCase() {
        assertThat(rel("HTTPS://Example.ORG/docs/guide/other.md")).isEqualTo("other.md");
    }

    @Test
    void otherSitesStayAbsolute() {
        for (String url : new String[] {"http://example.org/docs/a.md", "https://example.org:8443/docs/a.md",
                "https://other.org/docs/a.md", "mailto:a@example.org", "https://user@example.org/docs/a.md"}) {
            UrlOutcome out = Relativizer.relativize(PAGE, url);
            assertThat(out.changed()).as(url).isFalse();
            assertThat(out.url()).isEqualTo(url);
        }
    }

    @Test
    void relativeLinksStayAsTheyAre() {
        assertThat(Relativizer.relativize(PAGE, "../a.md").changed()).isFalse();
        assertThat(Relativizer.relativize(PAGE, "//example.org/a.md").changed()).isFalse();
    }

    @Test
    void aFirstSegmentWithAColonIsGuarded() {
        assertThat(rel("https://example.org/docs/guide/a:b.md")).isEqualTo("./a:b.md");
    }

    @Test
    void anEmptyFirstSegmentIsGuarded() {
        assertThat(rel("https://example.org/docs/guide//x.md")).isEqualTo(".//x.md");
    }

    @Test
    void aUrlWhoseResolutionWouldDifferStaysAbsolute() {
        assertThat(Relativizer.relativize(PAGE, "https://example.org").changed()).isFalse();
        assertThat(Relativizer.relativize(PAGE, "https://example.org/docs/./a.md").changed()).isFalse();
    }

    @Test
    void aMalformedUrlIsLeftWithAReason() {
        UrlOutcome out = Relativizer.relativize(PAGE, "https://example.org:x/docs/a.md");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.reason()).contains("port");
    }

    /** The property of {@code --relative}: resolving what it wrote gives back the absolute URL. */
    @Test
    void resolvingTheRelativeFormGivesBackTheUrl() {
        Random random = new Random(14);
        int relativized = 0;
        for (int i = 0; i < 20_000; i++) {
            String page = "https://h.example/" + randomPath(random);
            String url = (random.nextInt(10) == 0 ? "https://H.Example/" : "https://h.example/") + randomPath(random)
                    + (random.nextBoolean() ? "?" + randomSegment(random) : "")
                    + (random.nextInt(3) == 0 ? "#" + randomSegment(random) : "");
            UrlOutcome out = Relativizer.relativize(page, url);
            if (!out.changed()) {
                // only a path with dot segments (or none) may stay absolute: the rules, not the safety net, decide
                assertThat(hasDotSegment(page) || hasDotSegment(url)).as("page %s url %s", page, url).isTrue();
                continue;
            }
            relativized++;
            UriReference ref = UriReference.parse(out.url());
            assertThat(ref.scheme()).as(out.url()).isNull();
            assertThat(ref.authority()).as(out.url()).isNull();
            assertThat(out.url()).doesNotStartWith("/");
            assertThat(lowerHost(ReferenceResolution.resolve(page, out.url()).url()))
                    .as("page %s url %s rel %s", page, url, out.url()).isEqualTo(lowerHost(url));
        }
        assertThat(relativized).isGreaterThan(10_000);
    }

    @Test
    void resolvingIsIdempotent() {
        Random random = new Random(3986);
        for (int i = 0; i < 20_000; i++) {
            String page = "https://h.example/" + randomPath(random);
            String ref = randomReference(random);
            String once = ReferenceResolution.resolve(page, ref).url();
            assertThat(ReferenceResolution.resolve(page, once).url()).as("%s + %s", page, ref).isEqualTo(once);
        }
    }

    private static boolean hasDotSegment(String url) {
        String path = UriReference.parse(url).path();
        return ("/" + path + "/").contains("/./") || ("/" + path + "/").contains("/../");
    }

    private static String lowerHost(String url) {
        UriReference u = UriReference.parse(url);
        return new UriReference(u.scheme().toLowerCase(Locale.ROOT), u.authority().toLowerCase(Locale.ROOT),
                u.path(), u.query(), u.fragment()).toString();
    }

    private static final String[] SEGMENTS = {"a", "b", "文章", "%E6%96%87", "x y", "a:b", "", "..x", ".a", "a.", ".", "..",
            "%2E%2E", "q;p=1", "@", "~u", "(1)", "é", "😀", "index.md", "a%20b", "=", "-"};

    private static String randomSegment(Random random) {
        return SEGMENTS[random.nextInt(SEGMENTS.length)];
    }

    private static String randomPath(Random random) {
        List<String> parts = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i <= n; i++) {
            parts.add(randomSegment(random));
        }
        return String.join("/", parts);
    }

    private static String randomReference(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(6);
        String[] pieces = {"..", ".", "/", "a", "文", "?q", "#f", "//h.example", "x:y", "%2F", " ", "b/"};
        for (int i = 0; i < n; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextBoolean()) {
                s.append('/');
            }
        }
        return s.toString();
    }
}
