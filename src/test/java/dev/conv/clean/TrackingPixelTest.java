package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.page.TextEncoding;
import dev.conv.step.Change;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingPixelTest {

    private static List<CleanAction> pixels(String html, CleanPolicy policy) {
        return decide(html, policy).stream().filter(a -> a.kind() == CleanKind.TRACKING_PIXEL).toList();
    }

    private static List<CleanAction> pixels(String html) {
        return pixels(html, CleanPolicy.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<img src='http://example.org/c.gif' width='0px' height='0px'/>",
        "<img src='/c.gif' width=0 height=0>",
        "<img src='/c.gif' width=1 height=1 border=0>",
        "<img src='/c.gif' width='1px' height='1px'>",
        "<img src='/c.gif' width='1'>",
        "<img src='/c.gif' height='0'>",
        "<img src='/c.gif' width='0%' height='0%'>",
        "<img src='/c.gif' style='width:0;height:0;border:0'>",
        "<img src='/c.gif' style='width: 1px; height: 1px'>",
        "<img src='/c.gif' style='width:0em;height:0em'>",
        "<img src='/c.gif' style='width:1pt;height:1pt'>",
        "<img src='/c.gif' style='width:0.5px'>",
        "<img src='/c.gif' style='WIDTH:1PX !important; HEIGHT:1PX'>",
        "<img src='/c.gif' width='300' height='200' style='width:1px;height:1px'>",
        "<img src='/c.gif' style='display:none'>",
        "<img src='/c.gif' style='visibility: hidden'>",
        "<img src='/c.gif' hidden>",
        "<img src='https://www.google-analytics.com/collect?v=1&tid=UA-1'>",
        "<img src='https://stats.g.doubleclick.net/r/collect?t=dc' alt=''>",
        "<img src='//c.statcounter.com/123/0/abc/1/' alt='web counter'>",
        "<img src='https://hm.baidu.com/hm.gif?si=abc'>",
        "<img src='http://mc.yandex.ru/watch/123' style='position:absolute; left:-9999px;'>",
        "<img src='https://www.facebook.com/tr?id=123&amp;ev=PageView&amp;noscript=1'>",
        "<img src='https://mail.example.com/pixel'>",
        "<img src='https://mail.example.com/pixel.gif'>",
        "<img src='https://mail.example.com/e/open?u=1'>",
        "<img src='https://list.example.com/track/open.php?u=abc&amp;id=def'>",
        "<img src='https://news.example.com/wf/open?upn=xyz'>",
        "<img src='https://example.com/track.php?c=1'>",
        "<img src='https://example.com/beacon.png'>",
        "<img src='https://example.com/img/1x1.gif'>",
        "<img src='https://example.com/t.gif?uid=42'>",
        "<img src='https://example.com/a/b/s.gif?sid=9&amp;r=3'>",
        "<img src='https://example.com/__utm.gif?utmwv=5'>",
        "<img src='http://mirror.example.win/news/pages/p1/a102.md'>",
        "<img src='../pages/p1/a102.html'>",
        "<img src='https://example.com/page.htm?counter=1'>",
        "<iframe src='https://www.googletagmanager.com/ns.html?id=GTM-XXXX' height='0' width='0'></iframe>",
        "<iframe src='https://ad.doubleclick.net/ddm/activity/src=1'></iframe>",
        "<iframe src='https://example.com/frame.html' style='display:none'></iframe>",
    })
    void removesTrackingPixels(String html) {
        List<CleanAction> actions = decide(html);
        assertThat(actions).hasSize(1);
        CleanAction a = actions.get(0);
        assertThat(a.type()).isEqualTo(CleanAction.Type.REMOVE);
        assertThat(a.kind()).isEqualTo(CleanKind.TRACKING_PIXEL);
        assertThat(a.reason()).isNotBlank();
        assertThat(clean(html)).isEmpty();
    }

    /** Images a reader sees, or that carry layout: none of them is a tracker. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<img src='/favicon.ico' width='16' height='16'>",
        "<img src='/icons/rss.png' width=16 height=16 alt='RSS'>",
        "<img src='/spacer.gif' width='1' height='20'>",
        "<img src='/spacer.gif' width='20' height='1'>",
        "<img src='/spacer.gif' width='0' height='20'>",
        "<img src='/photo.jpg'>",
        "<img src='/photo.jpg' width='100%'>",
        "<img src='/photo.jpg' width='580' border='1' hspace='0' vspace='5'>",
        "<img src='/photo.jpg' height='70'>",
        "<img src='/photo.jpg' width='1em'>",
        "<img src='/photo.jpg' width='1%'>",
        "<img src='/photo.jpg' width='1' style='width:300px'>",
        "<img src='/photo.jpg' style='width:auto;height:1px'>",
        "<img src='/photo.jpg' width='auto'>",
        "<img src='/open-source/logo.png'>",
        "<img src='/opensource/open.png'>",
        "<img src='/icons/collect.png' alt='收藏'>",
        "<img src='/music/track/cover.jpg'>",
        "<img src='/music/track-01.jpg'>",
        "<img src='/pixel-art/sprite.png'>",
        "<img src='/tr/flag.png'>",
        "<img src='/pixels/header.jpg'>",
        "<img src='/anim.gif?v=2'>",
        "<img src='/animation.gif?width=300'>",
        "<img src='/img/grid.gif?grid=1'>",
        "<img src='https://github.com/owner/news/blob/master/pages/prog202/a102888556.md.png'/>",
        "<img src='https://example.org/page.md.png'/>",
        "<img src='https://example.org/readme.html.jpg'/>",
        "<img src='https://images.weserv.nl/?url=https://i.imgur.com/abc.jpg'>",
        "<img src='https://i0.wp.com/example.com/photo.jpg'>",
        "<img src='https://www.facebook.com/images/logo.png'>",
        "<img src='https://notdoubleclick.net/banner.png'>",
        "<img src='data:image/png;base64,iVBORw0KGgo='>",
        "<img alt='no src at all'>",
        "<img src='/c.gif' style='display:block'>",
        "<iframe src='https://www.youtube.com/embed/abc' width='560' height='315'></iframe>",
        "<iframe src='https://player.example.com/open/video'></iframe>",
        "<iframe src='https://embed.example.com/track' width='300' height='80'></iframe>",
        "<iframe src='/pages/p1/a1.html'></iframe>",
        "<video src='/a.mp4' width='1' height='1'></video>",
    })
    void keepsInnocentImages(String html) {
        assertThat(pixels(html)).isEmpty();
    }

    @Test
    void innocentImagesInOnePageAllSurvive() {
        String page = """
                <p>Photo <img src="/a.jpg" width="580"> and icon <img src="/i.png" width="16" height="16">.</p>
                <p><a href="/open-source/"><img src="/open-source/logo.png"></a>
                <img src="/spacer.gif" width="1" height="20"><img src="/spacer.gif"></p>
                <p><a href="https://github.com/o/r/blob/master/pages/p/a1.md"><img src="https://github.com/o/r/blob/master/pages/p/a1.md.png"/></a></p>
                """;
        assertThat(decide(page)).isEmpty();
        assertThat(clean(page)).isEqualTo(page);
    }

    @Test
    void counterOfTheSeedPageGoesQrCodeStays() {
        String page = """
                <hr/>
                <a href='https://github.com/o/news/blob/master/pages/prog202/a102888556.md'><img src='https://github.com/o/news/blob/master/pages/prog202/a102888556.md.png'/></a> <br/>
                <img src='http://mirror.example.win/news/pages/prog202/a102888556.md' width='0px' height='0px'/>""";
        List<CleanAction> actions = decide(page);
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.TRACKING_PIXEL);
            assertThat(a.detail()).isEqualTo("http://mirror.example.win/news/pages/prog202/a102888556.md");
            assertThat(a.reason()).isEqualTo("width 0px, height 0px");
        });
        assertThat(clean(page)).endsWith("<br/>\n");
    }

    @Test
    void counterWithoutSizeIsFoundByItsDocumentSrc() {
        String html = "<img src='http://mirror.example.win/news/pages/p/a1.md'>";
        assertThat(decide(html)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("counter: src is a document"));
    }

    @Test
    void counterPointingAtThePagePathOrUrl() {
        String html = "<img src='https://mirror.example.win/site/posts/hello?c=1'><img src='/posts/other'>";
        assertThat(pixels(html)).isEmpty();
        CleanPolicy byPath = CleanPolicy.builder().pagePath("content/posts/hello").build();
        assertThat(pixels(html, byPath)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("counter: src is the page itself"));
        CleanPolicy byUrl = CleanPolicy.builder().pageUrl("https://mirror.example.win/site/posts/hello").build();
        assertThat(pixels(html, byUrl)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("counter: src is the page URL"));
        CleanPolicy otherHost = CleanPolicy.builder().pageUrl("https://elsewhere.example/site/posts/hello").build();
        assertThat(pixels(html, otherHost)).isEmpty();
        CleanPolicy mdPage = CleanPolicy.builder().pagePath("pages/p1/a102.md").build();
        assertThat(pixels("<img src='https://counter.example.win/news/pages/p1/a102'>", mdPage)).hasSize(1);
        assertThat(pixels("<img src='https://counter.example.win/news/pages/p2/a102'>", mdPage)).isEmpty();
        assertThat(pixels("<img src='https://example.org/pages/p1/a102.md.png'>", mdPage)).isEmpty();
        assertThat(pixels("<img src='https://example.org/pages/p1/a102.png'>", mdPage)).isEmpty();
    }

    @Test
    void extraTrackerHostsFromThePolicy() {
        String html = "<img src='https://img.counter.example.org/a.png'>";
        assertThat(pixels(html)).isEmpty();
        CleanPolicy policy = CleanPolicy.builder().trackerHost("https://counter.example.org/").build();
        assertThat(pixels(html, policy)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("tracker host counter.example.org"));
    }

    @Test
    void pixelInsideAParagraphTakesTheEmptiedParagraphAlong() {
        String html = "<p>text</p>\n<p>\n <img src='/x.md' width='0' height='0'>\n</p>\n<p>more</p>";
        assertThat(Cleaning.summary(decide(html))).containsExactly("REMOVE empty-wrapper p");
        assertThat(clean(html)).isEqualTo("<p>text</p>\n\n<p>more</p>");
    }

    @Test
    void linkAroundARemovedPixelGoesToo() {
        String html = "<p>See <a href='http://www.statcounter.com/'><img src='//c.statcounter.com/1/0/a/1/'></a> here</p>";
        assertThat(Cleaning.summary(decide(html))).containsExactly("REMOVE empty-wrapper a");
        assertThat(clean(html)).isEqualTo("<p>See  here</p>");
    }

    @Test
    void aPageFromAFileIsJudgedByTheRunsHostsAndItsOwnPath() {
        // The rules are built once per run; each page adds only its path.
        Clean clean = new Clean(CleanPolicy.builder().trackerHost("pix.example").build());
        String text = "x <img src=\"https://c.example/news/p1/a1\"> <img src=\"https://pix.example/a.png\">"
                + " <img src=\"https://c.example/news/p2/a1\">\n";
        Page page = new Page("site/p1/a1.md", Path.of("site", "p1", "a1.md"), SourceKind.MARKDOWN, text,
                TextEncoding.UTF8);
        for (Clean step : List.of(clean, clean.checkOnly())) {
            assertThat(step.apply(page).changes()).extracting(Change::reason)
                    .containsExactly("counter: src is the page itself", "tracker host pix.example");
        }
        Page other = new Page("site/p2/a1.md", Path.of("site", "p2", "a1.md"), SourceKind.MARKDOWN, text,
                TextEncoding.UTF8);
        assertThat(clean.apply(other).changes()).extracting(Change::detail)
                .containsExactly("https://pix.example/a.png", "https://c.example/news/p2/a1");
    }

    @Test
    void aPagePlacedOnItsSiteKnowsItsOwnUrl() {
        String text = "<p>x</p><img src=\"https://mirror.example/news/today\">";
        Page page = Page.of(SourceKind.HTML, text);
        assertThat(new Clean().apply(page).changes()).isEmpty();
        Page placed = page.withLocation(new PageLocation("news/today", "https://mirror.example/news/today"));
        assertThat(new Clean().apply(placed).changes()).extracting(Change::reason)
                .containsExactly("counter: src is the page URL");
    }
}
