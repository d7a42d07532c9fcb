package dev.conv.clean;

import dev.conv.step.Change;
import dev.conv.step.StepResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.HtmlRegion;
import dev.conv.edit.HtmlRegions;
import dev.conv.page.Page;
import dev.conv.testutil.CleanFixture;
import dev.conv.testutil.Fixtures;
import dev.conv.testutil.CleanOracle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for {@code conv clean} on whole pages ({@link Fixtures#clean()}): each input in
 * {@code test-fixtures/clean/}, read as the command line reads it and cleaned with the options of
 * its {@code NAME.options}, gives exactly the bytes of its expected file and exactly the report of
 * its {@code NAME.changes.txt}. The expected files are the specification, reviewed by hand; with
 * {@code -Dconv.updateGolden=true} the test rewrites them instead, so a change is reviewed as a git
 * diff. Some expected files were corrected by hand where clean was wrong when they were written
 * (md-block-start-unwrap, md-blockquote-list, md-inline-html, md-line-start-markdown,
 * md-split-element): rewriting them before clean is fixed would record the bug; restore them with
 * git after an update run.
 */
class CleanGoldenTest {
    static List<CleanFixture> fixtures() {
        return Fixtures.clean();
    }

    @Test
    void theFolderHoldsFixtures() {
        assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(fixtures()).anyMatch(CleanFixture::markdown).anyMatch(f -> !f.markdown());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void cleansToTheExpectedBytes(CleanFixture fixture) {
        StepResult result = fixture.run();
        byte[] actual = CleanFixture.bytes(result.page());
        String report = CleanFixture.changesText(result.changes());
        if (Fixtures.UPDATE) {
            if (!Arrays.equals(actual, fixture.expectedBytes())) {
                Fixtures.write(fixture.expected(), actual);
            }
            Fixtures.write(fixture.changes(), report.getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] expected = fixture.expectedBytes();
        assertThat(expected).as("%s is missing: run with -Dconv.updateGolden=true, then review it", fixture.expected())
                .isNotNull();
        if (!Arrays.equals(actual, expected)) {
            // as text first, for a readable diff; then the bytes (a BOM, a charset)
            String charset = result.page().encoding().charset().name();
            assertThat(new String(actual, result.page().encoding().charset()))
                    .as("%s (%s)", fixture.name(), charset)
                    .isEqualTo(new String(expected, result.page().encoding().charset()));
            assertThat(actual).as("%s: bytes", fixture.name()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheExpectedChanges(CleanFixture fixture) {
        if (Fixtures.UPDATE) {
            return;
        }
        List<String> expected = fixture.expectedChanges();
        assertThat(expected).as("%s is missing: run with -Dconv.updateGolden=true, then review it", fixture.changes())
                .isNotNull();
        StepResult result = fixture.run();
        assertThat(result.changes().stream().map(Change::toString).toList()).as(fixture.name())
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void saysWhetherItChangedThePage(CleanFixture fixture) {
        StepResult result = fixture.run();
        boolean differs = !Arrays.equals(CleanFixture.bytes(result.page()), fixture.inputBytes());
        assertThat(result.changed()).as("%s: changed()", fixture.name()).isEqualTo(differs);
        assertThat(result.changes().isEmpty()).as("%s: a change without a report, or a report without a change",
                fixture.name()).isEqualTo(!differs);
    }

    private static CleanFixture named(String name) {
        return Fixtures.named(fixtures(), name);
    }

    @Test
    void aGbkPageIsWrittenBackInItsCharset() {
        CleanFixture fixture = named("gbk-declared");
        Page page = fixture.page();
        assertThat(page.encoding().charset().name()).isEqualTo("GB18030"); // how WHATWG reads gbk
        assertThat(page.text()).contains("旧城墙遗址公园", "<ok href=");
        StepResult result = fixture.clean().apply(page);
        byte[] out = CleanFixture.bytes(result.page());
        assertThat(out).isEqualTo(result.page().encoding().encode(result.page().text()));
        assertThat(new String(out, Charset.forName("GBK"))).contains("据文物局介绍").doesNotContain("<ok");
        assertThat(out).as("not UTF-8").isNotEqualTo(result.page().text().getBytes(StandardCharsets.UTF_8));
        // the bytes before the first change are the file's own
        byte[] in = fixture.inputBytes();
        int firstChange = page.text().indexOf("<ok");
        int prefix = page.encoding().encode(page.text().substring(0, firstChange)).length;
        assertThat(Arrays.copyOf(out, prefix)).isEqualTo(Arrays.copyOf(in, prefix));
    }

    @Test
    void aByteOrderMarkStaysAndIsNotDoubled() {
        StepResult result = named("md-bom").run();
        assertThat(result.changed()).isTrue();
        byte[] out = CleanFixture.bytes(result.page());
        assertThat(Arrays.copyOf(out, 4)).containsExactly(0xEF, 0xBB, 0xBF, '#');
        assertThat(result.page().text()).doesNotStartWith("\uFEFF");
    }

    @Test
    void crlfLineEndingsStay() {
        StepResult result = named("md-crlf").run();
        assertThat(result.changed()).isTrue();
        String out = result.page().text();
        assertThat(out.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(out).contains("错峰使用大功率电器。  \r\n节电小贴士见附件。\r\n");
    }

    @Test
    void pagesWithNothingToCleanAreLeftAlone() {
        for (String name : List.of("nothing-to-clean", "md-nothing-to-clean", "innocent-images")) {
            CleanFixture fixture = named(name);
            StepResult result = fixture.run();
            assertThat(result.changed()).as(name).isFalse();
            assertThat(result.changes()).as(name).isEmpty();
            assertThat(CleanFixture.bytes(result.page())).as(name).isEqualTo(fixture.inputBytes());
        }
    }

    @Test
    void wholePagesKeepTheirLinksToAdvertisingPagesAndLoseTheirTrackersAndAdClicks() {
        for (String name : List.of("page-news-article", "page-news-portal-zh", "page-blog-wordpress",
                "md-page-saved-article")) {
            CleanFixture fixture = named(name);
            String in = fixture.page().text();
            String out = fixture.run().page().text();
            assertThat(in).as(name).containsAnyOf("aclk?", "googleadservices");
            assertThat(out).as(name)
                    .doesNotContain("aclk?")
                    .doesNotContain("rel=\"preconnect\" href=\"https://www.googletagmanager.com\"")
                    .doesNotContain("dns-prefetch\" href=\"//www.google-analytics.com")
                    .doesNotContain("_sf_startpt")
                    .doesNotContain("istatsTrackingUrl")
                    .doesNotContain("scorecardresearch")
                    .doesNotContain("quantserve")
                    .doesNotContain("parsely")
                    .doesNotContain("_stq");
            // the navigation and footer links to the advertising pages, and every other site link
            for (String href : List.of("/advertise-with-us/", "/advertise/", "/ads-policy", "/about/ads", "/ad/",
                    "/about/", "/privacy", "fonts.gstatic.com", "fonts.googleapis.com", "//s.w.org")) {
                if (in.contains(href)) {
                    assertThat(count(out, href)).as("%s: %s", name, href).isEqualTo(count(in, href));
                }
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void inMarkdownOnlyTheHtmlTagsChange() {
        // md-inline-html: a heading, emphasis, links, a table, code spans and a hard break around
        // inline tags; only tags are acted on there (no element with content is removed)
        CleanFixture fixture = named("md-inline-html");
        Page page = fixture.page();
        String in = page.text();
        BitSet tags = new BitSet();
        for (HtmlRegion r : HtmlRegions.of(page)) {
            // the Markdown between inline tags is masked, so only real tags match here
            for (Matcher m = TAG.matcher(r.text()); m.find(); ) {
                tags.set(r.start() + m.start(), r.start() + m.end());
            }
        }
        BitSet allowed = CleanOracle.allowed(in, tags, new BitSet());
        List<String> outputs = List.of(fixture.clean().apply(page).page().text(),
                new String(fixture.expectedBytes(), StandardCharsets.UTF_8));
        for (String out : outputs) {
            assertThat(out).isNotEqualTo(in);
            assertThat(CleanOracle.unexplainedChange(in, allowed, out)).isNull();
        }
    }

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
}
