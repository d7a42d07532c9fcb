package dev.conv.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.url.SchemePolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeHtmlTest {
    private static String clean(String html, SchemePolicy policy) {
        Element el = Jsoup.parseBodyFragment(html).body().child(0);
        return new SafeHtml(policy).outerHtml(el);
    }

    @Test
    void dropsEventHandlersStylesAndSrcdoc() {
        assertThat(clean("<iframe src=\"https://e.com/embed\" onload=\"alert(1)\" style=\"x\" srcdoc=\"<script>alert(2)</script>\" width=\"5\"></iframe>",
                SchemePolicy.DEFAULT)).isEqualTo("<iframe src=\"https://e.com/embed\" width=\"5\"></iframe>");
        assertThat(clean("<video src=x onerror=alert(1) controls></video>", SchemePolicy.DEFAULT))
                .doesNotContain("onerror").contains("src=\"x\"");
    }

    @Test
    void urlAttributesFollowTheSchemePolicy() {
        String html = "<video src=\"java&#x09;script:alert(1)\" poster=\"data:image/png;base64,AA\">"
                + "<source src=\"vbscript:x\"><source src=\"b.webm\" type=\"video/webm\"></video>";
        assertThat(clean(html, SchemePolicy.DEFAULT))
                .isEqualTo("<video><source><source src=\"b.webm\" type=\"video/webm\"></video>");
        assertThat(clean(html, SchemePolicy.WITH_DATA_IMAGES)).contains("poster=\"data:image/png;base64,AA\"");
    }

    @Test
    void keepsTheTextOfRemovedElementsEscapedAndOnOneLine() {
        assertThat(clean("<audio src=a.mp3>fall\n\nback <script>alert(1)</script><b onclick=x>&lt;b&gt;</b></audio>",
                SchemePolicy.DEFAULT)).isEqualTo("<audio src=\"a.mp3\">fall  back &lt;b&gt;</audio>");
    }
}
