package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** RFC 3986 §5.4: every normal and abnormal example, against the RFC's own base. */
class ReferenceResolutionTest {
    private static final String BASE = "http://a/b/c/d;p?q";

    /** §5.4.1 and §5.4.2, in the RFC's order. */
    static Map<String, String> examples() {
        Map<String, String> m = new LinkedHashMap<>();
        // 5.4.1 normal examples
        m.put("g:h", "g:h");
        m.put("g", "http://a/b/c/g");
        m.put("./g", "http://a/b/c/g");
        m.put("g/", "http://a/b/c/g/");
        m.put("/g", "http://a/g");
        m.put("//g", "http://g");
        m.put("?y", "http://a/b/c/d;p?y");
        m.put("g?y", "http://a/b/c/g?y");
        m.put("#s", "http://a/b/c/d;p?q#s");
        m.put("g#s", "http://a/b/c/g#s");
        m.put("g?y#s", "http://a/b/c/g?y#s");
        m.put(";x", "http://a/b/c/;x");
        m.put("g;x", "http://a/b/c/g;x");
        m.put("g;x?y#s", "http://a/b/c/g;x?y#s");
        m.put("", "http://a/b/c/d;p?q");
        m.put(".", "http://a/b/c/");
        m.put("./", "http://a/b/c/");
        m.put("..", "http://a/b/");
        m.put("../", "http://a/b/");
        m.put("../g", "http://a/b/g");
        m.put("../..", "http://a/");
        m.put("../../", "http://a/");
        m.put("../../g", "http://a/g");
        // 5.4.2 abnormal examples
        m.put("../../../g", "http://a/g");
        m.put("../../../../g", "http://a/g");
        m.put("/./g", "http://a/g");
        m.put("/../g", "http://a/g");
        m.put("g.", "http://a/b/c/g.");
        m.put(".g", "http://a/b/c/.g");
        m.put("g..", "http://a/b/c/g..");
        m.put("..g", "http://a/b/c/..g");
        m.put("./../g", "http://a/b/g");
        m.put("./g/.", "http://a/b/c/g/");
        m.put("g/./h", "http://a/b/c/g/h");
        m.put("g/../h", "http://a/b/c/h");
        m.put("g;x=1/./y", "http://a/b/c/g;x=1/y");
        m.put("g;x=1/../y", "http://a/b/c/y");
        m.put("g?y/./x", "http://a/b/c/g?y/./x");
        m.put("g?y/../x", "http://a/b/c/g?y/../x");
        m.put("g#s/./x", "http://a/b/c/g#s/./x");
        m.put("g#s/../x", "http://a/b/c/g#s/../x");
        m.put("http:g", "http:g"); // strict parsers, as §5.4.2 recommends
        return m;
    }

    @Test
    void resolvesEveryExampleOfTheRfc() {
        assertThat(examples()).hasSize(42);
        examples().forEach((ref, expected) -> assertThat(ReferenceResolution.resolve(BASE, ref).url())
                .as("resolve(%s, %s)", BASE, ref).isEqualTo(expected));
    }

    @Test
    void resolvingAnExampleAgainChangesNothing() {
        examples().forEach((ref, expected) -> {
            if (expected.startsWith("http:")) {
                assertThat(ReferenceResolution.resolve(BASE, expected).url()).isEqualTo(expected);
            }
        });
    }

    /**
     * Why conv does not use {@link URI#resolve}: it gets these examples wrong (it keeps {@code ..}
     * above the root, drops the base's last segment on a query-only reference, and treats an
     * empty reference as the base's directory). This test fails if a JDK fixes them.
     */
    @Test
    void javaNetUriDeviatesFromTheRfcOnTheseExamples() {
        TreeSet<String> wrong = new TreeSet<>();
        examples().forEach((ref, expected) -> {
            String got;
            try {
                got = URI.create(BASE).resolve(URI.create(ref)).toString();
            } catch (IllegalArgumentException e) {
                got = "threw";
            }
            if (!got.equals(expected)) {
                wrong.add(ref);
            }
        });
        assertThat(wrong).containsExactlyInAnyOrder("", "?y", "../../../g", "../../../../g", "/./g", "/../g");
    }

    /** jsoup's resolver, measured on the same examples: it follows the WHATWG URL standard. */
    @Test
    void jsoupDeviatesOnlyWhereTheWhatwgUrlStandardDoes() {
        TreeSet<String> wrong = new TreeSet<>();
        examples().forEach((ref, expected) -> {
            if (!org.jsoup.internal.StringUtil.resolve(BASE, ref).equals(expected)) {
                wrong.add(ref);
            }
        });
        assertThat(wrong).containsExactlyInAnyOrder("http:g");
    }

    @Test
    void aBaseThatIsNotAbsoluteLeavesTheReferenceAsItIs() {
        UrlOutcome out = ReferenceResolution.resolve("/site/page.html", "a.html");
        assertThat(out.url()).isEqualTo("a.html");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.reason()).contains("base");
    }

    @Test
    void anAbsoluteReferenceIsUnchangedAndNormalisedOnlyInItsPath() {
        UrlOutcome out = ReferenceResolution.resolve(BASE, "https://x.org/a/../b?q#f");
        assertThat(out.url()).isEqualTo("https://x.org/b?q#f");
        assertThat(ReferenceResolution.resolve(BASE, "https://x.org/b").changed()).isFalse();
    }

    @Test
    void nonAsciiAndSpacesPassThroughTextually() {
        assertThat(ReferenceResolution.resolve("https://x.org/文章/一.md", "../图片/二 三.png").url())
                .isEqualTo("https://x.org/图片/二 三.png");
    }

    @Test
    void aMalformedReferenceIsLeftWithAReason() {
        UrlOutcome out = ReferenceResolution.resolve(BASE, "http://exa mple.com/");
        assertThat(out.leftAsIs()).isTrue();
        assertThat(out.url()).isEqualTo("http://exa mple.com/");
        assertThat(out.reason()).isNotBlank();
        assertThat(ReferenceResolution.resolve(BASE, "http://x.org:8o/").leftAsIs()).isTrue();
    }

    @Test
    void recomposesWhatItParses() {
        for (String s : new String[] {"", "a", "//h", "//h/p?q#f", "s:", "s://u@h:1/p;x?q=1&r#f", "?", "#", "?#",
                "//", "///", "s:/p", "a:b:c", "中:x", "%", "p?q?r#f#g"}) {
            assertThat(UriReference.parse(s).toString()).as(s).isEqualTo(s);
        }
    }

    @Test
    void aColonInTheFirstSegmentIsASchemeOnlyWhenItIsOne() {
        assertThat(UriReference.parse("mailto:x@y").scheme()).isEqualTo("mailto");
        assertThat(UriReference.parse("中文:abc").scheme()).isNull();
        assertThat(UriReference.parse("1a:b").scheme()).isNull();
        assertThat(ReferenceResolution.resolve(BASE, "中文:abc").url()).isEqualTo("http://a/b/c/中文:abc");
    }
}
