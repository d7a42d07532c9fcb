package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.edit.HtmlRegions;
import dev.conv.html.TagPolicy;
import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import dev.conv.testutil.CleanOracle;
import dev.conv.testutil.CleanOracle.RegionActions;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link CleanPropertiesTest} and {@link CleanCorpusTest} can fail: each is shown a
 * damaged output it must reject, and the right output it must accept.
 */
class CleanOracleSanityTest {
    private static final CleanPolicy DEFAULTS = CleanPolicy.defaults();

    private static BitSet allowed(Page page) {
        return CleanOracle.allowed(page.text(), CleanOracle.decide(page, DEFAULTS));
    }

    @Test
    void keptTextMustStayInOrderAndVerbatim() {
        Page page = Page.of(SourceKind.HTML, "<p>a <ok href='/x'>b</ok> c</p>\n<p>d</p>\n");
        BitSet allowed = allowed(page);
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, "<p>a b c</p>\n<p>d</p>\n")).isNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, "<p>a b</p>\n<p>d</p>\n"))
                .as("text of an unwrapped element lost").isNotNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, "<p>a b c</p><p>d</p>\n"))
                .as("a line break outside any acted-on tag lost").isNotNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, "<p>a b c</p>\n<p>d</p>\n\n"))
                .as("a line break added at the end").isNotNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, "<p>a b c</p>\n<p>d</p>"))
                .as("the final line break lost").isNotNull();
    }

    @Test
    void aLineWithNothingButActedOnTagsMayGoWhole() {
        Page page = Page.of(SourceKind.MARKDOWN,
                "> <div>\n> <img src='/c.md'>\n> 正文\n> </div>\n\nx <img src='/c.md'>  \ny\n");
        BitSet allowed = allowed(page);
        String right = "> <div>\n> 正文\n> </div>\n\nx\ny\n";
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, right)).isNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, right.replace("x\n", "x  \n"))).isNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, right.replace("x\ny", "xy")))
                .as("two lines joined").isNotNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, right.replace("> </div>", "</div>")))
                .as("a quote marker of a kept line lost").isNotNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), allowed, right.replace("> 正文", ">  正文")))
                .as("a space added").isNotNull();
    }

    @Test
    void inMarkdownOnlyLinesWithHtmlMayChange() {
        Page page = Page.of(SourceKind.MARKDOWN, "# T\n\n*a* <ok>b</ok>\n\n**c**\n");
        BitSet lines = CleanOracle.regionLines(page.text(), HtmlRegions.of(page));
        assertThat(CleanOracle.unexplainedChange(page.text(), lines, "# T\n\n*a* b\n\n**c**\n")).isNull();
        assertThat(CleanOracle.unexplainedChange(page.text(), lines, "# T\n\n*a* b\n\n**c\n"))
                .as("a Markdown-only line changed").isNotNull();
    }

    @Test
    void removedTextIsAllThatMayVanish() {
        Page page = Page.of(SourceKind.HTML, "<p>一二</p><div class='ad'>广告三</div><p>四 五</p>");
        List<RegionActions> decisions = CleanOracle.decide(page, DEFAULTS);
        List<String> removed = CleanOracle.removedVisibleTexts(page, decisions);
        assertThat(removed).containsExactly("广告三");
        String before = CleanOracle.visibleText(page);
        assertThat(CleanOracle.lostText(before, removed, "一二 四五")).isNull();
        assertThat(CleanOracle.lostText(before, removed, "一二 四")).as("text lost").isNotNull();
        assertThat(CleanOracle.lostText(before, removed, "一二 广告三 四五")).as("removed text still shown").isNotNull();
        assertThat(CleanOracle.lostText(before, removed, "一二 四五 六")).as("text added").isNotNull();
    }

    @Test
    void removedMarkdownTextIsReadFromTheSource() {
        Page page = Page.of(SourceKind.MARKDOWN, "甲 <x-ad>**赞助**内容</x-ad> 乙\n");
        CleanPolicy drop = CleanPolicy.builder().customTags(TagPolicy.DROP).build();
        List<String> removed = CleanOracle.removedVisibleTexts(page, CleanOracle.decide(page, drop));
        assertThat(removed).containsExactly("赞助内容");
        String after = CleanOracle.visibleText(new Clean(drop).apply(page).page());
        assertThat(CleanOracle.lostText(CleanOracle.visibleText(page), removed, after)).isNull();
    }
}
