package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static dev.conv.clean.Cleaning.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.html.TagPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomTagTest {
    private static final String OK = "<p>继\n  <ok href=\"https://www.example.com/gb/脸书.htm\">\n   脸书\n  </ok>\n  、谷歌</p>";

    private static CleanPolicy policy(TagPolicy p) {
        return CleanPolicy.builder().customTags(p).build();
    }

    @Test
    void customTagsAreUnwrappedByDefault() {
        assertThat(decide(OK)).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CleanAction.Type.UNWRAP);
            assertThat(a.kind()).isEqualTo(CleanKind.CUSTOM_TAG);
            assertThat(a.detail()).isEqualTo("ok");
        });
        assertThat(clean(OK)).isEqualTo("<p>继\n  \n   脸书\n  \n  、谷歌</p>");
    }

    @Test
    void linkPolicyRestoresTheLink() {
        List<CleanAction> actions = decide(OK, policy(TagPolicy.LINK));
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CleanAction.Type.RETAG);
            assertThat(a.newStartTag()).isEqualTo("<a href=\"https://www.example.com/gb/脸书.htm\">");
            assertThat(a.newTagName()).isEqualTo("a");
        });
        assertThat(clean(OK, policy(TagPolicy.LINK)))
                .isEqualTo("<p>继\n  <a href=\"https://www.example.com/gb/脸书.htm\">\n   脸书\n  </a>\n  、谷歌</p>");
    }

    @Test
    void linkPolicyKeepsAttributesAndEscapesThemAsHtml() {
        String html = "<ok href='/s?a=1&amp;b=2' target=_blank title='say \"hi\"'>x</ok>";
        assertThat(decide(html, policy(TagPolicy.LINK))).singleElement().satisfies(a -> assertThat(a.newStartTag())
                .isEqualTo("<a href=\"/s?a=1&amp;b=2\" target=\"_blank\" title=\"say &quot;hi&quot;\">"));
    }

    @Test
    void linkPolicyWithoutUsableHrefUnwraps() {
        assertThat(summary(decide("<ok>x</ok>", policy(TagPolicy.LINK)))).containsExactly("UNWRAP custom-tag ok");
        assertThat(summary(decide("<ok href=' '>x</ok>", policy(TagPolicy.LINK)))).containsExactly("UNWRAP custom-tag ok");
        assertThat(decide("<ok href='javascript:alert(1)'>x</ok>", policy(TagPolicy.LINK))).singleElement()
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(CleanAction.Type.UNWRAP);
                    assertThat(a.reason()).contains("javascript");
                });
    }

    @Test
    void linkPolicyNeverNestsLinks() {
        String inside = "<a href='/a'>see <ok href='/b'>b</ok></a>";
        assertThat(summary(decide(inside, policy(TagPolicy.LINK)))).containsExactly("UNWRAP custom-tag ok");
        String holding = "<ok href='/b'>see <a href='/a'>a</a></ok>";
        assertThat(summary(decide(holding, policy(TagPolicy.LINK)))).containsExactly("UNWRAP custom-tag ok");
        String nested = "<ok href='/1'>one <ok href='/2'>two</ok></ok>";
        assertThat(decide(nested, policy(TagPolicy.LINK))).extracting(CleanAction::type)
                .containsExactly(CleanAction.Type.RETAG, CleanAction.Type.UNWRAP);
        assertThat(clean(nested, policy(TagPolicy.LINK))).isEqualTo("<a href=\"/1\">one two</a>");
    }

    @Test
    void linkPolicyUnwrapsATagWithoutEndTag() {
        // the end tag may be in another region of a Markdown file: an unclosed <a> would swallow the rest
        String html = "<p><ok href='/1'>one</p><p>two</p>";
        assertThat(decide(html, policy(TagPolicy.LINK))).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(CleanAction.Type.UNWRAP));
    }

    @Test
    void dropPolicyRemovesWithContent() {
        assertThat(summary(decide(OK, policy(TagPolicy.DROP)))).containsExactly("REMOVE custom-tag ok");
        assertThat(clean(OK, policy(TagPolicy.DROP))).isEqualTo("<p>继\n  \n  、谷歌</p>");
    }

    @Test
    void perTagOverrides() {
        String html = "<ok href='/a'>a</ok><wbr-x>b</wbr-x><my-widget>c</my-widget>";
        CleanPolicy p = CleanPolicy.builder().tagOverride("ok=link").tagOverride("my-widget", TagPolicy.KEEP)
                .customTags(TagPolicy.DROP).build();
        assertThat(summary(decide(html, p))).containsExactly("RETAG custom-tag ok", "REMOVE custom-tag wbr-x");
    }

    @Test
    void spanWithHrefIsADisabledLink() {
        String html = "<p>来源:<span href=\"/news/gb/tag/看中国\" target=\"_blank\">看中国</span></p>";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CleanAction.Type.UNWRAP);
            assertThat(a.kind()).isEqualTo(CleanKind.CUSTOM_TAG);
            assertThat(a.detail()).isEqualTo("span[href]");
        });
        assertThat(clean(html)).isEqualTo("<p>来源:看中国</p>");
        assertThat(clean(html, policy(TagPolicy.LINK)))
                .isEqualTo("<p>来源:<a href=\"/news/gb/tag/看中国\" target=\"_blank\">看中国</a></p>");
        assertThat(decide(html, CleanPolicy.builder().tagOverride("span=keep").build())).isEmpty();
        assertThat(decide("<span class='caption'>text</span><span href=''>x</span>")).isEmpty();
    }

    @Test
    void presentationalTagsAreUnwrapped() {
        String html = "<p>a <font color=\"#0000ff\">blue</font> <big>big</big> <blink>x</blink></p>\n<center>\n<table><tr><td>t</td></tr></table>\n</center>";
        assertThat(summary(decide(html))).containsExactly("UNWRAP presentational-tag font",
                "UNWRAP presentational-tag big", "UNWRAP presentational-tag blink", "UNWRAP presentational-tag center");
        assertThat(clean(html)).isEqualTo("<p>a blue big x</p>\n\n<table><tr><td>t</td></tr></table>\n");
    }

    @Test
    void customTagPolicyDoesNotApplyToPresentationalTags() {
        String html = "<font color=red>x</font>";
        assertThat(summary(decide(html, policy(TagPolicy.DROP)))).containsExactly("UNWRAP presentational-tag font");
        assertThat(summary(decide(html, CleanPolicy.builder().tagOverride("font=drop").build())))
                .containsExactly("REMOVE presentational-tag font");
        assertThat(decide(html, CleanPolicy.builder().tagOverride("font=keep").build())).isEmpty();
    }

    @Test
    void centerBetweenInlineContentBecomesADiv() {
        String html = "<td>caption<center><b>title</b></center>more</td>";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CleanAction.Type.RETAG);
            assertThat(a.newStartTag()).isEqualTo("<div>");
        });
        assertThat(clean("<table><tr>" + html + "</tr></table>")).isEqualTo("<table><tr><td>caption<div><b>title</b></div>more</td></tr></table>");
        // a <center> that closed an open paragraph: unwrapped, its content would join the paragraph
        String closing = "<p>paragraph text\n<center><b>title</b></center>\n";
        assertThat(decide(closing)).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(CleanAction.Type.RETAG));
        // after a <br> or between blocks nothing joins
        assertThat(summary(decide("<p>a</p><center><b>t</b></center><p>b</p>"))).containsExactly("UNWRAP presentational-tag center");
        assertThat(summary(decide("text<br>\n<center>t</center>\n<br>"))).containsExactly("UNWRAP presentational-tag center");
    }

    @Test
    void fontInsideOkBothUnwrapped() {
        String html = "<p>《<ok href=\"https://books.example/nine\">\n <font color=\"0000ff\">\n  九评\n </font>\n</ok>》</p>";
        assertThat(summary(decide(html))).containsExactly("UNWRAP custom-tag ok", "UNWRAP presentational-tag font");
        assertThat(clean(html, policy(TagPolicy.LINK)))
                .isEqualTo("<p>《<a href=\"https://books.example/nine\">\n \n  九评\n \n</a>》</p>");
    }

    @Test
    void foreignContentIsNeverCustom() {
        String html = "<svg viewBox='0 0 10 10'><foo/><linearGradient id='g'></linearGradient><foreignObject><ok>x</ok></foreignObject></svg>"
                + "<math><mi>x</mi><semantics><annotation>y</annotation></semantics></math>";
        assertThat(summary(decide(html))).containsExactly("UNWRAP custom-tag ok");
    }

    @Test
    void misnestedFontCopiesShareTheAction() {
        String html = "<p><font color=red>a</p><p>b</font></p>";
        List<CleanAction> actions = decide(html);
        assertThat(actions).singleElement().satisfies(a -> assertThat(a.copies()).hasSize(1));
        assertThat(clean(html)).isEqualTo("<p>a</p><p>b</p>");
    }

    @Test
    void wordProcessorTagsAreCustom() {
        assertThat(clean("<p>a<o:p>&nbsp;</o:p></p><p><o:p></o:p></p><p>b</p>")).isEqualTo("<p>a&nbsp;</p><p>b</p>");
    }

    @Test
    void obsoleteButParsedElementsAreNotCustom() {
        assertThat(decide("<object data='/a.swf'><param name='movie' value='/a.swf'></object><acronym>x</acronym>"))
                .isEmpty();
    }

    @Test
    void templateContentIsInert() {
        assertThat(decide("<template><ok>x</ok><img src='/c.gif' width=0></template>")).isEmpty();
    }
}
