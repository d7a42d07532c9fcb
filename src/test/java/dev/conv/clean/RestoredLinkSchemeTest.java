package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conv.page.Page;
import dev.conv.page.SourceKind;
import org.junit.jupiter.api.Test;

/** A custom tag clean turns into a link gets an address only as the scheme policy allows. */
class RestoredLinkSchemeTest {
    private static String clean(String html) {
        Clean clean = new Clean(CleanPolicy.builder().tagOverride("ok=link").build());
        return clean.apply(Page.of(SourceKind.HTML, html)).page().text();
    }

    @Test
    void obfuscatedAndOtherSchemesAreNotRestored() {
        assertThat(clean("<p><ok href=\"java&#x09;script:alert(1)\">a</ok> <ok href=\" JaVaScRiPt:x\">b</ok> "
                + "<ok href=\"file:///etc/passwd\">c</ok> <ok href=\"https://e.com/\">d</ok></p>"))
                .isEqualTo("<p>a b c <a href=\"https://e.com/\">d</a></p>");
    }
}
