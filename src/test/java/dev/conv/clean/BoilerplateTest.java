package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static dev.conv.clean.Cleaning.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "single_ad", "ad", "ads", "AD", "adsbygoogle", "advert", "adverts", "advertisement", "advertising",
        "ad-slot", "ad_slot", "banner-ad", "ad-300x250", "ad-ecf", "div-gpt-ad-1589559869784-0", "topAd", "sidebarAds",
        "google_ads_iframe_1", "adsense", "ad-container", "adunit", "taboola-below-article", "outbrain_widget",
    })
    void adTokens(String token) {
        assertThat(AdSlots.isAdToken(token)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "header", "shadow", "badge", "download", "read-more", "readmore", "load", "adv-search", "advanced",
        "address", "add-to-cart", "admin", "ad-hoc", "ad-free", "headline", "gradient", "thread", "lead", "roadmap",
        "adventure", "nomad", "upload", "bad", "head-line", "featured_image", "caption", "tg-0lax",
        "ar_articleContent", "iPad", "shadowAdjust",
    })
    void notAdTokens(String token) {
        assertThat(AdSlots.isAdToken(token)).isFalse();
    }

    @Test
    void adSlotsAreRemoved() {
        String html = """
                <div class="post_content">
                 <p>text</p>
                 <div class="single_ad">
                 </div>
                </div>""";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.AD_SLOT);
            assertThat(a.detail()).isEqualTo("div.single_ad");
        });
        assertThat(clean(html)).isEqualTo("<div class=\"post_content\">\n <p>text</p>\n \n</div>");

        String adsense = """
                <p>a</p>
                <div class="widget ad-300x250 ad-ecf">
                 <!-- Post Embed 300x250 -->
                 <ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="1" style="display:inline-block;width:300px;height:250px">
                 </ins>
                </div>
                <p>b</p>""";
        assertThat(summary(decide(adsense))).containsExactly("REMOVE ad-slot div");
        String dataAttr = "<ins data-ad-client='ca-pub-1' data-ad-slot='2'></ins>";
        assertThat(summary(decide(dataAttr))).containsExactly("REMOVE ad-slot ins");
    }

    @Test
    void emptiedWrappersAroundAnAdSlotCascade() {
        String html = """
                <p>one</p>
                <div>
                 <center>
                  <div id="div-gpt-ad-1589559869784-0">
                  </div>
                 </center>
                </div>
                <p>two</p>""";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.EMPTY_WRAPPER);
            assertThat(a.element().normalName()).isEqualTo("div");
            assertThat(a.reason()).isEqualTo("emptied by the other rules");
        });
        assertThat(clean(html)).isEqualTo("<p>one</p>\n\n<p>two</p>");
    }

    @Test
    void adClassOnContentDoesNotRemoveIt() {
        String article = "<div class=\"post ad-wrapper\"><h2>Title</h2><p>Short.</p></div>";
        assertThat(decide(article)).isEmpty();
        String longText = "<div class=\"ads\"><p>" + "正文".repeat(AdSlots.MAX_TEXT / 2 + 1) + "</p></div>";
        assertThat(decide(longText)).isEmpty();
        String label = "<div class=\"ads\"><span>Advertisement</span><a href='https://ads.example/x'><img src='/b.jpg'></a></div>";
        assertThat(summary(decide(label))).containsExactly("REMOVE ad-slot div");
    }

    @Test
    void pageStructureIsNeverAnAdSlot() {
        assertThat(decide("<html><body class='ads'><main class='ad'><article id='ad'><p>x</p></article></main></body></html>"))
                .isEmpty();
    }

    @Test
    void emptyWrappersGo() {
        String html = "<div>\n <p>\n </p>\n <span></span>\n <section><!-- nothing --></section>\n</div><p>x</p>";
        assertThat(summary(decide(html))).containsExactly("REMOVE empty-wrapper div");
        assertThat(clean(html)).isEqualTo("<p>x</p>");
        assertThat(summary(decide("<font color=red> </font><center>\n</center><my-tag></my-tag>")))
                .containsExactly("REMOVE empty-wrapper font", "REMOVE empty-wrapper center", "REMOVE empty-wrapper my-tag");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div>text</div>",
        "<div><br></div>",
        "<p><br/></p>",
        "<p>&nbsp;</p>",
        "<div>\u3000</div>",
        "<div><img src='/a.png'></div>",
        "<div><video src='/a.mp4'></video></div>",
        "<div><iframe src='https://www.youtube.com/embed/x'></iframe></div>",
        "<div><svg><circle r='1'/></svg></div>",
        "<div><hr></div>",
        "<div><input type='text'></div>",
        "<div><b></b></div>",
        "<div><table></table></div>",
        "<span id='note-1'></span>",
        "<a name='top'></a>",
        "<a href='/x'></a>",
        "<div><a id='sec2'></a></div>",
        "<span id='hideid' name='hideid' style='display:none'></span>",
        "<div style='height:20px'></div>",
        "<div style='clear:both'></div>",
        "<div style='border-top:1px solid #ccc'></div>",
        "<div><script>function videoEnded(v) {v.load();}</script></div>",
        "<ul><li></li></ul>",
        "<table><tr><td></td></tr></table>",
    })
    void notEmptyWrappers(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @Test
    void strayEndTagsAndImpliedElementsAreLeftAlone() {
        // </p> without <p> makes an empty <p> that has no start tag in the source
        assertThat(decide("text</p>more")).isEmpty();
        // an implied <tbody> is not a source tag either
        assertThat(decide("<table><tr><td>x</td></tr></table>")).isEmpty();
    }

    @Test
    void anEmptyParagraphClosedByTheNextBlock() {
        String html = "<p>\n <center>\n  <table><tr><td>x</td></tr></table>\n </center>\n</p>";
        assertThat(summary(decide(html))).containsExactly("REMOVE empty-wrapper p", "UNWRAP presentational-tag center");
        assertThat(clean(html)).isEqualTo("\n  <table><tr><td>x</td></tr></table>\n \n</p>");
    }

    @Test
    void removingABlockThatClosedAParagraphKeepsTheBreak() {
        // the empty <p> closes the first one; removed without a trace, "b" would join "a"
        String emptyP = "<p>a<p></p>b";
        assertThat(decide(emptyP)).singleElement().satisfies(a -> assertThat(a.replacement()).isEqualTo("</p>"));
        assertThat(clean(emptyP)).isEqualTo("<p>a</p>b");
        assertThat(clean("<p>a<div></div>\n<!-- x -->\n<b>b</b>")).isEqualTo("<p>a</p>\n<!-- x -->\n<b>b</b>");
        String ad = "<p>a<div class=\"ad\">x</div>b";
        assertThat(decide(ad)).singleElement().satisfies(a -> assertThat(a.replacement()).isEqualTo("</p>"));
        assertThat(clean(ad)).isEqualTo("<p>a</p>b");
        // only the block that closed the paragraph carries the </p>
        assertThat(clean("<p>a<div class=ad>x</div><div></div>b")).isEqualTo("<p>a</p>b");
        // followed by a block, or closed explicitly, nothing joins
        assertThat(decide("<p>a<div class=\"ad\">x</div><p>b")).singleElement()
                .satisfies(a -> assertThat(a.replacement()).isEmpty());
        assertThat(decide("<p>a</p><div class=\"ad\">x</div>b")).singleElement()
                .satisfies(a -> assertThat(a.replacement()).isEmpty());
        assertThat(clean("<p>a</p><p></p>b")).isEqualTo("<p>a</p>b");
    }

    @Test
    void removingABlockBetweenInlineContentKeepsTheLineBreak() {
        assertThat(clean("<td>a<div></div>b</td>")).isEqualTo("<td>a<br>b</td>");
        assertThat(clean("<td>a <div class='ads'>x</div> <b>b</b></td>")).isEqualTo("<td>a <br> <b>b</b></td>");
        assertThat(clean("<div>a<script>gtag('js')</script><div class='ad'>x</div>\nb</div>"))
                .isEqualTo("<div>a<br>\nb</div>");
        // no line to keep: a <br> already ends it, or a block or nothing is on one side
        assertThat(clean("<td>a<br><div></div>b</td>")).isEqualTo("<td>a<br>b</td>");
        assertThat(clean("<td><div></div>b</td>")).isEqualTo("<td>b</td>");
        assertThat(clean("<div>a<div></div></div>")).isEqualTo("<div>a</div>");
        assertThat(clean("<div>a<p>x</p><div></div>b</div>")).isEqualTo("<div>a<p>x</p>b</div>");
        // inline elements removed leave nothing
        assertThat(clean("<p>a<span></span>b<img src='/c.gif' width=0>c</p>")).isEqualTo("<p>abc</p>");
    }

    @Test
    void elementOpenAtTheEndOfTheRegionIsNotJudgedEmpty() {
        // a Markdown inline run "<span href=...>" whose content and end tag lie outside the region
        assertThat(summary(decide("<span href='/u'>"))).containsExactly("UNWRAP custom-tag span");
        assertThat(decide("<div>")).isEmpty();
        assertThat(decide("<div class='x'>\n")).isEmpty();
    }

    @Test
    void extraSelectors() {
        String html = "<div class='share-buttons'><a href='/s'>share</a></div><p class='lead'>x</p><nav id='menu'>m</nav>";
        CleanPolicy p = CleanPolicy.builder().removeSelector(".share-buttons").removeSelector("nav#menu, aside").build();
        assertThat(decide(html, p)).extracting(a -> a.kind().id() + " " + a.detail())
                .containsExactly("selector .share-buttons", "selector nav#menu, aside");
        assertThat(clean(html, p)).isEqualTo("<p class='lead'>x</p>");
    }

    @Test
    void selectorMatchesInsideARemovedElementAreNotRepeated() {
        String html = "<div class='box'><span class='box'>x</span></div>";
        CleanPolicy p = CleanPolicy.builder().removeSelector(".box").build();
        assertThat(summary(decide(html, p))).containsExactly("REMOVE selector div");
    }

    @Test
    void invalidSelectorNamesItself() {
        assertThatThrownBy(() -> CleanPolicy.builder().removeSelector("div[class="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("div[class=");
        assertThatThrownBy(() -> CleanPolicy.builder().removeSelector("p >> "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'p >>'");
        assertThatThrownBy(() -> CleanPolicy.builder().removeSelector(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
