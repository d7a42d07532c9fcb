package dev.conv.clean;

import static dev.conv.clean.Cleaning.clean;
import static dev.conv.clean.Cleaning.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackerScriptTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script async src='https://www.googletagmanager.com/gtag/js?id=G-XYZ'></script>",
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-XYZ');</script>",
        "<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.com/analytics.js','ga'); ga('create', 'UA-1-1', 'auto'); ga('send', 'pageview');</script>",
        "<script type='text/javascript'>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']);</script>",
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start': new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-1');</script>",
        "<script>!function(f,b,e,v,n,t,s){}(window, document,'script'); fbq('init', '123'); fbq('track', 'PageView');</script>",
        "<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>",
        "<script>var _hmt = _hmt || []; (function() { var hm = document.createElement('script'); hm.src = 'https://hm.baidu.com/hm.js?abc'; })();</script>",
        "<script src='https://hm.baidu.com/hm.js?0123456789abcdef'></script>",
        "<script type='text/javascript' src='https://s4.cnzz.com/z_stat.php?id=1&amp;web_id=1'></script>",
        "<script>var _czc = _czc || []; _czc.push(['_setAccount', '1']);</script>",
        "<script charset='UTF-8' id='LA_COLLECT' src='//sdk.51.la/js-sdk-pro.min.js'></script>",
        "<script>LA.init({id: 'abc', ck: 'abc'})</script>",
        "<script>(function(m,e,t,r,i,k,a){})(window, document, 'script', 'https://mc.yandex.ru/metrika/tag.js', 'ym'); ym(12345678, 'init', {clickmap:true});</script>",
        "<script>(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){};})(window, document, \"clarity\", \"script\", \"abcdef\");</script>",
        "<script>(function(h,o,t,j,a,r){h._hjSettings={hjid:1,hjsv:6};})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>",
        "<script src='/js/matomo.js'></script>",
        "<script src='https://stats.example.org/piwik.js'></script>",
        "<script type='text/javascript'> var u = 'http://stats.minghui.org/'; document.write('<img src=\"' + u + 'mhstats.php\">'); </script>",
        "<script async src='https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1'></script>",
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>",
        "<script type='module'>twq('config','abc');</script>",
        "<script src='https://connect.facebook.net/en_US/fbevents.js'></script>",
    })
    void removesTrackerScripts(String html) {
        List<CleanAction> actions = decide(html);
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.TRACKER_SCRIPT);
            assertThat(a.type()).isEqualTo(CleanAction.Type.REMOVE);
            assertThat(a.reason()).isNotBlank();
        });
        assertThat(clean(html)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // BBC iStats: a beacon URL built in a string, then written as an image
        "<script type='text/javascript'>\n var istatsTrackingUrl = '//sa.bbc.co.uk/bbc/bbc/s?name=news.world.page&page_type=story';\n"
                + " if (window.istats_countername) { istatsTrackingUrl = istatsTrackingUrl.replace(/([?&]name=)[^&]+/ig, '$1' + istats_countername); }\n"
                + " document.write('<p style=\"position:absolute;top:-999em\"><img src=\"' + istatsTrackingUrl + '\" height=\"1\" width=\"1\" alt=\"\"></p>');\n</script>",
        "<script>require(['istats-1'], function (istats) { istats.track('external', { region: document.body }); });</script>",
        "<script>var u = 'https://sa.' + 'bbc.co.uk/bbc/bbc/s?name=' + encodeURIComponent(page); new Image().src = u;</script>",
        // Chartbeat: the start-time snippet and the loaders
        "<script type='text/javascript'>var _sf_startpt=(new Date()).getTime()</script>",
        "<script>var _cbq = window._cbq = (window._cbq || []); _cbq.push(['_acct', 'anon']);</script>",
        "<script>(function() { function loadChartbeat() { var e = document.createElement('script'); e.src = '//static.' + 'chartbeat' + '.com/js/chartbeat_mab.js'; document.body.appendChild(e); } window.onload = loadChartbeat; })();</script>",
        // comScore and Quantcast loaders that assemble the host
        "<script>(function() { var s = document.createElement('script'); s.async = true;\n"
                + " s.src = (document.location.protocol == 'https:' ? 'https://sb' : 'http://b') + '.scorecardresearch.com/beacon.js';\n"
                + " document.head.appendChild(s); })();</script>",
        "<script>var host = \"https://\" + \"sb.\" + \"scorecardresearch\" + \".com\"; load(host + \"/cs/1/beacon.js\");</script>",
        "<script type='text/javascript'>(function() { var elem = document.createElement('script');\n"
                + " elem.src = (document.location.protocol == 'https:' ? 'https://secure' : 'http://edge') + '.quantserve.com/quant.js';\n"
                + " elem.async = true; document.head.appendChild(elem); })();</script>",
        "<script>var q = `https://pixel.` + `quantserve.com/pixel/${acct}.gif`; new Image().src = q;</script>",
        // Parse.ly's loader passes its own name in
        "<script>(function(s, p, d) { var h=d.location.protocol, i=p+'-'+s, e=d.getElementById(i), r=d.getElementById(p+'-root'),"
                + " u=h==='https:'?'d1z2jf7jlzjs58.cloudfront.net':'static.'+p+'.com'; if (e) return;"
                + " e = d.createElement(s); e.id = i; e.async = true; e.src = h+'//'+u+'/p.js'; r.appendChild(e); })('script', 'parsely', document);</script>",
        "<script>window.PARSELY = window.PARSELY || { autotrack: false, onload: function() { PARSELY.beacon.trackPageView(); } };</script>",
        "<script id='parsely-cfg' src='//cdn.parsely.com/keys/news.example/p.js'></script>",
        // Jetpack (WordPress.com) stats queue, its loader elsewhere
        "<script type='text/javascript'>_stq = window._stq || []; _stq.push([ 'view', {v:'ext',blog:'1',post:'2'} ]);</script>",
    })
    void removesBeaconsAndLoadersThatBuildATrackerUrl(String html) {
        assertThat(decide(html)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.TRACKER_SCRIPT);
            assertThat(a.reason()).isNotBlank();
        });
        assertThat(clean(html)).isEmpty();
    }

    @Test
    void theReasonNamesWhatWasFound() {
        assertThat(decide("<script>var _sf_startpt=(new Date()).getTime()</script>"))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("calls Chartbeat"));
        assertThat(decide("<script>new Image().src = '//sa.bbc.co.uk/bbc/bbc/s?name=' + page;</script>"))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("loads from sa.bbc.co.uk"));
        assertThat(decide("<script>e.src = '//static.' + 'chartbeat' + '.com/js/chartbeat.js';</script>"))
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("builds a URL on chartbeat.com"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a word is not a tracker: names in text, in a consent list, in ordinary code
        "<script>var vendors = ['parsely', 'chartbeat', 'comscore', 'quantcast', 'istats']; showConsent(vendors);</script>",
        "<script>console.log('istats: ' + istats.length); var istats = collectStats();</script>",
        "<script>var note = 'We stopped using Chartbeat and Parse.ly in 2019.';</script>",
        "<script>var sa = 'sa.' + region + '.example.org'; fetch(sa + '/api');</script>",
        "<script>var site = 'https://www.' + 'bbc.co.uk' + '/news';</script>",
        "<script>var label = 'score' + 'card'; var host = 'google' + '.com';</script>",
        "<script>var total = price + '.' + cents + 'com';</script>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"url\":\"https://sa.bbc.co.uk/x\"}</script>",
    })
    void keepsScriptsThatOnlyMentionAnAnalyticsWord(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script type='text/javascript'>\n function videoEnded(video) {video.load();};\n</script>",
        "<script src='https://code.jquery.com/jquery-3.7.1.min.js'></script>",
        "<script src='/js/site.js'></script>",
        "<script>var omega = function(x){}; omega('send');</script>",
        "<script>var saga = 1; mega('create');</script>",
        "<script>obj.ga('send');</script>",
        "<script>var g = 'notgoogle-analytics.community';</script>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":\"https://www.google-analytics.com/\"}</script>",
        "<script type='text/template'><div>gtag('x')</div></script>",
        "<script>document.querySelector('.gallery').addEventListener('click', open);</script>",
    })
    void keepsOrdinaryScripts(String html) {
        assertThat(decide(html)).isEmpty();
    }

    @Test
    void noscriptHoldingOnlyBeaconsGoesWhole() {
        String gtm = "<body><noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-1\" height=\"0\" width=\"0\""
                + " style=\"display:none;visibility:hidden\"></iframe></noscript><p>text</p></body>";
        assertThat(Cleaning.summary(decide(gtm))).containsExactly("REMOVE noscript-beacon noscript");
        assertThat(clean(gtm)).isEqualTo("<body><p>text</p></body>");

        String fb = "<p>a</p><noscript>\n  <img height=\"1\" width=\"1\" style=\"display:none\"\n"
                + "  src=\"https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1\"/>\n</noscript><p>b</p>";
        assertThat(decide(fb)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CleanKind.NOSCRIPT_BEACON);
            assertThat(a.detail()).startsWith("https://www.facebook.com/tr?id=1");
        });
        assertThat(clean(fb)).isEqualTo("<p>a</p><p>b</p>");

        String wrapped = "<noscript><div><a href='https://www.statcounter.com/'><img src='https://c.statcounter.com/1/0/a/1/' alt='counter'></a></div></noscript>";
        assertThat(Cleaning.summary(decide(wrapped))).containsExactly("REMOVE noscript-beacon noscript");
    }

    @Test
    void noscriptWithContentKeepsItsContent() {
        String lazy = "<noscript><img src='/photo.jpg' width='580'></noscript>";
        assertThat(decide(lazy)).isEmpty();

        String mixed = "<noscript>Enable JavaScript <img src='/c.gif' width='1' height='1'></noscript>";
        assertThat(Cleaning.summary(decide(mixed))).containsExactly("REMOVE tracking-pixel img");
        assertThat(clean(mixed)).isEqualTo("<noscript>Enable JavaScript </noscript>");

        assertThat(decide("<noscript></noscript>")).isEmpty();
    }

    @Test
    void beaconNoscriptInTheHead() {
        String html = "<html><head><title>t</title><noscript><img height='1' width='1' src='https://www.facebook.com/tr?id=1'></noscript></head><body>x</body></html>";
        assertThat(Cleaning.summary(decide(html))).containsExactly("REMOVE noscript-beacon noscript");
        assertThat(clean(html)).isEqualTo("<html><head><title>t</title></head><body>x</body></html>");
    }

    @Test
    void scriptWrapperThatEmptiesGoesToo() {
        String html = "<p>a</p>\n<div class=\"analytics\">\n <script src=\"https://www.google-analytics.com/ga.js\"></script>\n</div>\n<p>b</p>";
        assertThat(Cleaning.summary(decide(html))).containsExactly("REMOVE empty-wrapper div");
        String kept = "<div>\n <script>function videoEnded(v) {v.load();}</script>\n</div>";
        assertThat(decide(kept)).isEmpty();
    }
}
