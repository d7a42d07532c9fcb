package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static dev.conv.clean.Cleaning.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.url.TrackerHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blocks of ad click links ("Ads by Google" and its kin): a heading does not make them content,
 * and an ad label names them even without an ad class. A block with one ordinary link, or a label
 * over something other than ad clicks, stays.
 */
class AdClickBlockTest {
    private static final String ACLK = "https://googleads.g.doubleclick.net/aclk?sa=L&amp;ai=CxYz&amp;adurl=https://flights.example/";

    private static final AdClicks CLICKS = new AdClicks(TrackerHosts.builtIn());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://googleads.g.doubleclick.net/aclk?sa=L&ai=C1&adurl=https://shop.example/",
        "https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChc&sig=AOD",
        "https://www.google.com/aclk?sa=l&ai=DChc&adurl=",
        "https://www.bing.com/aclk?ld=e8x&u=aHR0cHM",
        "https://ad.doubleclick.net/ddm/clk/512345678;298765432;x",
        "https://adclick.g.doubleclick.net/pcs/click?xai=AKA",
        "https://paid.outbrain.com/network/redir?p=abc&c=def",
        "https://shop.example/landing?adurl=https://shop.example/",
        "//googleads.g.doubleclick.net/aclk?sa=L",
    })
    void adClickUrls(String href) {
        assertThat(CLICKS.isAdClick(href)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.google.com/search?q=aclk",
        "https://news.example/2024/05/ad-clicks-fall.html",
        "/click/here",
        "https://www.outbrain.com/what-is/",
        "https://www.addthis.com/bookmark.php?v=300",
        "https://flights.example/",
        "javascript:aclk()",
        "mailto:ads@example.org",
    })
    void notAdClickUrls(String href) {
        assertThat(CLICKS.isAdClick(href)).isFalse();
    }

    @Test
    void theHeadingGuardDoesNotSaveABlockOfAdClicks() {
        String html = "<p>Story.</p>\n<div class=\"ad-links\">\n <h3>Ads by Google</h3>\n <ul>\n"
                + "  <li><a href=\"" + ACLK + "\">Cheap flights to Lisbon</a></li>\n"
                + "  <li><a href=\"https://www.googleadservices.com/pagead/aclk?sa=L&amp;ai=D2\">Hotel deals</a></li>\n"
                + " </ul>\n</div>\n<p>More story.</p>";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.AD_SLOT);
            assertThat(a.detail()).isEqualTo("div.ad-links");
        });
        assertThat(clean(html)).isEqualTo("<p>Story.</p>\n\n<p>More story.</p>");
    }

    @Test
    void aBlockTitledAsAdsAndHoldingOnlyAdClicksGoesWithoutAnAdClass() {
        String html = "<aside id=\"sidebar\">\n<div class=\"widget\"><h3>Most read</h3><ul><li><a href=\"/news/1\">One</a></li></ul></div>\n"
                + "<div class=\"widget\">\n <h3>Ads by Google</h3>\n <ul>\n  <li><a href=\"" + ACLK + "\">Cheap flights</a><br>Compare fares from 40 airlines.</li>\n"
                + "  <li><a href=\"https://ad.doubleclick.net/ddm/clk/1;2;x\">Garden sheds</a><br>Built to order.</li>\n </ul>\n</div>\n</aside>";
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.AD_SLOT);
            assertThat(a.detail()).isEqualTo("div \"Ads by Google\"");
            assertThat(a.reason()).isEqualTo("only ad click links under an ad label");
        });
        assertThat(clean(html)).contains("Most read").doesNotContain("Ads by Google").doesNotContain("aclk");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div><p class='label'>Sponsored links</p><a href='https://www.google.com/aclk?sa=l&amp;ai=x'>Running shoes</a></div>",
        "<section><h4>Advertisement</h4><a href='" + ACLK + "'><b>Flights</b> from 29 euros</a></section>",
        "<div><span>广告</span><a href='" + ACLK + "'>机票特价</a></div>",
        "<table><tr><td><b>Anzeigen</b></td></tr><tr><td><a href='" + ACLK + "'>Flüge</a></td></tr></table>",
        // prettified: the label sits in wrappers, padded with indentation
        "<div class='widget'>\n    <div class='widget-title'>\n        <span>\n            Ads by Google\n        </span>\n"
                + "    </div>\n    <a name='ads'></a><a href='" + ACLK + "'>Flights</a>\n</div>",
        // the "Ads by Google" label is itself a link to the ad network's disclosure page
        "<div><a href='https://www.google.com/adsense/support/bin/request.py?contact=abg_afc'>Ads by Google</a>"
                + "<a href='" + ACLK + "'>Flights</a></div>",
    })
    void labelledAdClickBlocks(String html) {
        assertThat(summary(decide(html))).singleElement().asString().startsWith("REMOVE ad-slot");
    }

    @Test
    void manyTextAdsAreStillOneAdBlock() {
        StringBuilder ads = new StringBuilder("<div class=\"adsense-links\"><h3>Ads by Google</h3>");
        for (int i = 0; i < 4; i++) {
            ads.append("<div><a href=\"").append(ACLK).append(i).append("\">Offer number ").append(i)
                    .append("</a><br>A description of the offer, long enough to fill the line, ninety characters in all.<br>")
                    .append("<span>shop").append(i).append(".example</span></div>");
        }
        ads.append("</div>");
        assertThat(summary(decide(ads.toString()))).containsExactly("REMOVE ad-slot div");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // one ordinary link among the ads: the heading guard holds
        "<div class='ad-links'><h3>Ads by Google</h3><ul><li><a href='" + ACLK + "'>Flights</a></li>"
                + "<li><a href='/news/ads-revenue'>Our story on ad revenue</a></li></ul></div>",
        // an article about ads: its links are ordinary
        "<section><h2>Ads by Google</h2><p>The search company's ad business grew again.</p>"
                + "<a href='https://blog.example/google-ads'>Source</a></section>",
        // a label over no ad clicks
        "<div><h3>Advertisement</h3><p>Our print edition is out on Sunday.</p></div>",
        "<div><h3>Sponsored</h3><ul><li><a href='https://partner.example/'>Partner</a></li></ul></div>",
        // ad clicks under a heading that is not an ad label, without an ad class
        "<div class='box'><h3>Travel</h3><ul><li><a href='" + ACLK + "'>Flights</a></li></ul></div>",
        // an article that carries one ad click link: far more text than ads carry
        "<div class='post ad-wrapper'><h2>Rail strike ends</h2><p>Trains ran again on Tuesday after the union and the"
                + " operator agreed on a two-year pay deal. Commuters packed the first services into the city, and the"
                + " operator said the timetable would be back to normal by the weekend. The union had called the strike"
                + " over pay and staffing on night trains; the deal adds forty drivers and a night allowance. Travel"
                + " sites reported a rush of bookings <a href='" + ACLK + "'>Flights</a></p></div>",
    })
    void notAdBlocks(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @Test
    void theLabelMustOpenTheBlock() {
        // the page wrapper also holds only ad clicks under the label, but the label does not open it
        String html = "<div id=\"page\"><p>Intro.</p><div><h3>Ads by Google</h3><a href=\"" + ACLK + "\">Flights</a></div></div>";
        assertThat(decide(html)).singleElement().satisfies(a ->
                assertThat(a.element().parent().id()).isEqualTo("page"));
    }
}
