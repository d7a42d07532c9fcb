package dev.conv.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conv.html.TagPolicy;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CleanEditsTest {

    private static List<TextEdit> edits(String html) {
        return CleanEdits.of(new CleanRules().decide(Cleaning.parse(html)));
    }

    @Test
    void unwrapEditsOnlyTheTags() {
        assertThat(edits("a <ok href=\"/x\">b</ok> c"))
                .containsExactly(new TextEdit(2, 14, ""), new TextEdit(17, 5, ""));
    }

    @Test
    void removeCoversTheWholeElement() {
        assertThat(edits("x<script>gtag('js')</script>y")).containsExactly(new TextEdit(1, 27, ""));
        assertThat(edits("x<img src='/c.md'>y")).containsExactly(new TextEdit(1, 17, ""));
        // no end tag: up to the last descendant
        assertThat(edits("<div class=ad><p>unclosed")).containsExactly(new TextEdit(0, 25, ""));
    }

    @Test
    void endTagsOfParserCopiesAreEditedToo() {
        String html = "<p><font color=red>a</p><p>b</font></p>";
        assertThat(edits(html)).containsExactly(new TextEdit(3, 16, ""), new TextEdit(28, 7, ""));
    }

    @Test
    void retagWritesBothTags() {
        CleanRules link = new CleanRules(CleanPolicy.builder().customTags(TagPolicy.LINK).build());
        String html = "<ok href='/x'>b</ok>";
        assertThat(CleanEdits.of(link.decide(Cleaning.parse(html))))
                .containsExactly(new TextEdit(0, 14, "<a href=\"/x\">"), new TextEdit(15, 5, "</a>"));
    }

    @Test
    void needsPositions() {
        List<CleanAction> actions = new CleanRules().decide(Jsoup.parse("<ok>x</ok>"));
        assertThatThrownBy(() -> CleanEdits.of(actions)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setTrackPosition");
    }

    @Test
    void textEditApplyRefusesOverlaps() {
        assertThat(TextEdit.apply("abcdef", List.of(new TextEdit(1, 2, "X"), new TextEdit(4, 1, "")))).isEqualTo("aXdf");
        assertThatThrownBy(() -> TextEdit.apply("abcdef", List.of(new TextEdit(1, 3, ""), new TextEdit(2, 1, ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
