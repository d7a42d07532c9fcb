package dev.conv.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkRepairTest {

    @Test
    void anEmptyDestinationTakesTheUrlInTheTitle() {
        Optional<LinkRepair.Target> t = LinkRepair.urlFromTitle("", "https://tw.news.yahoo.com/a-123.html");
        assertThat(t).contains(new LinkRepair.Target("https://tw.news.yahoo.com/a-123.html", null));
        assertThat(LinkRepair.urlFromTitle("  ", " http://example.com/x ")).map(LinkRepair.Target::destination)
                .contains("http://example.com/x");
    }

    @Test
    void aTitleThatIsNotAUrlRepairsNothing() {
        assertThat(LinkRepair.urlFromTitle("", "Read more")).isEmpty();
        assertThat(LinkRepair.urlFromTitle("", "javascript:alert(1)")).isEmpty();
        assertThat(LinkRepair.urlFromTitle("", "https://exa mple.com/")).isEmpty();
        assertThat(LinkRepair.urlFromTitle("", null)).isEmpty();
        assertThat(LinkRepair.urlFromTitle("https://a.example/", "https://b.example/")).isEmpty();
    }

    @Test
    void aTitleUrlWithSpacesIsEncoded() {
        assertThat(LinkRepair.urlFromTitle("", "https://example.com/a b.html")).map(LinkRepair.Target::destination)
                .contains("https://example.com/a%20b.html");
    }

    @Test
    void textThatIsTheUrlOfAProxiedImageBecomesTheCleanUrl() {
        Unwrapper u = Unwrapper.builtIn();
        assertThat(LinkRepair.cleanText("https://images.weserv.nl/?url=https%3A%2F%2Fi.imgur.com%2F2zGAYUY.jpg", u))
                .contains("https://i.imgur.com/2zGAYUY.jpg");
        assertThat(LinkRepair.cleanText(" https://images.weserv.nl/?url=i.imgur.com/x.jpg ", u))
                .contains("https://i.imgur.com/x.jpg");
        assertThat(LinkRepair.cleanText("photo from https://images.weserv.nl/?url=i.imgur.com/x.jpg", u)).isEmpty();
        assertThat(LinkRepair.cleanText("https://i.imgur.com/x.jpg", u)).isEmpty();
        assertThat(LinkRepair.cleanText("", u)).isEmpty();
    }
}
