package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static dev.conv.clean.Cleaning.summary;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A link or navigation item whose class names a page about advertising ("Advertise with us", the
 * ads policy, classifieds) is site navigation, not an ad slot; an ad that happens to sit in a menu,
 * or to link to a shop's "advertising" page, is still an ad.
 */
class AdPageLinkTest {

    @Test
    void advertiseWithUsInTheNavStays() {
        String html = "<nav><a class=\"nav-link page-advertise-with-us\" href=\"/advertise-with-us/\">Advertise with us</a></nav>";
        assertThat(decide(html)).isEmpty();
        assertThat(clean(html)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // menus and footers, WordPress style and hand-written
        "<ul class='menu'><li id='menu-item-7' class='menu-item menu-advertise'><a href='/advertise/'>Advertise</a></li></ul>",
        "<nav><ul><li class='ads'><a href='/classifieds/'>Classifieds</a></li></ul></nav>",
        "<footer><a class='footer-link ads-policy' href='/ads-policy'>Ads policy</a></footer>",
        "<footer><ul><li class='about-ads'><a href='/about/our-ads.html'>About our ads</a></li></ul></footer>",
        "<div class='legal'><a class='ad-choices' href='https://optout.example.org/'>Your ad choices</a></div>",
        "<div role='navigation'><a class='ad-link' href='/media-kit/'>Media kit</a></div>",
        "<p><a class='advertise' href='/contact?subject=advertising'>Advertise</a> | <a href='/jobs'>Jobs</a></p>",
        "<p><a class='advert-link' href='/advertising/rates.html'>Rates</a></p>",
        "<ul><li class='nav-ad'><a href='/ad/'>广告服务</a></li></ul>",
        // named only by aria-label or title, an icon for a body
        "<p><a class='ads' aria-label='Advertise with us' href='/contact/'><svg width='16' height='16'><path d='M0 0h16v16H0z'/></svg></a></p>",
        "<p><a class='ad-icon' title='Advertising enquiries' href='/contact/'><span class='icon'>$</span></a></p>",
        // a class that names the page, whatever the element holds
        "<div class='advertise-with-us'><p>Reach our readers every day.</p><a href='/media-kit'>Media kit</a></div>",
        "<div class='ads-policy'><p>We show ads from partners we vet.</p></div>",
        "<section id='about-ads'><p>Why you see ads here.</p></section>",
    })
    void linksAndNavItemsNamingAnAdvertisingPageStay(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an ad creative, in a menu or not
        "<p>x</p><a class='ad' href='https://shop.example/spring-sale'><img src='/banners/sale.jpg' alt=''></a>",
        "<nav><div class='ad-slot'><a href='https://sponsor.example/'><img src='/b/728x90.jpg' alt=''></a></div></nav>",
        "<nav><div class='ad-slot'><iframe src='/ads/frame.html'></iframe></div></nav>",
        // an ad whose destination or text happens to say "advertising"
        "<div class='sidebar-ad'><a href='https://googleads.g.doubleclick.net/aclk?sa=L&amp;ai=C1&amp;adurl=https://shop.example/advertise'>Advertise your shop</a></div>",
        "<div class='sidebar-ad'><a href='https://ads.example.net/ad/click?id=1'>Cheap flights</a></div>",
        "<div class='advertisement'><a href='/advertise'>Advertise here</a><a href='https://sponsor.example/'><img src='/b.jpg' alt=''></a></div>",
        // a slot whose only content links to the ads page: the slot's class names the slot
        "<p>x</p><div class='ad-slot'><a href='/ad'>广告</a></div>",
        "<p>x</p><div class='ad-box'><a href='/advertise'>Your ad here</a></div>",
        // a sponsored text link outside any menu
        "<p>x</p><div class='ad'><a href='https://sponsor.example/?utm_source=site'>Sponsor: Acme tools</a></div>",
    })
    void adsAreStillAds(String html) {
        assertThat(summary(decide(html))).singleElement().asString().startsWith("REMOVE ad-slot");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "advertise-with-us", "page-advertise-with-us", "ads-policy", "ad-policies", "about-ads", "aboutAds",
        "ad-choices", "ads-terms", "advertising-guidelines", "contact-ads", "ads-faq", "ad-preferences",
        "ad-settings",
    })
    void tokensNamingAPageAboutAdsAreNotAdTokens(String token) {
        assertThat(AdSlots.isAdToken(token)).isFalse();
    }
}
