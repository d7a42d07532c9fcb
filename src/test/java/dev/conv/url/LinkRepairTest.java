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

    @Test
    void aDestinationThatLooksLikeAUrlOrAPathIsOneToRepair() {
        assertThat(LinkRepair.looksLikeLink("a b.md")).isTrue();
        assertThat(LinkRepair.looksLikeLink("图片/第 1 张.PNG")).isTrue();
        assertThat(LinkRepair.looksLikeLink("../docs/read me.html#part 2")).isTrue();
        assertThat(LinkRepair.looksLikeLink("docs/url with spaces and (parens).md")).isTrue();
        assertThat(LinkRepair.looksLikeLink("a(b.md")).isTrue();
        assertThat(LinkRepair.looksLikeLink("/wiki/Main Page")).isTrue();
        assertThat(LinkRepair.looksLikeLink("./notes/first draft")).isTrue();
        assertThat(LinkRepair.looksLikeLink("https://example.org/a page.html")).isTrue();
        assertThat(LinkRepair.looksLikeLink("http://example.org/search?q=a b")).isTrue();
    }

    @Test
    void proseScriptsAndOddHostsAreNotLinksToRepair() {
        assertThat(LinkRepair.looksLikeLink("url with spaces and (parens)")).isFalse();
        assertThat(LinkRepair.looksLikeLink("see the notes above")).isFalse();
        assertThat(LinkRepair.looksLikeLink("2 of 3")).isFalse();
        assertThat(LinkRepair.looksLikeLink("javascript:alert(1) //x.md")).isFalse();
        assertThat(LinkRepair.looksLikeLink("mailto:a b@example.org")).isFalse();
        assertThat(LinkRepair.looksLikeLink("https://exa mple.org/a.html")).isFalse();
        assertThat(LinkRepair.looksLikeLink("//cdn.example/a b.png")).isFalse();
        assertThat(LinkRepair.looksLikeLink(" a.md")).isFalse();
        assertThat(LinkRepair.looksLikeLink("a.md\nb.md")).isFalse();
        assertThat(LinkRepair.looksLikeLink("version 1.2")).isFalse();
        assertThat(LinkRepair.looksLikeLink("")).isFalse();
    }
}
