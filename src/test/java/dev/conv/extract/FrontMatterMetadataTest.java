package dev.conv.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.ParserGuard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --front-matter}: where each key comes from, how values are quoted, and that existing keys win. */
class FrontMatterMetadataTest {
    private static Metadata of(String html) {
        return PageMetadata.of(ParserGuard.parse(html, false));
    }

    @Test
    void theTitleLosesTheSiteNameAfterItsSeparator() {
        assertThat(PageMetadata.cutSite("Harbour town keeps its ferry | The Courier", "The Courier"))
                .isEqualTo("Harbour town keeps its ferry");
        assertThat(PageMetadata.cutSite("Harbour town keeps its ferry - Courier", null))
                .isEqualTo("Harbour town keeps its ferry");
        assertThat(PageMetadata.cutSite("Rock - Paper - Scissors", null)).isEqualTo("Rock - Paper - Scissors");
        assertThat(PageMetadata.cutSite("No separator here", null)).isEqualTo("No separator here");
    }

    @Test
    void ogTitleComesFirstThenJsonLdThenTheHeadingThenTheTitle() {
        assertThat(of("<title>T | S</title><h1>H</h1>").get("title")).isEqualTo("H");
        assertThat(of("<title>Title of the page | Site</title>").get("title")).isEqualTo("Title of the page");
        assertThat(of("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"Article\",\"headline\":\"From JSON-LD\",\"author\":[{\"name\":\"By Ann Lee\"}],"
                + "\"datePublished\":\"2024-01-02\"}]}</script><h1>H</h1>").ordered())
                .containsEntry("title", "From JSON-LD").containsEntry("author", "Ann Lee")
                .containsEntry("date", "2024-01-02");
        assertThat(of("<meta property=og:title content=OG><h1>H</h1>").get("title")).isEqualTo("OG");
    }

    @Test
    void aBrokenOrDeepJsonLdBlockIsNoMetadata() {
        String deep = "[".repeat(100_000);
        assertThat(of("<script type=application/ld+json>{\"headline\": </script>"
                + "<script type=application/ld+json>" + deep + "</script><h1>H</h1>").get("title")).isEqualTo("H");
    }

    @Test
    void onlyWebAddressesAreWritten() {
        Metadata m = of("<meta property=og:image content='javascript:alert(1)'>"
                + "<meta name=twitter:image content='data:image/png;base64,AAAA'>"
                + "<link rel=canonical href='https://example.org/a'>");
        assertThat(m.get("image")).isNull();
        assertThat(m.get("url")).isEqualTo("https://example.org/a");
    }

    @Test
    void theTimeElementGivesTheDateWhenNoMetaDoes() {
        assertThat(of("<p>Posted <time datetime=2023-05-01T10:00>1 May</time></p>").get("date"))
                .isEqualTo("2023-05-01T10:00");
    }

    @Test
    void valuesAreDoubleQuotedWithEveryControlEscaped() {
        assertThat(YamlFrontMatter.quote("a \"b\" \\ c: d # e\u0007\u2028")).isEqualTo(
                "\"a \\\"b\\\" \\\\ c: d # e\\u0007\\u2028\"");
        assertThat(YamlFrontMatter.quote("---")).isEqualTo("\"---\"");
        assertThat(YamlFrontMatter.quote("yes")).isEqualTo("\"yes\"");
    }

    @Test
    void existingKeysWinAndTheirLinesStayAsTheyAre() {
        Metadata m = new Metadata();
        m.offer("title", "New title");
        m.offer("lang", "de");
        List<dev.conv.step.Change> changes = new ArrayList<>();
        String merged = YamlFrontMatter.merge("---\ntitle:   'Mine'  \ntags: [a]\n---\n", m, changes);
        assertThat(merged).isEqualTo("---\ntitle:   'Mine'  \ntags: [a]\nlang: \"de\"\n---\n");
        assertThat(changes).hasSize(1);
        assertThat(YamlFrontMatter.merge("", new Metadata(), changes)).isEmpty();
    }

    @Test
    void linesEndedByCarriageReturnsAloneAreLinesToo() {
        Metadata m = new Metadata();
        m.offer("lang", "de");
        List<dev.conv.step.Change> changes = new ArrayList<>();
        assertThat(YamlFrontMatter.merge("---\rtitle: Mine\r---\r", m, changes))
                .isEqualTo("---\ntitle: Mine\nlang: \"de\"\n---\n");
    }
}
